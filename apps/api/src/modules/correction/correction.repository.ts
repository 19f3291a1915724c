// All SQL of cell corrections. Writes take the caller's EntityManager: the service owns the transaction.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Finding } from '@dh/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { exec, first, numbered, rows, sql } from '../../database/sql';
import { BACKFILL_REVISION_FACTS_KEYED } from '../../database/migrations/1768000000000-revision-facts-keys';
import { BACKFILL_INDICATOR_FACTS } from '../../database/migrations/1766000000000-indicator-facts';
import { FACT_LISTS, SUM_KEYS, templateKeysOf } from '../scoring-profile/indicators';
import type { TemplateDetected } from '@dh/domain';
import type { CheckPlan, StoredCheck } from './correction-checks';

export interface CorrectionRow {
  id: string;
  agency_id: number;
  revision_id: string;
  report_id: string;
  key: string;
  published_value: number | null;
  published_kind: string;
  corrected_value: number;
  note: string;
  corrected_by: string;
  corrected_at: string;
  withdrawn_by: string | null;
  withdrawn_at: string | null;
  withdrawn_note: string | null;
  template: TemplateDetected;
}
export interface ReportRef {
  id: string;
  agency_id: number;
  revision_id: string;
  template: TemplateDetected;
}
export interface StoredCell {
  key: string;
  section: string;
  row_label: string;
  col_label: string;
  raw: string;
  value: number | null;
  kind: string;
  loc: unknown;
}

const COLUMNS = sql`k.id::text, k.agency_id, k.revision_id::text, v.report_id::text, k.key, k.published_value::float8 AS published_value,
  k.published_kind, k.corrected_value::float8 AS corrected_value, k.note, k.corrected_by, to_json(k.corrected_at) #>> '{}' AS corrected_at,
  k.withdrawn_by, to_json(k.withdrawn_at) #>> '{}' AS withdrawn_at, k.withdrawn_note, v.template`;

@Injectable()
export class CorrectionRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** The report with its current revision, locked against ingests, switches and other corrections of it. */
  lockReport(em: EntityManager, reportId: string): Promise<ReportRef | null> {
    return first<ReportRef>(
      em,
      sql`
      SELECT r.id::text, r.agency_id, r.current_revision_id::text AS revision_id, v.template FROM report r
      JOIN report_revision v ON v.id = r.current_revision_id WHERE r.id = ${reportId} FOR UPDATE OF r`,
    );
  }

  cell(
    em: EntityManager,
    agencyId: number,
    revisionId: string,
    key: string,
  ): Promise<{ value: number | null; kind: string } | null> {
    return first(
      em,
      sql`SELECT value::float8 AS value, kind FROM report_cell
      WHERE agency_id = ${agencyId} AND revision_id = ${revisionId} AND key = ${key} FOR UPDATE`,
    );
  }

  active(em: EntityManager, agencyId: number, revisionId: string, key: string): Promise<CorrectionRow | null> {
    return first<CorrectionRow>(
      em,
      sql`SELECT ${COLUMNS} FROM cell_correction k JOIN report_revision v ON v.id = k.revision_id
      WHERE k.agency_id = ${agencyId} AND k.revision_id = ${revisionId} AND k.key = ${key} AND k.withdrawn_at IS NULL`,
    );
  }

  /** A correction with its report locked (the report row first, as every writer of a report takes it). */
  async lockCorrection(em: EntityManager, id: string): Promise<CorrectionRow | null> {
    const found = await first<{ report_id: string }>(
      em,
      sql`SELECT v.report_id::text FROM cell_correction k
      JOIN report_revision v ON v.id = k.revision_id WHERE k.id = ${id}`,
    );
    if (!found) return null;
    await exec(em, sql`SELECT 1 FROM report WHERE id = ${found.report_id} FOR UPDATE`);
    return first<CorrectionRow>(
      em,
      sql`SELECT ${COLUMNS} FROM cell_correction k JOIN report_revision v ON v.id = k.revision_id
      WHERE k.id = ${id} FOR UPDATE OF k`,
    );
  }

  async insert(
    em: EntityManager,
    a: {
      agencyId: number;
      revisionId: string;
      key: string;
      publishedValue: number | null;
      publishedKind: string;
      value: number;
      note: string;
      actor: string;
    },
  ): Promise<CorrectionRow> {
    const made = await first<{ id: string }>(
      em,
      sql`
      INSERT INTO cell_correction (agency_id, revision_id, key, published_value, published_kind, corrected_value, note, corrected_by)
      VALUES (${a.agencyId}, ${a.revisionId}, ${a.key}, ${a.publishedValue}, ${a.publishedKind}, ${a.value}, ${a.note}, ${a.actor})
      RETURNING id::text`,
    );
    return (await first<CorrectionRow>(
      em,
      sql`SELECT ${COLUMNS} FROM cell_correction k JOIN report_revision v ON v.id = k.revision_id
      WHERE k.id = ${made!.id}`,
    ))!;
  }

  async withdraw(em: EntityManager, id: string, actor: string, note: string | null): Promise<void> {
    await exec(
      em,
      sql`UPDATE cell_correction SET withdrawn_by = ${actor}, withdrawn_at = clock_timestamp(), withdrawn_note = ${note}
      WHERE id = ${id}`,
    );
  }

  /** The value analytics read. A corrected blank or unreadable cell becomes a number; a withdrawal puts back what was read. */
  async setCell(
    em: EntityManager,
    agencyId: number,
    revisionId: string,
    key: string,
    value: number | null,
    kind: string,
  ): Promise<void> {
    await exec(
      em,
      sql`UPDATE report_cell SET value = ${value}, kind = ${kind}
      WHERE agency_id = ${agencyId} AND revision_id = ${revisionId} AND key = ${key}`,
    );
  }

  /** The marker analytics read (report_revision.corrected_keys), and the ranking facts recomputed from the cells as they now stand. */
  async refreshRevision(
    em: EntityManager,
    agencyId: number,
    revisionId: string,
    template: TemplateDetected,
  ): Promise<void> {
    await exec(
      em,
      sql`UPDATE report_revision SET corrected_keys = (SELECT array_agg(key ORDER BY key) FROM cell_correction
      WHERE agency_id = ${agencyId} AND revision_id = ${revisionId} AND withdrawn_at IS NULL) WHERE id = ${revisionId}`,
    );
    // The one definition of the facts (the migrations' backfills, which ingest's statement shares), their numbered
    // placeholders bound by `numbered` to the key lists handed in from TypeScript.
    await exec(em, sql`${numbered(BACKFILL_REVISION_FACTS_KEYED, FACT_LISTS)} WHERE v.id = ${revisionId}::bigint`);
    const keys = [
      SUM_KEYS.apps_new,
      SUM_KEYS.apps_carried_in,
      SUM_KEYS.apps_carried_out,
      SUM_KEYS.apps_other_2021,
      SUM_KEYS.apps_other_2019,
      SUM_KEYS.review_pending,
      templateKeysOf(template),
    ];
    await exec(em, sql`${numbered(BACKFILL_INDICATOR_FACTS, keys)} WHERE v.id = ${revisionId}::bigint`);
  }

  cells(em: EntityManager, agencyId: number, revisionId: string): Promise<StoredCell[]> {
    return rows<StoredCell>(
      em,
      sql`SELECT key, section, row_label, col_label, raw, value::float8 AS value, kind, loc FROM report_cell
      WHERE agency_id = ${agencyId} AND revision_id = ${revisionId}`,
    );
  }

  storedChecks(em: EntityManager, agencyId: number, revisionId: string, codes: string[]): Promise<StoredCheck[]> {
    return rows<StoredCheck>(
      em,
      sql`SELECT id::text, code, keys, resolved_by_correction_id::text AS "resolvedBy",
      raised_by_correction_id::text AS "raisedBy" FROM finding WHERE agency_id = ${agencyId} AND revision_id = ${revisionId} AND code = ANY(${codes})`,
    );
  }

  async applyChecks(
    em: EntityManager,
    agencyId: number,
    revisionId: string,
    correctionId: string,
    p: CheckPlan,
  ): Promise<void> {
    if (p.resolve.length)
      await exec(
        em,
        sql`UPDATE finding SET resolved_by_correction_id = ${correctionId} WHERE id = ANY(${p.resolve}::bigint[])`,
      );
    if (p.reopen.length)
      await exec(em, sql`UPDATE finding SET resolved_by_correction_id = NULL WHERE id = ANY(${p.reopen}::bigint[])`);
    if (p.drop.length) await exec(em, sql`DELETE FROM finding WHERE id = ANY(${p.drop}::bigint[])`);
    for (const { id, finding: f } of p.refresh) {
      await exec(em, sql`UPDATE finding SET message_zh = ${f.messageZh}, message_en = ${f.messageEn} WHERE id = ${id}`);
    }
    if (p.raise.length) {
      const f: Finding[] = p.raise;
      await exec(
        em,
        sql`INSERT INTO finding (agency_id, revision_id, code, severity, message_zh, message_en, keys, raised_by_correction_id)
        SELECT ${agencyId}, ${revisionId}, t.code, t.severity, t.zh, t.en, ARRAY(SELECT jsonb_array_elements_text(t.keys)), ${correctionId}
        FROM unnest(${f.map((x) => x.code)}::text[], ${f.map((x) => x.severity)}::text[], ${f.map((x) => x.messageZh)}::text[],
          ${f.map((x) => x.messageEn)}::text[], ${f.map((x) => JSON.stringify(x.keys ?? []))}::jsonb[]) AS t(code, severity, zh, en, keys)`,
      );
    }
  }

  async log(
    em: EntityManager,
    actor: string,
    action: 'correct_cell' | 'withdraw_correction',
    detail: object,
  ): Promise<void> {
    await exec(
      em,
      sql`INSERT INTO admin_log (actor, action, detail) VALUES (${actor}, ${action}, ${JSON.stringify(detail)}::jsonb)`,
    );
  }

  /** Every correction of the reports' current revisions, withdrawn ones included (the history), oldest first. */
  ofReports(reportIds: string[]): Promise<CorrectionRow[]> {
    return rows<CorrectionRow>(
      this.ds,
      sql`SELECT ${COLUMNS} FROM report r JOIN cell_correction k
      ON k.agency_id = r.agency_id AND k.revision_id = r.current_revision_id JOIN report_revision v ON v.id = k.revision_id
      WHERE r.id = ANY(${reportIds}::bigint[]) ORDER BY k.id`,
    );
  }
}
