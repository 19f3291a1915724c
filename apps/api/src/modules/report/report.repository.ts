// All SQL about reports. Writes take an EntityManager so the caller decides the transaction.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ParsedReport } from '@dh/domain';
import { DataSource, type EntityManager } from 'typeorm';
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
  file_name: string;
  synthetic: boolean;
}

const REPORT_SELECT = `
  SELECT r.id::text, r.agency_id, a.name AS agency_name, r.year, r.synthetic,
         v.id::text AS revision_id, v.template, to_char(v.published_on, 'YYYY-MM-DD') AS published_on, v.file_name
  FROM report r JOIN agency a ON a.id = r.agency_id JOIN report_revision v ON v.id = r.current_revision_id`;

@Injectable()
export class ReportRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  list(year?: number): Promise<ReportRow[]> {
    return year === undefined
      ? this.ds.query(`${REPORT_SELECT} ORDER BY r.year, a.name`)
      : this.ds.query(`${REPORT_SELECT} WHERE r.year = $1 ORDER BY a.name`, [year]);
  }

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
         v.reason, v.template, to_char(v.published_on, 'YYYY-MM-DD') AS published_on, v.file_name, v.source_url, v.content_hash,
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
      `SELECT c.agency_id, c.revision_id::text AS revision_id, key, section, row_label, col_label, raw, value::float8 AS value, kind, unit,
         raw_unit, inferred, candidates, loc
       FROM report_cell c JOIN unnest($1::int[], $2::bigint[]) AS k(agency_id, revision_id)
         ON c.agency_id = k.agency_id AND c.revision_id = k.revision_id ORDER BY section, key`, [agencyIds, revisionIds]);
  }

  sectionsOfMany(agencyIds: number[], revisionIds: string[]): Promise<Record<string, unknown>[]> {
    return this.ds.query(
      `SELECT s.revision_id::text AS revision_id, no, title, text FROM report_section s
       JOIN unnest($1::int[], $2::bigint[]) AS k(agency_id, revision_id) ON s.agency_id = k.agency_id AND s.revision_id = k.revision_id
       ORDER BY no`, [agencyIds, revisionIds]);
  }

  findingsOfMany(agencyIds: number[], revisionIds: string[]): Promise<Record<string, unknown>[]> {
    return this.ds.query(
      `SELECT f.revision_id::text AS revision_id, id::text, code, severity, message_zh, message_en, loc, keys, status FROM finding f
       JOIN unnest($1::int[], $2::bigint[]) AS k(agency_id, revision_id) ON f.agency_id = k.agency_id AND f.revision_id = k.revision_id
       ORDER BY id`, [agencyIds, revisionIds]);
  }

  // ---- writes (inside the ingest transaction) ----

  /** Serialises concurrent ingests of the same agency-year: the second waits, then sees the first's rows. */
  async lockAgencyYear(em: EntityManager, agencyName: string, year: number): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${agencyName}|${year}`]);
  }

  async findOrCreateReport(em: EntityManager, agencyId: number, year: number, synthetic: boolean): Promise<string> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO report (agency_id, year, synthetic) VALUES ($1, $2, $3)
       ON CONFLICT (agency_id, year) DO UPDATE SET year = EXCLUDED.year RETURNING id::text`, [agencyId, year, synthetic]);
    return rows[0].id;
  }

  async revisionWithHash(em: EntityManager, reportId: string, hash: string): Promise<string | null> {
    const rows: { id: string }[] = await em.query(
      `SELECT id::text FROM report_revision WHERE report_id = $1 AND content_hash = $2`, [reportId, hash]);
    return rows[0]?.id ?? null;
  }

  async insertRevision(em: EntityManager, a: {
    agencyId: number; reportId: string; hash: string; parsed: ParsedReport; sourceText: string; reason: string; sourceUrl?: string;
  }): Promise<{ id: string; revisionNo: number }> {
    const p = a.parsed;
    const rows: { id: string; revision_no: number }[] = await em.query(
      `INSERT INTO report_revision (agency_id, report_id, revision_no, content_hash, file_name, source_url, form, encoding, bytes,
         template, agency_name_printed, published_on, truncated, reason, source_text)
       SELECT $1, $2, coalesce(max(revision_no), 0) + 1, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14
       FROM report_revision WHERE report_id = $2
       RETURNING id::text, revision_no`,
      [a.agencyId, a.reportId, a.hash, p.source.fileName, a.sourceUrl ?? null, p.source.form, p.source.encoding, p.source.bytes,
        p.template, p.agencyName, p.publishedOn, p.truncated, a.reason, a.sourceText]);
    return { id: rows[0].id, revisionNo: rows[0].revision_no };
  }

  /** Bulk insert through unnest(): one round trip per table whatever the number of cells. */
  async insertContent(em: EntityManager, agencyId: number, revisionId: string, year: number, p: ParsedReport): Promise<void> {
    const c = p.cells;
    if (c.length > 0) {
      await em.query(
        `INSERT INTO report_cell (agency_id, revision_id, year, key, section, row_label, col_label, raw, value, kind, unit, raw_unit,
           inferred, candidates, loc)
         SELECT $1, $2, $3, * FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::numeric[], $10::text[],
           $11::text[], $12::text[], $13::boolean[], $14::jsonb[], $15::jsonb[])`,
        [agencyId, revisionId, year, c.map((x) => x.key), c.map((x) => x.section), c.map((x) => x.rowLabel), c.map((x) => x.colLabel),
          c.map((x) => x.raw), c.map((x) => x.value), c.map((x) => x.kind), c.map((x) => x.unit ?? null), c.map((x) => x.rawUnit ?? null),
          c.map((x) => x.inferred ?? false), c.map((x) => (x.candidates ? JSON.stringify(x.candidates) : null)),
          c.map((x) => JSON.stringify(x.loc))]);
    }
    if (p.sections.length > 0) {
      await em.query(
        `INSERT INTO report_section (agency_id, revision_id, no, title, text)
         SELECT $1, $2, * FROM unnest($3::smallint[], $4::text[], $5::text[])`,
        [agencyId, revisionId, p.sections.map((s) => s.no), p.sections.map((s) => s.title), p.sections.map((s) => s.text)]);
    }
    const f = p.findings;
    if (f.length > 0) {
      await em.query(
        `INSERT INTO finding (agency_id, revision_id, code, severity, message_zh, message_en, loc, keys)
         SELECT $1, $2, code, severity, zh, en, loc, CASE WHEN keys IS NULL THEN NULL ELSE ARRAY(SELECT jsonb_array_elements_text(keys)) END
         FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::jsonb[], $8::jsonb[]) AS t(code, severity, zh, en, loc, keys)`,
        [agencyId, revisionId, f.map((x) => x.code), f.map((x) => x.severity), f.map((x) => x.messageZh), f.map((x) => x.messageEn),
          f.map((x) => (x.loc ? JSON.stringify(x.loc) : null)), f.map((x) => (x.keys ? JSON.stringify(x.keys) : null))]);
    }
  }

  async setCurrentRevision(em: EntityManager, reportId: string, revisionId: string): Promise<void> {
    await em.query(`UPDATE report SET current_revision_id = $2 WHERE id = $1`, [reportId, revisionId]);
  }
}
