// SQL for moving a report (all its revisions and their rows) to another agency. agency_id is part of every
// per-report key, so each table is rewritten. (On a Citus cluster this is a delete + insert across shards.)
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { exec, first, raw, rows, sql } from '../../database/sql';

// finding before cell_correction: a finding may point at a correction (deleting duplicates goes in this order).
const CHILD_TABLES = ['report_cell', 'report_section', 'finding', 'cell_correction'].map(raw);

@Injectable()
export class ReportMoveRepository {
  reportsOf(em: EntityManager, agencyId: number): Promise<{ id: string; year: number }[]> {
    return rows(em, sql`SELECT id::text, year FROM report WHERE agency_id = ${agencyId} ORDER BY year`);
  }

  report(em: EntityManager, reportId: string): Promise<{ id: string; agency_id: number; year: number } | null> {
    return first(em, sql`SELECT id::text, agency_id, year FROM report WHERE id = ${reportId} FOR UPDATE`);
  }

  /** The other report the agency already has for that year, locked; null when the year is free. */
  async occupant(em: EntityManager, agencyId: number, year: number, exceptReportId: string): Promise<string | null> {
    await exec(em, sql`SELECT pg_advisory_xact_lock(${agencyId}, ${year})`);
    const row = await first<{ id: string }>(
      em,
      sql`SELECT id::text FROM report WHERE agency_id = ${agencyId} AND year = ${year} AND id <> ${exceptReportId} FOR UPDATE`,
    );
    return row?.id ?? null;
  }

  /** An admin decided the report is not the body's report of that year: it stays under its placeholder, marked so. */
  async keepApart(em: EntityManager, reportId: string, fromAgencyId: number): Promise<void> {
    await exec(em, sql`UPDATE report SET kept_apart_from = ${fromAgencyId} WHERE id = ${reportId}`);
  }

  /**
   * Moves the report; if the target agency already has one for that year, its revisions join that report and
   * `current` says which revision counts there: the target's own current one, or the moved report's current one.
   */
  async move(
    em: EntityManager,
    reportId: string,
    toAgencyId: number,
    current: 'target' | 'moved' = 'target',
  ): Promise<{ reportId: string; joined: boolean; duplicates: number }> {
    const src = await this.report(em, reportId);
    if (!src) throw new Error(`report ${reportId} not found`);
    const into = await this.occupant(em, toAgencyId, src.year, reportId);
    const ofMoved = sql`SELECT id FROM report_revision WHERE report_id = ${reportId}`;
    if (!into) {
      for (const t of CHILD_TABLES)
        await exec(em, sql`UPDATE ${t} SET agency_id = ${toAgencyId} WHERE revision_id IN (${ofMoved})`);
      await exec(em, sql`UPDATE report_revision SET agency_id = ${toAgencyId} WHERE report_id = ${reportId}`);
      await exec(
        em,
        sql`UPDATE report SET agency_id = ${toAgencyId}, agency_candidates = NULL, kept_apart_from = NULL WHERE id = ${reportId}`,
      );
      return { reportId, joined: false, duplicates: 0 };
    }
    // By content: the moved current revision may be a byte-identical copy of one the target has (dropped below).
    const movedCurrent = await first<{ h: string }>(
      em,
      sql`SELECT v.content_hash AS h FROM report r JOIN report_revision v ON v.id = r.current_revision_id WHERE r.id = ${reportId}`,
    );
    await exec(em, sql`UPDATE report SET current_revision_id = NULL WHERE id = ${reportId}`);
    // The same bytes already stored under the target: identical content, so the copy is dropped.
    const dup = sql`SELECT id FROM report_revision WHERE report_id = ${reportId}
                 AND content_hash IN (SELECT content_hash FROM report_revision WHERE report_id = ${into})`;
    const dups = await rows<{ id: string }>(em, dup);
    for (const t of CHILD_TABLES) await exec(em, sql`DELETE FROM ${t} WHERE revision_id IN (${dup})`);
    await exec(em, sql`DELETE FROM report_revision WHERE id IN (${dup})`);
    for (const t of CHILD_TABLES)
      await exec(em, sql`UPDATE ${t} SET agency_id = ${toAgencyId} WHERE revision_id IN (${ofMoved})`);
    await exec(
      em,
      sql`
      UPDATE report_revision v SET report_id = ${into}, agency_id = ${toAgencyId}, agency_match = 'moved', reason = 'moved_in',
         revision_no = (SELECT max(revision_no) FROM report_revision WHERE report_id = ${into}) + n.k
       FROM (SELECT id, row_number() OVER (ORDER BY parsed_at, id) AS k FROM report_revision WHERE report_id = ${reportId}) n
       WHERE v.id = n.id`,
    );
    await exec(em, sql`DELETE FROM report WHERE id = ${reportId}`);
    if (current === 'moved' && movedCurrent) {
      await exec(
        em,
        sql`UPDATE report SET current_revision_id = (SELECT id FROM report_revision WHERE report_id = ${into} AND content_hash = ${movedCurrent.h})
        WHERE id = ${into}`,
      );
    }
    return { reportId: into, joined: true, duplicates: dups.length };
  }
}
