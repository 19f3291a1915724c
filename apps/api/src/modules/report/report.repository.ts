// All SQL that reads reports (writes are the ingest repository's, inside its one transaction per report).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { empty, first, join, rows, sql, type Sql } from '../../database/sql';
import { agencyFilter } from '../agency/agency-filter.sql';
import type { ReportFilterInput } from './report-filter.input';

export interface ReportRow {
  id: string;
  agency_id: number;
  agency_name: string;
  year: number;
  revision_id: string;
  template: string;
  published_on: string | null;
  published_on_source: string | null;
  signed_on: string | null;
  signed_on_source: string | null;
  first_seen_on: string;
  file_name: string;
  synthetic: boolean;
  agency_status: string;
  agency_candidates: string[] | null;
  kept_apart_from: string | null;
}

export interface RevisionRow {
  id: string;
  report_id: string;
  revision_no: number;
  parsed_at: string;
  reason: string;
  template: string;
  published_on: string | null;
  published_on_source: string | null;
  signed_on: string | null;
  signed_on_source: string | null;
  file_name: string;
  source_url: string | null;
  content_hash: string;
  source_kind: string;
  cells_read: number;
  cells_unresolved: number;
  error_count: number;
  current: boolean;
}
/** A cell with its standing correction: the correction's columns are all null, or all there (LEFT JOIN). */
export type CellRow = {
  agency_id: number;
  revision_id: string;
  key: string;
  section: string;
  row_label: string;
  col_label: string;
  raw: string;
  value: number | null;
  kind: string;
  unit: string | null;
  raw_unit: string | null;
  inferred: boolean;
  candidates: number[] | null;
  loc: unknown;
  published_value: number | null;
} & (
  | {
      correction_id: null;
      published_kind: null;
      corrected_value: null;
      note: null;
      corrected_by: null;
      corrected_at: null;
      report_id: null;
    }
  | {
      correction_id: string;
      published_kind: string;
      corrected_value: number;
      note: string;
      corrected_by: string;
      corrected_at: string;
      report_id: string;
    }
);
export interface SectionRow {
  revision_id: string;
  no: number;
  title: string;
  text: string;
}
export interface FindingRow {
  revision_id: string;
  id: string;
  code: string;
  severity: string;
  message_zh: string;
  message_en: string;
  loc: unknown;
  keys: string[] | null;
  status: string;
  resolved_by: string | null;
  raised_by: string | null;
}
export interface SourceTextRow {
  revision_id: string;
  source_text: string;
}

/** The revisions named by (agency, revision) pairs, as a FROM item `k` (cells and findings are keyed by agency first). */
const pairs = (agencyIds: number[], revisionIds: string[]): Sql =>
  sql`unnest(${agencyIds}::int[], ${revisionIds}::bigint[]) AS k(agency_id, revision_id)`;

const REPORT_SELECT = sql`
  SELECT r.id::text, r.agency_id, a.name AS agency_name, a.status AS agency_status, r.agency_candidates, r.year, r.synthetic,
         v.id::text AS revision_id, v.template, to_char(v.published_on, 'YYYY-MM-DD') AS published_on, v.published_on_source,
         to_char(v.signed_on, 'YYYY-MM-DD') AS signed_on, v.signed_on_source, v.file_name,
         (SELECT to_char(min(f.parsed_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM report_revision f
          WHERE f.agency_id = r.agency_id AND f.report_id = r.id) AS first_seen_on,
         (SELECT k.name FROM agency k WHERE k.id = r.kept_apart_from) AS kept_apart_from
  FROM report r JOIN agency a ON a.id = r.agency_id JOIN report_revision v ON v.id = r.current_revision_id`;

@Injectable()
export class ReportRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  byId(id: string): Promise<ReportRow | null> {
    return first<ReportRow>(this.ds, sql`${REPORT_SELECT} WHERE r.id = ${id}`);
  }

  byAgencyYear(agencyName: string, year: number): Promise<ReportRow | null> {
    return first<ReportRow>(
      this.ds,
      sql`${REPORT_SELECT}
      WHERE r.year = ${year} AND (a.name = ${agencyName} OR a.id IN (SELECT agency_id FROM agency_alias WHERE alias = ${agencyName}))`,
    );
  }

  /** The years that have reports, oldest first, with their count. */
  years(): Promise<{ year: number; reports: number }[]> {
    return rows<{ year: number; reports: number }>(
      this.ds,
      sql`SELECT year, count(*)::int AS reports FROM report GROUP BY year ORDER BY year`,
    );
  }

  /** Keyset page ordered by (year, agency name, id); `after` is the last row's sort key. */
  async page(
    f: ReportFilterInput | undefined,
    size: number,
    after: [number, string, string] | null,
  ): Promise<{ rows: ReportRow[]; total: number }> {
    const where = [agencyFilter(f?.agency)];
    if (f?.year !== undefined && f.year !== null) where.push(sql`r.year = ${f.year}`);
    if (f?.years?.length) where.push(sql`r.year = ANY(${f.years}::int[])`);
    if (f?.template) where.push(sql`v.template = ${f.template}`);
    const filtered = join(where, ' AND ');
    const keyset = after
      ? sql`AND (r.year, a.name, r.id) > (${after[0]}::int, ${after[1]}::text, ${after[2]}::bigint)`
      : empty;
    const [found, count] = await Promise.all([
      rows<ReportRow>(
        this.ds,
        sql`${REPORT_SELECT} WHERE ${filtered} ${keyset} ORDER BY r.year, a.name, r.id LIMIT ${size + 1}`,
      ),
      first<{ n: number }>(
        this.ds,
        sql`SELECT count(*)::int AS n FROM report r JOIN agency a ON a.id = r.agency_id
        JOIN report_revision v ON v.id = r.current_revision_id WHERE ${filtered}`,
      ),
    ]);
    return { rows: found, total: count?.n ?? 0 };
  }

  byAgencyIdYear(agencyId: number, year: number): Promise<ReportRow | null> {
    return first<ReportRow>(this.ds, sql`${REPORT_SELECT} WHERE r.agency_id = ${agencyId} AND r.year = ${year}`);
  }

  revisionsOf(reportIds: readonly string[]): Promise<RevisionRow[]> {
    return rows<RevisionRow>(
      this.ds,
      sql`
       SELECT v.id::text, v.report_id::text AS report_id, v.revision_no, to_char(v.parsed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS parsed_at,
         v.reason, v.template, to_char(v.published_on, 'YYYY-MM-DD') AS published_on, v.published_on_source,
         to_char(v.signed_on, 'YYYY-MM-DD') AS signed_on, v.signed_on_source, v.file_name, v.source_url, v.content_hash,
         v.source_kind, v.cells_read, v.cells_unresolved, v.error_count,
         (r.current_revision_id = v.id) AS current
       FROM report_revision v JOIN report r ON r.id = v.report_id WHERE v.report_id = ANY(${reportIds}::bigint[]) ORDER BY v.revision_no`,
    );
  }

  /** The revision a reader would have seen at `asOf` (ISO time), or revision number `no`. */
  async revisionAt(reportId: string, asOf: string | undefined, no: number | undefined): Promise<string | null> {
    const row = await first<{ id: string }>(
      this.ds,
      no !== undefined
        ? sql`SELECT id::text FROM report_revision WHERE report_id = ${reportId} AND revision_no = ${no}`
        : sql`SELECT id::text FROM report_revision WHERE report_id = ${reportId} AND parsed_at <= ${asOf ?? null}::timestamptz
          ORDER BY revision_no DESC LIMIT 1`,
    );
    return row?.id ?? null;
  }

  /** Cells of many revisions in one round trip (DataLoader batch). */
  cellsOfMany(agencyIds: number[], revisionIds: string[]): Promise<CellRow[]> {
    return rows<CellRow>(
      this.ds,
      sql`
       SELECT c.agency_id, c.revision_id::text AS revision_id, c.key, section, row_label, col_label, raw, value::float8 AS value, kind, unit,
         raw_unit, inferred, candidates, loc, x.id::text AS correction_id, x.published_value::float8 AS published_value, x.published_kind,
         x.corrected_value::float8 AS corrected_value, x.note, x.corrected_by, to_json(x.corrected_at) #>> '{}' AS corrected_at, v.report_id::text
       FROM report_cell c JOIN ${pairs(agencyIds, revisionIds)}
         ON c.agency_id = k.agency_id AND c.revision_id = k.revision_id
       LEFT JOIN cell_correction x ON x.agency_id = c.agency_id AND x.revision_id = c.revision_id AND x.key = c.key AND x.withdrawn_at IS NULL
       LEFT JOIN report_revision v ON v.id = x.revision_id
       ORDER BY section, c.key`,
    );
  }

  sectionsOfMany(agencyIds: number[], revisionIds: string[]): Promise<SectionRow[]> {
    return rows<SectionRow>(
      this.ds,
      sql`
       SELECT s.revision_id::text AS revision_id, no, title, text FROM report_section s
       JOIN ${pairs(agencyIds, revisionIds)} ON s.agency_id = k.agency_id AND s.revision_id = k.revision_id
       ORDER BY no`,
    );
  }

  findingsOfMany(agencyIds: number[], revisionIds: string[]): Promise<FindingRow[]> {
    return rows<FindingRow>(
      this.ds,
      sql`
       SELECT f.revision_id::text AS revision_id, id::text, code, severity, message_zh, message_en, loc, keys, status,
         resolved_by_correction_id::text AS resolved_by, raised_by_correction_id::text AS raised_by FROM finding f
       JOIN ${pairs(agencyIds, revisionIds)} ON f.agency_id = k.agency_id AND f.revision_id = k.revision_id
       ORDER BY id`,
    );
  }

  sourceTextsOf(agencyIds: number[], revisionIds: string[]): Promise<SourceTextRow[]> {
    return rows<SourceTextRow>(
      this.ds,
      sql`
       SELECT v.id::text AS revision_id, v.source_text FROM report_revision v
       JOIN ${pairs(agencyIds, revisionIds)} ON v.agency_id = k.agency_id AND v.id = k.revision_id`,
    );
  }
}
