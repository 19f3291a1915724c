// SQL of the current-revision choice. Every method takes the caller's EntityManager: the caller owns the transaction.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { exec, first, sql } from '../../database/sql';
import type { RevisionQuality, SourceKind } from './revision-rank';

export interface RevisionRef {
  id: string;
  report_id: string;
  revision_no: number;
  current_id: string | null;
}

@Injectable()
export class RevisionRepository {
  /** The current revision's source and parse quality, which a new revision must match to replace it. */
  async currentQuality(
    em: EntityManager,
    reportId: string,
  ): Promise<(RevisionQuality & { id: string; revisionNo: number }) | null> {
    const r = await first<{
      id: string;
      source_kind: SourceKind;
      cells_read: number;
      cells_unresolved: number;
      error_count: number;
      revision_no: number;
    }>(
      em,
      sql`SELECT v.id::text, v.source_kind, v.cells_read, v.cells_unresolved, v.error_count, v.revision_no
        FROM report r JOIN report_revision v ON v.id = r.current_revision_id WHERE r.id = ${reportId}`,
    );
    return r
      ? {
          id: r.id,
          sourceKind: r.source_kind,
          cellsRead: r.cells_read,
          cellsUnresolved: r.cells_unresolved,
          errors: r.error_count,
          revisionNo: r.revision_no,
        }
      : null;
  }

  /** A revision and its report's current pointer, the report row locked against concurrent ingests and switches. */
  lockRevision(em: EntityManager, revisionId: string): Promise<RevisionRef | null> {
    return first<RevisionRef>(
      em,
      sql`SELECT v.id::text, v.report_id::text, v.revision_no, r.current_revision_id::text AS current_id
       FROM report_revision v JOIN report r ON r.id = v.report_id WHERE v.id = ${revisionId} FOR UPDATE OF r`,
    );
  }

  async setCurrent(em: EntityManager, reportId: string, revisionId: string): Promise<void> {
    await exec(em, sql`UPDATE report SET current_revision_id = ${revisionId} WHERE id = ${reportId}`);
  }

  async log(
    em: EntityManager,
    actor: string,
    action: 'set_current_revision' | 'claim_report',
    detail: object,
  ): Promise<void> {
    await exec(
      em,
      sql`INSERT INTO admin_log (actor, action, detail) VALUES (${actor}, ${action}, ${JSON.stringify(detail)}::jsonb)`,
    );
  }
}
