// All SQL of the ingest transaction. Every write takes the caller's EntityManager: the ingest service owns the
// transaction. Round trips are the cost here, so the revision and all its rows go in one statement.
import { Injectable } from '@nestjs/common';
import { minhash, type ParsedReport } from '@dh/domain';
import { INDICATOR_FACTS_SQL } from '../../database/migrations/1766000000000-indicator-facts';
import { SUM_KEYS, templateKeysOf } from '../scoring-profile/indicators';
import type { EntityManager } from 'typeorm';
import type { RevisionQuality } from '../revision/revision-rank';

/** The two dates of a revision, each with where it came from (page, given; signature). */
export interface RevisionDates { publishedOn: string | null; publishedOnSource: string | null; signedOn: string | null; signedOnSource: string | null }

export interface StoredRevision {
  id: string; report_id: string; agency_id: number; agency_name: string; agency_status: string; year: number; revision_no: number; current: boolean;
}

@Injectable()
export class IngestRepository {
  /**
   * Serialises ingests of the same bytes: the second waits, then sees the first's revision. With asyncCommit the same
   * round trip sets synchronous_commit off for this transaction only (why that is safe for batches: IngestService.store).
   * The hash lookup cannot join this statement: its snapshot would predate the lock and miss the holder's commit.
   */
  async lockContent(em: EntityManager, hash: string, asyncCommit = false): Promise<void> {
    await em.query(asyncCommit
      ? `SELECT set_config('synchronous_commit', 'off', true), pg_advisory_xact_lock(hashtext($1))`
      : `SELECT pg_advisory_xact_lock(hashtext($1))`, [`content|${hash}`]);
  }

  /**
   * Stored revisions with these bytes, under whatever body (a few at most: the same bytes are stored once per body).
   * The caller decides which counts as "the same file again": the one under the body the file is for.
   */
  async revisionsWithHash(em: EntityManager, hash: string): Promise<StoredRevision[]> {
    return em.query(
      `SELECT v.id::text, v.report_id::text, r.agency_id, a.name AS agency_name, a.status AS agency_status, r.year, v.revision_no,
         (r.current_revision_id = v.id) AS current
       FROM report_revision v JOIN report r ON r.id = v.report_id JOIN agency a ON a.id = r.agency_id WHERE v.content_hash = $1
       ORDER BY v.id LIMIT 20`, [hash]);
  }

  /**
   * The report of an agency-year, created if new. ON CONFLICT DO UPDATE locks the report row, so concurrent ingests
   * of one agency-year queue here and each later statement sees the revisions committed before it.
   */
  async findOrCreateReport(em: EntityManager, agencyId: number, year: number, synthetic: boolean, candidates: string[] | null): Promise<string> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO report (agency_id, year, synthetic, agency_candidates) VALUES ($1, $2, $3, $4)
       ON CONFLICT (agency_id, year) DO UPDATE SET agency_candidates = coalesce(EXCLUDED.agency_candidates, report.agency_candidates)
       RETURNING id::text`, [agencyId, year, synthetic, candidates ? JSON.stringify(candidates) : null]);
    return rows[0].id;
  }

  /**
   * Revision (numbered after the report's last) with its ranking facts (revision_facts(), migration 1764190000000),
   * cells, sections and findings, and the report's current pointer when `makeCurrent` (IngestService decides): one statement.
   */
  async insertRevision(em: EntityManager, a: {
    agencyId: number; reportId: string; year: number; hash: string; parsed: ParsedReport; reason?: string; sourceUrl?: string;
    agencyMatch: string; given: object | null; quality: RevisionQuality; makeCurrent: boolean; dates: RevisionDates;
  }): Promise<{ id: string; revisionNo: number }> {
    const p = a.parsed, c = p.cells, s = p.sections, f = p.findings;
    // Not a named (prepared) statement: the embedded server shares one backend among all connections, so names
    // collide; on the server its gain was within the noise of a loaded 2-core machine.
    const rows: { id: string; revision_no: number }[] = await em.query(
      `WITH rev AS (
         INSERT INTO report_revision (agency_id, report_id, revision_no, content_hash, file_name, source_url, form, encoding, bytes,
           template, agency_name_printed, published_on, truncated, reason, source_text, agency_match, agency_name_from, given,
           source_kind, cells_read, cells_unresolved, error_count,
           section_count, table_count, proactive, apps_handled, apps_disclosed, review_total, review_corrected,
           published_on_source, signed_on, signed_on_source,
           apps_new, apps_carried_in, apps_carried_out, apps_other, review_pending, template_cells_read, fee_statement, text_minhash)
         SELECT $1, $2, coalesce(n.last, 0) + 1, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,
           coalesce($13, CASE WHEN n.last IS NULL THEN 'first_ingest' ELSE 'content_changed' END), $14, $15, $16, $17,
           $40, $41, $42, $43, cardinality($31::smallint[]), f.*, $45, $46::date, $47,
           ${INDICATOR_FACTS_SQL('$19::text[]', '$24::numeric[]', (i) => `$${47 + i}::text[]`)},
           EXISTS (SELECT 1 FROM unnest($31::smallint[], $33::text[]) AS s(no, text) WHERE s.no = 6 AND s.text LIKE '%信息处理费%'),
           $55::int[]
         FROM (SELECT max(revision_no) AS last FROM report_revision WHERE report_id = $2) n, revision_facts($19::text[], $24::numeric[]) f
         RETURNING id, revision_no
       ), cells AS (
         INSERT INTO report_cell (agency_id, revision_id, year, key, section, row_label, col_label, raw, value, kind, unit, raw_unit,
           inferred, candidates, loc)
         SELECT $1, rev.id, $18, t.* FROM rev, unnest($19::text[], $20::text[], $21::text[], $22::text[], $23::text[], $24::numeric[],
           $25::text[], $26::text[], $27::text[], $28::boolean[], $29::jsonb[], $30::jsonb[]) AS t
       ), sections AS (
         INSERT INTO report_section (agency_id, revision_id, no, title, text)
         SELECT $1, rev.id, t.* FROM rev, unnest($31::smallint[], $32::text[], $33::text[]) AS t
       ), findings AS (
         INSERT INTO finding (agency_id, revision_id, code, severity, message_zh, message_en, loc, keys)
         SELECT $1, rev.id, t.code, t.severity, t.zh, t.en, t.loc,
           CASE WHEN t.keys IS NULL THEN NULL ELSE ARRAY(SELECT jsonb_array_elements_text(t.keys)) END
         FROM rev, unnest($34::text[], $35::text[], $36::text[], $37::text[], $38::jsonb[], $39::jsonb[]) AS t(code, severity, zh, en, loc, keys)
       ), cur AS (
         UPDATE report SET current_revision_id = rev.id FROM rev WHERE report.id = $2 AND $44::boolean
       )
       SELECT id::text, revision_no FROM rev`,
      [a.agencyId, a.reportId, a.hash, p.source.fileName, a.sourceUrl ?? null, p.source.form, p.source.encoding, p.source.bytes,
        p.template, p.agencyName, a.dates.publishedOn, p.truncated, a.reason ?? null, p.sourceText, a.agencyMatch, p.agencyNameFrom,
        a.given ? JSON.stringify(a.given) : null, a.year,
        c.map((x) => x.key), c.map((x) => x.section), c.map((x) => x.rowLabel), c.map((x) => x.colLabel), c.map((x) => x.raw),
        c.map((x) => x.value), c.map((x) => x.kind), c.map((x) => x.unit ?? null), c.map((x) => x.rawUnit ?? null),
        c.map((x) => x.inferred ?? false), c.map((x) => (x.candidates ? JSON.stringify(x.candidates) : null)), c.map((x) => JSON.stringify(x.loc)),
        s.map((x) => x.no), s.map((x) => x.title), s.map((x) => x.text),
        f.map((x) => x.code), f.map((x) => x.severity), f.map((x) => x.messageZh), f.map((x) => x.messageEn),
        f.map((x) => (x.loc ? JSON.stringify(x.loc) : null)), f.map((x) => (x.keys ? JSON.stringify(x.keys) : null)),
        a.quality.sourceKind, a.quality.cellsRead, a.quality.cellsUnresolved, a.quality.errors, a.makeCurrent,
        a.dates.publishedOnSource, a.dates.signedOn, a.dates.signedOnSource,
        // The 2025 indicators' facts (migration 1766000000000): key lists from scoring-profile/indicators.ts.
        SUM_KEYS.apps_new, SUM_KEYS.apps_carried_in, SUM_KEYS.apps_carried_out, SUM_KEYS.apps_other_2021, SUM_KEYS.apps_other_2019,
        SUM_KEYS.review_pending, templateKeysOf(p.template), minhash(s.filter((x) => x.no === 1 || x.no === 5).map((x) => x.text).join('\n'))]);
    return { id: rows[0].id, revisionNo: rows[0].revision_no };
  }
}
