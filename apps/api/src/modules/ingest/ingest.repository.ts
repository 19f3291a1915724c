// All SQL of the ingest transaction. Every write takes the caller's EntityManager: the ingest service owns the
// transaction. Round trips and statement plans are the cost here, so a batch's revisions and all their rows go in one
// statement (insertRevisions), its values bound by column name (database/unnest.ts).
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { INDICATOR_FACTS_SQL } from '../../database/migrations/1766000000000-indicator-facts';
import { REVISION_FACTS_SQL } from '../../database/migrations/1768000000000-revision-facts-keys';
import { exec, first, raw, rows, sql } from '../../database/sql';
import { columnNames, unnestRows } from '../../database/unnest';
import { FACT_LISTS, SUM_KEYS } from '../scoring-profile/indicators';
import type { RevisionQuality, SourceKind } from '../revision/revision-rank';
import {
  CELL_TYPES,
  cellRows,
  FINDING_TYPES,
  findingRows,
  REVISION_TYPES,
  revisionRow,
  SECTION_TYPES,
  sectionRows,
  TEMPLATE_KEY_TYPES,
  type RevisionPlan,
} from './revision-rows';

export interface StoredRevision {
  id: string;
  report_id: string;
  agency_id: number;
  agency_name: string;
  agency_status: string;
  year: number;
  revision_no: number;
  current: boolean;
}

/** A report's last revision number and its current revision's quality (null: none yet). */
export interface ReportState {
  lastRevisionNo: number;
  current: (RevisionQuality & { id: string }) | null;
}

// revision_sum()'s key lists (migration 1766000000000): w1…w6 from scoring-profile/indicators.ts, w7 the row's template keys.
const SUM_LISTS = [
  SUM_KEYS.apps_new,
  SUM_KEYS.apps_carried_in,
  SUM_KEYS.apps_carried_out,
  SUM_KEYS.apps_other_2021,
  SUM_KEYS.apps_other_2019,
  SUM_KEYS.review_pending,
];
// revision_facts()'s key lists (migration 1768000000000): f1…f6, FACT_KEYS of scoring-profile/indicators.ts.
const REV_FACTS = raw(REVISION_FACTS_SQL(`coalesce(a.k, '{}')`, `coalesce(a.x, '{}')`, (i) => `w.f${i}`));
const FACTS = raw(INDICATOR_FACTS_SQL('a.k', 'a.x', (i) => (i === 7 ? "coalesce(tk.keys, '{}')" : `w.w${i}`)));

@Injectable()
export class IngestRepository {
  /**
   * Serialises ingests of the same bytes: the second waits, then sees the first's revision. A batch takes the locks of
   * all its files at once, in one order (two batches sharing files cannot deadlock on them). The same round trip
   * allocates ids for the revisions the batch may write, so cells can name their revision in the insert statement.
   * The hash lookup cannot join this statement: its snapshot would predate the lock and miss the holder's commit.
   */
  async lockContents(em: EntityManager, hashes: string[]): Promise<string[]> {
    const keys = [...new Set(hashes)].sort().map((h) => `content|${h}`);
    const row = await first<{ ids: string[] }>(
      em,
      sql`
      SELECT count(pg_advisory_xact_lock(hashtext(u.k))) AS locked,
        ARRAY(SELECT nextval(pg_get_serial_sequence('report_revision', 'id'))::text FROM generate_series(1, ${hashes.length})) AS ids
      FROM unnest(${keys}::text[]) WITH ORDINALITY AS u(k, i)`,
    );
    return row!.ids;
  }

  /**
   * Stored revisions with these bytes, by hash, under whatever body (a few at most: the same bytes are stored once per
   * body). The caller decides which counts as "the same file again": the one under the body the file is for.
   */
  async revisionsWithHashes(em: EntityManager, hashes: string[]): Promise<Map<string, StoredRevision[]>> {
    const found = await rows<StoredRevision & { hash: string }>(
      em,
      sql`
      SELECT h.hash, s.* FROM unnest(${[...new Set(hashes)]}::text[]) AS h(hash) CROSS JOIN LATERAL (
        SELECT v.id::text, v.report_id::text, r.agency_id, a.name AS agency_name, a.status AS agency_status, r.year, v.revision_no,
          (r.current_revision_id = v.id) AS current
        FROM report_revision v JOIN report r ON r.id = v.report_id JOIN agency a ON a.id = r.agency_id WHERE v.content_hash = h.hash
        ORDER BY v.id LIMIT 20) s`,
    );
    const out = new Map<string, StoredRevision[]>(hashes.map((h) => [h, []]));
    for (const { hash, ...r } of found) out.get(hash)!.push(r);
    return out;
  }

  /** A new report of an agency-year; null when it exists (then findOrCreateReport takes its row lock). */
  async createReport(
    em: EntityManager,
    agencyId: number,
    year: number,
    synthetic: boolean,
    candidates: string[] | null,
  ): Promise<string | null> {
    const row = await first<{ id: string }>(
      em,
      sql`
      INSERT INTO report (agency_id, year, synthetic, agency_candidates)
      VALUES (${agencyId}, ${year}, ${synthetic}, ${candidates ? JSON.stringify(candidates) : null})
      ON CONFLICT (agency_id, year) DO NOTHING RETURNING id::text`,
    );
    return row?.id ?? null;
  }

  /**
   * The report of an agency-year, created if new. ON CONFLICT DO UPDATE locks the report row, so concurrent ingests
   * of one agency-year queue here and each later statement sees the revisions committed before it.
   */
  async findOrCreateReport(
    em: EntityManager,
    agencyId: number,
    year: number,
    synthetic: boolean,
    candidates: string[] | null,
  ): Promise<string> {
    const row = await first<{ id: string }>(
      em,
      sql`
      INSERT INTO report (agency_id, year, synthetic, agency_candidates)
      VALUES (${agencyId}, ${year}, ${synthetic}, ${candidates ? JSON.stringify(candidates) : null})
      ON CONFLICT (agency_id, year) DO UPDATE SET agency_candidates = coalesce(EXCLUDED.agency_candidates, report.agency_candidates)
      RETURNING id::text`,
    );
    return row!.id;
  }

  /** After findOrCreateReport (its lock held): the numbering and the current copy a new revision is weighed against. */
  async reportState(em: EntityManager, reportId: string): Promise<ReportState> {
    const r = await first<{
      last: number | null;
      id: string | null;
      source_kind: SourceKind;
      cells_read: number;
      cells_unresolved: number;
      error_count: number;
    }>(
      em,
      sql`
      SELECT (SELECT max(revision_no) FROM report_revision WHERE report_id = r.id) AS last,
        v.id::text, v.source_kind, v.cells_read, v.cells_unresolved, v.error_count
      FROM report r LEFT JOIN report_revision v ON v.id = r.current_revision_id WHERE r.id = ${reportId}`,
    );
    return {
      lastRevisionNo: r?.last ?? 0,
      current: r?.id
        ? {
            id: r.id,
            sourceKind: r.source_kind,
            cellsRead: r.cells_read,
            cellsUnresolved: r.cells_unresolved,
            errors: r.error_count,
          }
        : null,
    };
  }

  /**
   * Revisions with their ranking facts (revision_facts(), migration 1768000000000; revision_sum(), 1766000000000),
   * cells, sections and findings, and each report's current pointer where the plan says so: one statement for a batch.
   * The caller never sends two revisions of one report together (their numbers and current choice depend on each other).
   */
  async insertRevisions(em: EntityManager, plans: RevisionPlan[]): Promise<void> {
    if (!plans.length) return;
    const cells = plans.flatMap(cellRows),
      sections = plans.flatMap(sectionRows),
      findings = plans.flatMap(findingRows);
    // Each template's key list once (a batch has two or three templates), not once per revision.
    const templateKeys = [...new Map(plans.map((p) => [p.parsed.template, p.templateKeys])).entries()].flatMap(
      ([template, keys]) => keys.map((key) => ({ template, key })),
    );
    // Not a named (prepared) statement: the embedded server shares one backend among all connections, so names
    // collide; one statement per batch already spreads its planning over the batch.
    await exec(
      em,
      sql`
      WITH input AS (SELECT * FROM ${unnestRows(plans.map(revisionRow), REVISION_TYPES, 't')}),
      cell_input AS (SELECT * FROM ${unnestRows(cells, CELL_TYPES, 'c')}),
      section_input AS (SELECT * FROM ${unnestRows(sections, SECTION_TYPES, 's')}),
      per_revision AS (SELECT revision_id, array_agg(key) AS k, array_agg(value) AS x FROM cell_input GROUP BY revision_id),
      template_keys AS (SELECT template, array_agg(key) AS keys FROM ${unnestRows(templateKeys, TEMPLATE_KEY_TYPES, 'u')} GROUP BY template),
      rev AS (
        INSERT INTO report_revision (id, agency_id, report_id, revision_no, content_hash, file_name, source_url, form, encoding, bytes,
          template, agency_name_printed, published_on, truncated, reason, source_text, agency_match, agency_name_from, given,
          source_kind, cells_read, cells_unresolved, error_count, section_count, published_on_source, signed_on, signed_on_source,
          text_minhash, table_count, proactive, apps_handled, apps_disclosed, review_total, review_corrected,
          apps_new, apps_carried_in, apps_carried_out, apps_other, review_pending, template_cells_read, fee_statement)
        SELECT t.id, t.agency_id, t.report_id, t.revision_no, t.content_hash, t.file_name, t.source_url, t.form, t.encoding, t.bytes,
          t.template, t.agency_name_printed, t.published_on, t.truncated, t.reason, t.source_text, t.agency_match, t.agency_name_from, t.given,
          t.source_kind, t.cells_read, t.cells_unresolved, t.error_count, t.section_count, t.published_on_source, t.signed_on, t.signed_on_source,
          t.text_minhash::int[], f.*, ${FACTS},
          EXISTS (SELECT 1 FROM section_input s WHERE s.revision_id = t.id AND s.no = 6 AND s.text LIKE '%信息处理费%')
        FROM input t
          LEFT JOIN per_revision a ON a.revision_id = t.id
          LEFT JOIN template_keys tk ON tk.template = t.template
          CROSS JOIN (SELECT ${SUM_LISTS[0]}::text[] AS w1, ${SUM_LISTS[1]}::text[] AS w2, ${SUM_LISTS[2]}::text[] AS w3,
            ${SUM_LISTS[3]}::text[] AS w4, ${SUM_LISTS[4]}::text[] AS w5, ${SUM_LISTS[5]}::text[] AS w6,
            ${FACT_LISTS[0]}::text[] AS f1, ${FACT_LISTS[1]}::text[] AS f2, ${FACT_LISTS[2]}::text[] AS f3,
            ${FACT_LISTS[3]}::text[] AS f4, ${FACT_LISTS[4]}::text[] AS f5, ${FACT_LISTS[5]}::text[] AS f6) w
          CROSS JOIN LATERAL ${REV_FACTS} f
        RETURNING id
      ), cell_rows AS (
        INSERT INTO report_cell (${columnNames(CELL_TYPES)}) SELECT c.* FROM cell_input c JOIN rev ON rev.id = c.revision_id
      ), section_rows AS (
        INSERT INTO report_section (${columnNames(SECTION_TYPES)}) SELECT s.* FROM section_input s JOIN rev ON rev.id = s.revision_id
      ), finding_rows AS (
        INSERT INTO finding (agency_id, revision_id, code, severity, message_zh, message_en, loc, keys)
        SELECT f.agency_id, f.revision_id, f.code, f.severity, f.message_zh, f.message_en, f.loc,
          CASE WHEN f.keys IS NULL THEN NULL ELSE ARRAY(SELECT jsonb_array_elements_text(f.keys)) END
        FROM ${unnestRows(findings, FINDING_TYPES, 'f')} JOIN rev ON rev.id = f.revision_id
      )
      UPDATE report SET current_revision_id = t.id FROM input t JOIN rev ON rev.id = t.id WHERE report.id = t.report_id AND t.make_current`,
    );
  }
}
