// SQL for moving a report (all its revisions and their rows) to another agency. agency_id is part of every
// per-report key, so each table is rewritten. (On a Citus cluster this is a delete + insert across shards.)
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

// finding before cell_correction: a finding may point at a correction (deleting duplicates goes in this order).
const CHILD_TABLES = ['report_cell', 'report_section', 'finding', 'cell_correction'] as const;

@Injectable()
export class ReportMoveRepository {
  async reportsOf(em: EntityManager, agencyId: number): Promise<{ id: string; year: number }[]> {
    return em.query(`SELECT id::text, year FROM report WHERE agency_id = $1 ORDER BY year`, [agencyId]);
  }

  async report(em: EntityManager, reportId: string): Promise<{ id: string; agency_id: number; year: number } | null> {
    const rows: { id: string; agency_id: number; year: number }[] =
      await em.query(`SELECT id::text, agency_id, year FROM report WHERE id = $1 FOR UPDATE`, [reportId]);
    return rows[0] ?? null;
  }

  /** The other report the agency already has for that year, locked; null when the year is free. */
  async occupant(em: EntityManager, agencyId: number, year: number, exceptReportId: string): Promise<string | null> {
    await em.query(`SELECT pg_advisory_xact_lock($1, $2)`, [agencyId, year]);
    const rows: { id: string }[] = await em.query(
      `SELECT id::text FROM report WHERE agency_id = $1 AND year = $2 AND id <> $3 FOR UPDATE`, [agencyId, year, exceptReportId]);
    return rows[0]?.id ?? null;
  }

  /** An admin decided the report is not the body's report of that year: it stays under its placeholder, marked so. */
  async keepApart(em: EntityManager, reportId: string, fromAgencyId: number): Promise<void> {
    await em.query(`UPDATE report SET kept_apart_from = $2 WHERE id = $1`, [reportId, fromAgencyId]);
  }

  /**
   * Moves the report; if the target agency already has one for that year, its revisions join that report and
   * `current` says which revision counts there: the target's own current one, or the moved report's current one.
   */
  async move(em: EntityManager, reportId: string, toAgencyId: number, current: 'target' | 'moved' = 'target'):
    Promise<{ reportId: string; joined: boolean; duplicates: number }> {
    const src = await this.report(em, reportId);
    if (!src) throw new Error(`report ${reportId} not found`);
    const into = await this.occupant(em, toAgencyId, src.year, reportId);
    if (!into) {
      for (const t of CHILD_TABLES) {
        await em.query(`UPDATE ${t} SET agency_id = $2 WHERE revision_id IN (SELECT id FROM report_revision WHERE report_id = $1)`,
          [reportId, toAgencyId]);
      }
      await em.query(`UPDATE report_revision SET agency_id = $2 WHERE report_id = $1`, [reportId, toAgencyId]);
      await em.query(`UPDATE report SET agency_id = $2, agency_candidates = NULL, kept_apart_from = NULL WHERE id = $1`, [reportId, toAgencyId]);
      return { reportId, joined: false, duplicates: 0 };
    }
    // By content: the moved current revision may be a byte-identical copy of one the target has (dropped below).
    const movedCurrent: { h: string }[] = await em.query(
      `SELECT v.content_hash AS h FROM report r JOIN report_revision v ON v.id = r.current_revision_id WHERE r.id = $1`, [reportId]);
    await em.query(`UPDATE report SET current_revision_id = NULL WHERE id = $1`, [reportId]);
    // The same bytes already stored under the target: identical content, so the copy is dropped.
    const dup = `SELECT id FROM report_revision WHERE report_id = $1
                 AND content_hash IN (SELECT content_hash FROM report_revision WHERE report_id = $2)`;
    const dups: { id: string }[] = await em.query(`${dup}`, [reportId, into]);
    for (const t of CHILD_TABLES) await em.query(`DELETE FROM ${t} WHERE revision_id IN (${dup})`, [reportId, into]);
    await em.query(`DELETE FROM report_revision WHERE id IN (${dup})`, [reportId, into]);
    for (const t of CHILD_TABLES) {
      await em.query(`UPDATE ${t} SET agency_id = $2 WHERE revision_id IN (SELECT id FROM report_revision WHERE report_id = $1)`,
        [reportId, toAgencyId]);
    }
    await em.query(
      `UPDATE report_revision v SET report_id = $2, agency_id = $3, agency_match = 'moved', reason = 'moved_in',
         revision_no = (SELECT max(revision_no) FROM report_revision WHERE report_id = $2) + n.k
       FROM (SELECT id, row_number() OVER (ORDER BY parsed_at, id) AS k FROM report_revision WHERE report_id = $1) n
       WHERE v.id = n.id`, [reportId, into, toAgencyId]);
    await em.query(`DELETE FROM report WHERE id = $1`, [reportId]);
    if (current === 'moved' && movedCurrent[0]) {
      await em.query(`UPDATE report SET current_revision_id = (SELECT id FROM report_revision WHERE report_id = $1 AND content_hash = $2)
        WHERE id = $1`, [into, movedCurrent[0].h]);
    }
    return { reportId: into, joined: true, duplicates: dups.length };
  }
}
