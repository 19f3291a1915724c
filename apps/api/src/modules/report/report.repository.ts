// All SQL that reads reports (writes are the ingest repository's, inside its one transaction per report).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { rows, sql } from '../../database/sql';
import { agencyWhere } from '../agency/agency-filter.sql';
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

const REPORT_SELECT = `
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

  async byId(id: string): Promise<ReportRow | null> {
    const rows: ReportRow[] = await this.ds.query(`${REPORT_SELECT} WHERE r.id = $1`, [id]);
    return rows[0] ?? null;
  }

  async byAgencyYear(agencyName: string, year: number): Promise<ReportRow | null> {
    const rows: ReportRow[] = await this.ds.query(
      `${REPORT_SELECT} WHERE r.year = $2 AND (a.name = $1 OR a.id IN (SELECT agency_id FROM agency_alias WHERE alias = $1))`,
      [agencyName, year]);
    return rows[0] ?? null;
  }

  /** The years that have reports, oldest first, with their count. */
  years(): Promise<{ year: number; reports: number }[]> {
    return rows<{ year: number; reports: number }>(this.ds, sql`SELECT year, count(*)::int AS reports FROM report GROUP BY year ORDER BY year`);
  }

  /** Keyset page ordered by (year, agency name, id); `after` is the last row's sort key. */
  async page(f: ReportFilterInput | undefined, first: number, after: [number, string, string] | null): Promise<{ rows: ReportRow[]; total: number }> {
    const params: unknown[] = [];
    const where = [agencyWhere(f?.agency, params)];
    if (f?.year !== undefined && f.year !== null) { params.push(f.year); where.push(`r.year = $${params.length}`); }
    if (f?.years?.length) { params.push(f.years); where.push(`r.year = ANY($${params.length}::int[])`); }
    if (f?.template) { params.push(f.template); where.push(`v.template = $${params.length}`); }
    const filtered = where.join(' AND ');
    const countParams = [...params];
    if (after) {
      params.push(after[0], after[1], after[2]);
      where.push(`(r.year, a.name, r.id) > ($${params.length - 2}::int, $${params.length - 1}::text, $${params.length}::bigint)`);
    }
    params.push(first + 1);
    const [rows, count] = await Promise.all([
      this.ds.query(`${REPORT_SELECT} WHERE ${where.join(' AND ')} ORDER BY r.year, a.name, r.id LIMIT $${params.length}`, params),
      this.ds.query(`SELECT count(*)::int AS n FROM report r JOIN agency a ON a.id = r.agency_id
        JOIN report_revision v ON v.id = r.current_revision_id WHERE ${filtered}`, countParams),
    ]);
    return { rows, total: (count as { n: number }[])[0].n };
  }

  async byAgencyIdYear(agencyId: number, year: number): Promise<ReportRow | null> {
    const rows: ReportRow[] = await this.ds.query(`${REPORT_SELECT} WHERE r.agency_id = $1 AND r.year = $2`, [agencyId, year]);
    return rows[0] ?? null;
  }

  revisionsOf(reportIds: readonly string[]): Promise<Record<string, unknown>[]> {
    return this.ds.query(
      `SELECT v.id::text, v.report_id::text AS report_id, v.revision_no, to_char(v.parsed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS parsed_at,
         v.reason, v.template, to_char(v.published_on, 'YYYY-MM-DD') AS published_on, v.published_on_source,
         to_char(v.signed_on, 'YYYY-MM-DD') AS signed_on, v.signed_on_source, v.file_name, v.source_url, v.content_hash,
         v.source_kind, v.cells_read, v.cells_unresolved, v.error_count,
         (r.current_revision_id = v.id) AS current
       FROM report_revision v JOIN report r ON r.id = v.report_id WHERE v.report_id = ANY($1::bigint[]) ORDER BY v.revision_no`, [reportIds]);
  }

  /** The revision a reader would have seen at `asOf` (ISO time), or revision number `no`. */
  async revisionAt(reportId: string, asOf: string | undefined, no: number | undefined): Promise<string | null> {
    const rows: { id: string }[] = no !== undefined
      ? await this.ds.query(`SELECT id::text FROM report_revision WHERE report_id = $1 AND revision_no = $2`, [reportId, no])
      : await this.ds.query(`SELECT id::text FROM report_revision WHERE report_id = $1 AND parsed_at <= $2::timestamptz
          ORDER BY revision_no DESC LIMIT 1`, [reportId, asOf]);
    return rows[0]?.id ?? null;
  }

  /** Cells of many revisions in one round trip (DataLoader batch). */
  cellsOfMany(agencyIds: number[], revisionIds: string[]): Promise<Record<string, unknown>[]> {
    return this.ds.query(
      `SELECT c.agency_id, c.revision_id::text AS revision_id, c.key, section, row_label, col_label, raw, value::float8 AS value, kind, unit,
         raw_unit, inferred, candidates, loc, x.id::text AS correction_id, x.published_value::float8 AS published_value, x.published_kind,
         x.corrected_value::float8 AS corrected_value, x.note, x.corrected_by, to_json(x.corrected_at) #>> '{}' AS corrected_at, v.report_id::text
       FROM report_cell c JOIN unnest($1::int[], $2::bigint[]) AS k(agency_id, revision_id)
         ON c.agency_id = k.agency_id AND c.revision_id = k.revision_id
       LEFT JOIN cell_correction x ON x.agency_id = c.agency_id AND x.revision_id = c.revision_id AND x.key = c.key AND x.withdrawn_at IS NULL
       LEFT JOIN report_revision v ON v.id = x.revision_id
       ORDER BY section, c.key`, [agencyIds, revisionIds]);
  }

  sectionsOfMany(agencyIds: number[], revisionIds: string[]): Promise<Record<string, unknown>[]> {
    return this.ds.query(
      `SELECT s.revision_id::text AS revision_id, no, title, text FROM report_section s
       JOIN unnest($1::int[], $2::bigint[]) AS k(agency_id, revision_id) ON s.agency_id = k.agency_id AND s.revision_id = k.revision_id
       ORDER BY no`, [agencyIds, revisionIds]);
  }

  findingsOfMany(agencyIds: number[], revisionIds: string[]): Promise<Record<string, unknown>[]> {
    return this.ds.query(
      `SELECT f.revision_id::text AS revision_id, id::text, code, severity, message_zh, message_en, loc, keys, status,
         resolved_by_correction_id::text AS resolved_by, raised_by_correction_id::text AS raised_by FROM finding f
       JOIN unnest($1::int[], $2::bigint[]) AS k(agency_id, revision_id) ON f.agency_id = k.agency_id AND f.revision_id = k.revision_id
       ORDER BY id`, [agencyIds, revisionIds]);
  }

  sourceTextsOf(agencyIds: number[], revisionIds: string[]): Promise<Record<string, unknown>[]> {
    return this.ds.query(
      `SELECT v.id::text AS revision_id, v.source_text FROM report_revision v
       JOIN unnest($1::int[], $2::bigint[]) AS k(agency_id, revision_id) ON v.agency_id = k.agency_id AND v.id = k.revision_id`,
      [agencyIds, revisionIds]);
  }
}
