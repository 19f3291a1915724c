import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { T3_COLUMNS } from '@dh/domain';
import type { AgencyFilterInput } from '../../common/graphql/agency-filter.input';
import { exec, first, rows, sql, type Sql } from '../../database/sql';
import { agencyFilter } from '../agency/agency-filter.sql';
import { PUBLICATION_INFO_CODES, publicationSql } from './publication-findings.sql';

export interface StoredFindingRow {
  id: string;
  agency_id: number;
  agency_name: string;
  year: number;
  report_id: string;
  code: string;
  severity: string;
  message_zh: string;
  message_en: string;
  keys: string[] | null;
  status: string;
  status_note: string | null;
  resolved_by: string | null;
}
export interface PairRow {
  agency_id: number;
  agency_name: string;
  year: number;
  report_id: string;
  key: string;
  expected: number;
  actual: number;
  /** The computed finding's id ("continuity:12:2022:t3.carried_in.natural"), its code and its review. */
  fkey: string;
  code: string;
  severity: string;
  status: string;
  status_note: string | null;
  /** Publication findings: the evidence (URL, fetched at, hash, changed cells). */
  detail?: PublicationDetail;
}
export interface PublicationDetail {
  url: string | null;
  listUrl: string | null;
  checkedAt: string;
  hash: string | null;
  note: string | null;
  dueOn: string | null;
  postedOn: string | null;
  editedAt: string | null;
  changed: { key: string; before: number | null; after: number | null }[] | null;
  differs: { key: string; before: number | null; after: number | null }[] | null;
  comparedSource: string | null;
}
// Documents also lapse without being repealed (有效期届满, 宣布失效), so a 现行有效 chain that does not add up is a note,
// not a fault; the others are warnings.
const INFO_CODES = ['continuity.in_force', ...PUBLICATION_INFO_CODES];
/** 2019 template items whose 上一年项目数量 carries on from the year before (上一年项目数量 + 本年增/减). */
const ITEM_IDS = ['licensing', 'other_services', 'penalty', 'coercion', 'fees'];
/** Filters applied in SQL, before the limit, so a filter never loses rows that the limit cut off first. */
export interface FindingQuery {
  severities?: string[];
  statuses?: string[];
  codes?: string[];
  id?: string;
  limit: number;
}
export type ComputedKind = 'continuity' | 'hierarchy' | 'publication';
/** Rows in list order up to the limit, or (count) how many match, from the same filtered query. */
const finish = (query: Sql, order: Sql, q: FindingQuery, count: boolean): Sql =>
  count ? sql`SELECT count(*)::int AS n FROM (${query}) c` : sql`${query} ORDER BY ${order} LIMIT ${q.limit}`;
// A finding a cell correction settled reads as resolved; the reviewer's own status stays beneath, for a withdrawal.
const STORED_STATUS = sql`CASE WHEN fi.resolved_by_correction_id IS NOT NULL THEN 'resolved' ELSE fi.status END`;
const list = (xs: string[] | undefined): string[] | null => (xs?.length ? xs : null);

/** Additive metrics a government's own report should cover at least the sum of its bodies' for (逐级汇总). */
export const HIERARCHY_KEYS = [
  't3.new.total',
  't2.licensing.decisions',
  't2.penalty.decisions',
  't2.coercion.decisions',
];

@Injectable()
export class FindingRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  private scope(f: AgencyFilterInput | undefined, years: number[] | undefined): Sql {
    const ys = years?.length ? years : null;
    return sql`${agencyFilter(f)} AND (${ys}::int[] IS NULL OR r.year = ANY(${ys}::int[]))`;
  }

  stored(f: AgencyFilterInput | undefined, years: number[] | undefined, q: FindingQuery): Promise<StoredFindingRow[]> {
    return rows<StoredFindingRow>(this.ds, this.storedQuery(f, years, q, false));
  }

  async countStored(f: AgencyFilterInput | undefined, years: number[] | undefined, q: FindingQuery): Promise<number> {
    return (await first<{ n: number }>(this.ds, this.storedQuery(f, years, q, true)))?.n ?? 0;
  }

  private storedQuery(
    f: AgencyFilterInput | undefined,
    years: number[] | undefined,
    q: FindingQuery,
    count: boolean,
  ): Sql {
    const [id, severities, statuses, codes] = [q.id ?? null, list(q.severities), list(q.statuses), list(q.codes)];
    return finish(
      sql`
      SELECT fi.id::text, a.id AS agency_id, a.name AS agency_name, r.year, r.id::text AS report_id, fi.code, fi.severity,
              fi.message_zh, fi.message_en, fi.keys, ${STORED_STATUS} AS status, fi.status_note, fi.resolved_by_correction_id::text AS resolved_by
       FROM finding fi JOIN report r ON r.agency_id = fi.agency_id AND r.current_revision_id = fi.revision_id JOIN agency a ON a.id = r.agency_id
       WHERE ${this.scope(f, years)} AND (${id}::bigint IS NULL OR fi.id = ${id}::bigint)
         AND (${severities}::text[] IS NULL OR fi.severity = ANY(${severities}::text[]))
         AND (${statuses}::text[] IS NULL OR ${STORED_STATUS} = ANY(${statuses}::text[]))
         AND (${codes}::text[] IS NULL OR fi.code = ANY(${codes}::text[]))`,
      sql`r.year, a.name, fi.id`,
      q,
      count,
    );
  }

  /**
   * A computed finding query (`inner` yields agency_id, agency_name, year, report_id, key, expected, actual, code) with
   * its id, its review status, and the filters and limit applied in SQL: a province's continuity breaks run to
   * hundreds of thousands, which is no list to build in memory and cut afterwards.
   */
  computed(
    kind: ComputedKind,
    f: AgencyFilterInput | undefined,
    years: number[] | undefined,
    q: FindingQuery,
  ): Promise<PairRow[]> {
    return rows<PairRow>(this.ds, this.computedQuery(kind, f, years, q, false));
  }

  async countComputed(
    kind: ComputedKind,
    f: AgencyFilterInput | undefined,
    years: number[] | undefined,
    q: FindingQuery,
  ): Promise<number> {
    return (await first<{ n: number }>(this.ds, this.computedQuery(kind, f, years, q, true)))?.n ?? 0;
  }

  private computedQuery(
    kind: ComputedKind,
    f: AgencyFilterInput | undefined,
    years: number[] | undefined,
    q: FindingQuery,
    count: boolean,
  ): Sql {
    const where = this.scope(f, years);
    const inner =
      kind === 'continuity'
        ? this.continuitySql(where)
        : kind === 'hierarchy'
          ? this.hierarchySql(where)
          : publicationSql(where);
    const [id, severities, statuses, codes] = [q.id ?? null, list(q.severities), list(q.statuses), list(q.codes)];
    return finish(
      sql`
      SELECT x.*, coalesce(fr.status, 'open') AS status, fr.note AS status_note
       FROM (SELECT y.*, ${kind}::text || ':' || y.agency_id || ':' || y.year || ':' || y.key AS fkey,
               CASE WHEN y.code = ANY(${INFO_CODES}::text[]) THEN 'info' ELSE 'warning' END AS severity FROM (${inner}) y) x
       LEFT JOIN finding_review fr ON fr.finding_key = x.fkey
       WHERE (${id}::text IS NULL OR x.fkey = ${id}::text)
         AND (${severities}::text[] IS NULL OR x.severity = ANY(${severities}::text[]))
         AND (${statuses}::text[] IS NULL OR coalesce(fr.status, 'open') = ANY(${statuses}::text[]))
         AND (${codes}::text[] IS NULL OR x.code = ANY(${codes}::text[]))`,
      sql`x.year, x.agency_name, x.key`,
      q,
      count,
    );
  }

  /**
   * 上年结转 (N) vs 结转下年度继续办理 (N−1), per column; the 2021 现行有效件数 chain; the 2019 item chain 上一年项目数量 (N)
   * = 上一年项目数量 (N−1) + 本年增/减 (N−1). Only where all sides are numbers.
   */
  private continuitySql(where: Sql): Sql {
    const keys = sql`${[
      ...T3_COLUMNS.flatMap((c) => [`t3.carried_in.${c.id}`, `t3.carried_out.${c.id}`]),
      ...['rules', 'normative'].flatMap((d) => ['in_force', 'issued', 'repealed'].map((k) => `t2.${d}.${k}`)),
      ...ITEM_IDS.flatMap((i) => [`t2.${i}.prev_items`, `t2.${i}.change`]),
    ]}::text[]`;
    // One index probe per revision (full primary key), then pivot by grouping: self-joins of report_cell on
    // computed keys let the planner (no stats on the CTE) probe by agency only, which took seconds per year.
    return sql`WITH cur AS (SELECT r.*, a.name AS agency_name, p.current_revision_id AS prev_rev FROM report r JOIN agency a ON a.id = r.agency_id
                    JOIN report p ON p.agency_id = r.agency_id AND p.year = r.year - 1 WHERE ${where}),
       cells AS (SELECT cur.id AS report_id, c.key, c.value, false AS prev FROM cur
                   JOIN report_cell c ON c.agency_id = cur.agency_id AND c.revision_id = cur.current_revision_id AND c.key = ANY(${keys})
                 UNION ALL
                 SELECT cur.id, c.key, c.value, true FROM cur
                   JOIN report_cell c ON c.agency_id = cur.agency_id AND c.revision_id = cur.prev_rev AND c.key = ANY(${keys})),
       t3 AS (SELECT report_id, split_part(key, '.', 3) AS col,
                     max(value) FILTER (WHERE NOT prev AND split_part(key, '.', 2) = 'carried_in') AS actual,
                     max(value) FILTER (WHERE prev AND split_part(key, '.', 2) = 'carried_out') AS expected
              FROM cells WHERE key LIKE 't3.%' GROUP BY 1, 2),
       t2 AS (SELECT report_id, split_part(key, '.', 2) AS doc,
                     max(value) FILTER (WHERE NOT prev AND split_part(key, '.', 3) = 'in_force') AS f, max(value) FILTER (WHERE prev AND split_part(key, '.', 3) = 'in_force') AS pf,
                     max(value) FILTER (WHERE NOT prev AND key LIKE '%.issued') AS iss, max(value) FILTER (WHERE NOT prev AND key LIKE '%.repealed') AS rep
              FROM cells WHERE key LIKE 't2.%' AND split_part(key, '.', 2) IN ('rules', 'normative') GROUP BY 1, 2),
       items AS (SELECT report_id, split_part(key, '.', 2) AS item,
                     max(value) FILTER (WHERE NOT prev AND key LIKE '%.prev_items') AS n, max(value) FILTER (WHERE prev AND key LIKE '%.prev_items') AS pn,
                     max(value) FILTER (WHERE prev AND key LIKE '%.change') AS pc
              FROM cells WHERE key LIKE '%.prev_items' OR key LIKE '%.change' GROUP BY 1, 2)
       SELECT cur.agency_id, cur.agency_name, cur.year, cur.id::text AS report_id, 't3.carried_in.' || t3.col AS key,
              t3.expected::float8 AS expected, t3.actual::float8 AS actual, 'continuity.carried_over' AS code
       FROM t3 JOIN cur ON cur.id = t3.report_id WHERE t3.actual <> t3.expected
       UNION ALL
       SELECT cur.agency_id, cur.agency_name, cur.year, cur.id::text, 't2.' || t2.doc || '.in_force', (t2.pf + t2.iss - t2.rep)::float8, t2.f::float8,
              'continuity.in_force'
       FROM t2 JOIN cur ON cur.id = t2.report_id WHERE t2.f <> t2.pf + t2.iss - t2.rep
       UNION ALL
       SELECT cur.agency_id, cur.agency_name, cur.year, cur.id::text, 't2.' || items.item || '.prev_items', (items.pn + items.pc)::float8, items.n::float8,
              'continuity.item_count'
       FROM items JOIN cur ON cur.id = items.report_id WHERE items.n <> items.pn + items.pc`;
  }

  /**
   * A compiled government report (逐级汇总) against the sum of the bodies it contains: the roster's parent links where
   * the office set them, else the bodies of its region. Below the sum is always wrong; with the roster, a report whose
   * every listed body reported must equal the sum.
   */
  private hierarchySql(where: Sql): Sql {
    const keys = sql`${HIERARCHY_KEYS}::text[]`;
    const kids = sql`${['government_office', 'department', 'township', 'other', 'government_compiled']}::text[]`;
    return sql`WITH gov AS (SELECT r.*, a.name AS agency_name, a.region_id,
                      EXISTS (SELECT 1 FROM agency k WHERE k.parent_id = a.id AND k.status = 'resolved') AS linked
                    FROM report r JOIN agency a ON a.id = r.agency_id
                    WHERE ${where} AND a.kind = 'government_compiled' AND a.region_id IS NOT NULL)
       SELECT gov.agency_id, gov.agency_name, gov.year, gov.id::text AS report_id, gc.key, s.total AS expected, gc.value::float8 AS actual,
              CASE WHEN gc.value < s.total THEN 'hierarchy.below_bodies' ELSE 'hierarchy.rollup_differs' END AS code
       FROM gov JOIN report_cell gc ON gc.agency_id = gov.agency_id AND gc.revision_id = gov.current_revision_id AND gc.key = ANY(${keys})
       CROSS JOIN LATERAL (
         SELECT sum(bc.value)::float8 AS total, count(*) AS n FROM agency b JOIN report br ON br.agency_id = b.id AND br.year = gov.year
         JOIN report_cell bc ON bc.agency_id = b.id AND bc.revision_id = br.current_revision_id AND bc.key = gc.key
         WHERE b.status <> 'merged' AND bc.value IS NOT NULL AND b.id <> gov.agency_id
           AND (CASE WHEN gov.linked THEN b.parent_id = gov.agency_id AND b.kind = ANY(${kids})
                ELSE b.region_id = gov.region_id AND b.kind = ANY(${kids}) AND b.kind <> 'government_compiled' END)) s
       CROSS JOIN LATERAL (
         SELECT count(*) FILTER (WHERE br.id IS NULL) AS silent FROM agency b
         LEFT JOIN report br ON br.agency_id = b.id AND br.year = gov.year
         WHERE gov.linked AND b.parent_id = gov.agency_id AND b.status = 'resolved' AND b.kind = ANY(${kids})
           AND (b.first_year IS NULL OR b.first_year <= gov.year) AND (b.last_year IS NULL OR b.last_year >= gov.year)) m
       WHERE gc.value IS NOT NULL AND s.n > 0 AND (gc.value < s.total OR (gov.linked AND m.silent = 0 AND gc.value <> s.total))`;
  }

  async setStored(id: string, status: string, note: string | null, by: string): Promise<boolean> {
    return this.ds.transaction(async (em) => {
      const updated = await rows<{ id: string }>(
        em,
        sql`UPDATE finding SET status = ${status}, status_note = ${note}, status_by = ${by},
        status_at = now() WHERE id = ${id}::bigint RETURNING id`,
      );
      if (updated.length) {
        await exec(
          em,
          sql`INSERT INTO admin_log (actor, action, detail)
          VALUES (${by}, 'set_finding_status', ${JSON.stringify({ findingId: id, status, note })}::jsonb)`,
        );
      }
      return updated.length > 0;
    });
  }

  async setReview(key: string, status: string, note: string | null, by: string): Promise<void> {
    await this.ds.transaction(async (em) => {
      await exec(
        em,
        sql`INSERT INTO finding_review (finding_key, status, note, reviewed_by) VALUES (${key}, ${status}, ${note}, ${by})
         ON CONFLICT (finding_key) DO UPDATE SET status = EXCLUDED.status, note = EXCLUDED.note, reviewed_by = EXCLUDED.reviewed_by,
           reviewed_at = now()`,
      );
      await exec(
        em,
        sql`INSERT INTO admin_log (actor, action, detail)
        VALUES (${by}, 'set_finding_status', ${JSON.stringify({ findingKey: key, status, note })}::jsonb)`,
      );
    });
  }
}
