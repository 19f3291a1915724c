import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AgencyFilterInput } from '../../common/graphql/agency-filter.input';
import { rows, raw, sql, type Sql } from '../../database/sql';
import { agencyFilter } from '../agency/agency-filter.sql';
import { METRIC_BY_KEY } from '@dh/domain';
import type { SeriesRow } from './series.logic';

export interface SeriesAgencyRows {
  agency_id: number;
  agency_name: string;
  rows: SeriesRow[];
}

/**
 * The report's cell for the metric; for a metric with `sources` (a derived group total, a counterpart column of the
 * other template), the sum of the cells that give it in the report's template. Plain metrics keep the one-probe join.
 */
function cellJoin(key: string): Sql {
  const m = METRIC_BY_KEY.get(key);
  // A corrected cell (the revision lists it in corrected_keys) is marked, with the value as published beside it.
  if (!m?.sources) {
    return sql`LEFT JOIN report_cell c ON c.agency_id = r.agency_id AND c.revision_id = r.current_revision_id AND c.key = ${key}
       LEFT JOIN LATERAL (SELECT true AS corrected, x.published_value::float8 AS published_value FROM cell_correction x
         WHERE ${key} = ANY(v.corrected_keys) AND x.agency_id = r.agency_id AND x.revision_id = r.current_revision_id AND x.key = ${key}
           AND x.withdrawn_at IS NULL) x ON true`;
  }
  // A template that prints the metric's own key reads its cell (a derived metric has none to find).
  const [k19, k21] = [m.sources['2019'] ?? [key], m.sources['2021'] ?? [key]];
  return sql`LEFT JOIN LATERAL (
         SELECT sum(c.value)::float8 AS value, string_agg(c.raw, ' + ' ORDER BY c.key) AS raw,
                CASE WHEN count(c.value) > 0 THEN 'number' ELSE min(c.kind) END AS kind, count(*) > 0 AS key,
                bool_or(x.key IS NOT NULL) AS corrected, sum(CASE WHEN x.key IS NULL THEN c.value ELSE x.published_value END)::float8 AS published_value
         FROM report_cell c LEFT JOIN cell_correction x ON c.key = ANY(v.corrected_keys) AND x.agency_id = c.agency_id
           AND x.revision_id = c.revision_id AND x.key = c.key AND x.withdrawn_at IS NULL
         WHERE c.agency_id = r.agency_id AND c.revision_id = r.current_revision_id
           AND c.key = ANY(CASE v.template WHEN '2019' THEN ${k19}::text[] WHEN '2021' THEN ${k21}::text[] ELSE ARRAY[${key}::text] END)
         HAVING count(*) > 0) c ON true`;
}

interface SeriesQueryRow {
  agency_id: number;
  agency_name: string;
  n: number;
  year: number | null;
  report_id: string | null;
  template: string | null;
  value: number | null;
  raw: string | null;
  kind: string | null;
  has_cell: boolean;
  corrected: boolean | null;
  published_value: number | null;
}

@Injectable()
export class SeriesRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Agencies (explicit ids, or the filter's with at least one report) and their reports' cell for `key`, one round trip.
   *  The reports are read per agency (a LATERAL kept apart by OFFSET 0): a plain join let the planner, which expects
   *  hundreds of bodies from a region array, hash the whole report table (bench:api, county series: SQL 9.3 → 5.5 ms). */
  async load(
    key: string,
    f: AgencyFilterInput | undefined,
    explicit: boolean,
    years: number[] | undefined,
    limit: number,
  ): Promise<{ agencies: SeriesAgencyRows[]; count: number; years: number[] }> {
    const mark = raw(METRIC_BY_KEY.get(key)?.sources ? 'c' : 'x');
    const ys = years?.length ? years : null;
    const has = explicit
      ? sql`true`
      : sql`EXISTS (SELECT 1 FROM report r0 WHERE r0.agency_id = a.id AND (${ys}::int[] IS NULL OR r0.year = ANY(${ys}::int[])))`;
    const found = await rows<SeriesQueryRow>(
      this.ds,
      sql`
      WITH ag AS (SELECT a.id, a.name, count(*) OVER () AS n FROM agency a WHERE ${agencyFilter(f)} AND ${has} ORDER BY a.name, a.id LIMIT ${limit})
       SELECT ag.id AS agency_id, ag.name AS agency_name, ag.n::int AS n, r.year, r.id::text AS report_id, v.template,
              c.value::float8 AS value, c.raw, c.kind, (c.key IS NOT NULL) AS has_cell, ${mark}.corrected,
              ${mark}.published_value
       FROM ag LEFT JOIN LATERAL (SELECT r.id, r.year, r.agency_id, r.current_revision_id FROM report r
         WHERE r.agency_id = ag.id AND (${ys}::int[] IS NULL OR r.year = ANY(${ys}::int[])) OFFSET 0) r ON true
       LEFT JOIN report_revision v ON v.id = r.current_revision_id
       ${cellJoin(key)}
       ORDER BY ag.name, ag.id, r.year`,
    );
    const out = new Map<number, SeriesAgencyRows>();
    const seen = new Set<number>();
    for (const r of found) {
      let a = out.get(r.agency_id);
      if (!a) {
        a = { agency_id: r.agency_id, agency_name: r.agency_name, rows: [] };
        out.set(r.agency_id, a);
      }
      if (r.year !== null && r.report_id !== null) {
        seen.add(r.year);
        a.rows.push({
          year: r.year,
          report_id: r.report_id,
          template: r.template ?? 'unknown',
          value: r.value,
          raw: r.raw,
          kind: r.kind,
          has_cell: r.has_cell,
          corrected: r.corrected === true,
          published_value: r.corrected ? r.published_value : r.value,
        });
      }
    }
    return { agencies: [...out.values()], count: found[0]?.n ?? 0, years: [...seen].sort((x, y) => x - y) };
  }
}
