// As published vs as corrected: an admin corrects one cell of a report's current revision with a note, or withdraws a
// correction. Each is one transaction: the cell analytics read, the revision's marker and ranking facts, the
// arithmetic checks that name the cell (a finding the value settles closes, linked to the correction), and the log.
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ParsedCell } from '@dh/domain';
import { checkArithmetic } from '@dh/parser';
import { DataSource, type EntityManager } from 'typeorm';
import { ARITHMETIC_CODES, planChecks } from './correction-checks';
import { CorrectionRepository, type CorrectionRow, type ReportRef } from './correction.repository';
import type { CellCorrectionModel } from './correction.model';

const ID = /^\d{1,18}$/;
const NOTE_MAX = 1000;

export function toCorrectionModel(k: CorrectionRow): CellCorrectionModel {
  return {
    id: k.id,
    reportId: k.report_id,
    revisionId: k.revision_id,
    key: k.key,
    publishedValue: k.published_value,
    publishedKind: k.published_kind,
    correctedValue: k.corrected_value,
    note: k.note,
    correctedBy: k.corrected_by,
    correctedAt: k.corrected_at,
    withdrawnBy: k.withdrawn_by,
    withdrawnAt: k.withdrawn_at,
    withdrawnNote: k.withdrawn_note,
    active: k.withdrawn_at === null,
  };
}

const kindOf = (v: number): string => (v === 0 ? 'zero' : 'number');

@Injectable()
export class CorrectionService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly repo: CorrectionRepository,
  ) {}

  correct(
    a: { reportId: string; key: string; value: number; note: string },
    actor: string,
  ): Promise<CellCorrectionModel> {
    if (!ID.test(a.reportId)) throw new BadRequestException(`reportId: not a report id: ${a.reportId}`);
    if (!Number.isFinite(a.value)) throw new BadRequestException('value: give a finite number');
    const note = a.note.trim();
    if (!note)
      throw new BadRequestException(
        'note: say why the published value is wrong (the note is kept with the correction)',
      );
    if (note.length > NOTE_MAX) throw new BadRequestException(`note: at most ${NOTE_MAX} characters`);
    return this.ds.transaction(async (em) => {
      const report = await this.repo.lockReport(em, a.reportId);
      if (!report) throw new NotFoundException(`report ${a.reportId} not found`);
      const cell = await this.repo.cell(em, report.agency_id, report.revision_id, a.key);
      if (!cell) throw new BadRequestException(`key: the report's current revision has no cell ${a.key}`);
      // A second correction of the same cell replaces the first (withdrawn, kept); the published value stays the printed one.
      const before = await this.repo.active(em, report.agency_id, report.revision_id, a.key);
      if (before) await this.repo.withdraw(em, before.id, actor, 'superseded');
      const published = before ? { value: before.published_value, kind: before.published_kind } : cell;
      const made = await this.repo.insert(em, {
        agencyId: report.agency_id,
        revisionId: report.revision_id,
        key: a.key,
        publishedValue: published.value,
        publishedKind: published.kind,
        value: a.value,
        note,
        actor,
      });
      await this.repo.setCell(em, report.agency_id, report.revision_id, a.key, a.value, kindOf(a.value));
      await this.settle(em, report, a.key, made.id);
      await this.repo.log(em, actor, 'correct_cell', {
        correctionId: made.id,
        reportId: report.id,
        revisionId: report.revision_id,
        key: a.key,
        published: published.value,
        corrected: a.value,
        note,
        supersedes: before?.id ?? null,
      });
      return toCorrectionModel(made);
    });
  }

  withdraw(a: { correctionId: string; note?: string | null }, actor: string): Promise<CellCorrectionModel> {
    if (!ID.test(a.correctionId)) throw new BadRequestException(`correctionId: not a correction id: ${a.correctionId}`);
    const note = a.note?.trim() || null;
    if (note && note.length > NOTE_MAX) throw new BadRequestException(`note: at most ${NOTE_MAX} characters`);
    return this.ds.transaction(async (em) => {
      const k = await this.repo.lockCorrection(em, a.correctionId);
      if (!k) throw new NotFoundException(`correction ${a.correctionId} not found`);
      if (k.withdrawn_at)
        throw new BadRequestException(`correctionId: correction ${k.id} was already withdrawn (${k.withdrawn_at})`);
      await this.repo.withdraw(em, k.id, actor, note);
      await this.repo.setCell(em, k.agency_id, k.revision_id, k.key, k.published_value, k.published_kind);
      // The corrected revision may no longer be current: its facts and checks are refreshed all the same.
      await this.settle(
        em,
        { id: k.report_id, revision_id: k.revision_id, agency_id: k.agency_id, template: k.template },
        k.key,
        k.id,
      );
      await this.repo.log(em, actor, 'withdraw_correction', {
        correctionId: k.id,
        reportId: k.report_id,
        revisionId: k.revision_id,
        key: k.key,
        restored: k.published_value,
        withdrawn: k.corrected_value,
        note,
      });
      return toCorrectionModel((await this.repo.lockCorrection(em, k.id))!);
    });
  }

  async ofReports(reportIds: readonly string[]): Promise<CellCorrectionModel[][]> {
    const found = await this.repo.ofReports([...reportIds]);
    return reportIds.map((id) => found.filter((k) => k.report_id === id).map(toCorrectionModel));
  }

  /** What follows a changed cell: the revision's marker and ranking facts, and the arithmetic checks that name it. */
  private async settle(em: EntityManager, report: ReportRef, key: string, correctionId: string): Promise<void> {
    await this.repo.refreshRevision(em, report.agency_id, report.revision_id, report.template);
    const cells: ParsedCell[] = (await this.repo.cells(em, report.agency_id, report.revision_id)).map((c) => ({
      key: c.key,
      section: c.section as ParsedCell['section'],
      rowLabel: c.row_label,
      colLabel: c.col_label,
      raw: c.raw,
      value: c.value,
      kind: c.kind as ParsedCell['kind'],
      loc: c.loc as ParsedCell['loc'],
    }));
    const stored = await this.repo.storedChecks(em, report.agency_id, report.revision_id, ARITHMETIC_CODES);
    await this.repo.applyChecks(
      em,
      report.agency_id,
      report.revision_id,
      correctionId,
      planChecks(key, checkArithmetic(cells), stored),
    );
  }
}
