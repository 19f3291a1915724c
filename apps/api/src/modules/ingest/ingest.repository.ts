// All SQL of the ingest transaction (locks, dedupe, report, revision, cells, sections, findings).
// Every write takes the caller's EntityManager: the ingest service owns the transaction.
import { Injectable } from '@nestjs/common';
import type { ParsedReport } from '@dh/domain';
import type { EntityManager } from 'typeorm';

@Injectable()
export class IngestRepository {
  /** Serialises ingests of the same bytes, then of the same agency-year: the second waits, then sees the first's rows. */
  async lockContent(em: EntityManager, hash: string): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`content|${hash}`]);
  }

  async lockAgencyYear(em: EntityManager, agencyId: number, year: number): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock($1, $2)`, [agencyId, year]);
  }

  async findOrCreateReport(em: EntityManager, agencyId: number, year: number, synthetic: boolean, candidates: string[] | null): Promise<string> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO report (agency_id, year, synthetic, agency_candidates) VALUES ($1, $2, $3, $4)
       ON CONFLICT (agency_id, year) DO UPDATE SET agency_candidates = coalesce(EXCLUDED.agency_candidates, report.agency_candidates)
       RETURNING id::text`, [agencyId, year, synthetic, candidates ? JSON.stringify(candidates) : null]);
    return rows[0].id;
  }

  /** Any stored revision with these bytes, whatever report it belongs to: the same bytes are stored once. */
  async revisionWithHash(em: EntityManager, hash: string): Promise<{ id: string; report_id: string; agency_name: string; year: number } | null> {
    const rows: { id: string; report_id: string; agency_name: string; year: number }[] = await em.query(
      `SELECT v.id::text, v.report_id::text, a.name AS agency_name, r.year FROM report_revision v
       JOIN report r ON r.id = v.report_id JOIN agency a ON a.id = r.agency_id WHERE v.content_hash = $1 LIMIT 1`, [hash]);
    return rows[0] ?? null;
  }

  async insertRevision(em: EntityManager, a: {
    agencyId: number; reportId: string; hash: string; parsed: ParsedReport; reason?: string; sourceUrl?: string;
    agencyMatch: string; given: object | null;
  }): Promise<{ id: string; revisionNo: number }> {
    const p = a.parsed;
    const rows: { id: string; revision_no: number }[] = await em.query(
      `INSERT INTO report_revision (agency_id, report_id, revision_no, content_hash, file_name, source_url, form, encoding, bytes,
         template, agency_name_printed, published_on, truncated, reason, source_text, agency_match, agency_name_from, given)
       SELECT $1, $2, coalesce(max(revision_no), 0) + 1, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,
         coalesce($13, CASE WHEN max(revision_no) IS NULL THEN 'first ingest' ELSE 'content changed' END), $14, $15, $16, $17
       FROM report_revision WHERE report_id = $2
       RETURNING id::text, revision_no`,
      [a.agencyId, a.reportId, a.hash, p.source.fileName, a.sourceUrl ?? null, p.source.form, p.source.encoding, p.source.bytes,
        p.template, p.agencyName, p.publishedOn, p.truncated, a.reason ?? null, p.sourceText, a.agencyMatch, p.agencyNameFrom,
        a.given ? JSON.stringify(a.given) : null]);
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
