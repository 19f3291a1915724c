// A bureau's draft: uploaded in any form the parser reads, or filled in the web form (rendered as the standard report
// and parsed, so a form draft is checked exactly as a published report would be). Findings come from the parser;
// errors must be fixed or explained before submitting.
import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  SUBMISSION_STATE_ZH,
  allowedActions,
  daysLate,
  findingKey,
  metricsOfTemplate,
  nextSubmissionState,
  templateForYear,
  unexplainedErrors,
  type ParsedReport,
  type TemplateId,
} from '@dh/domain';
import { parseReport, ReportReadError } from '@dh/parser';
import { DataSource } from 'typeorm';
import { DeadlineService } from '../roster/deadline.service';
import { mayTake, requireBureau, scopeOf, type Side } from './submission-access';
import { renderSubmissionHtml, type SubmissionSections } from './submission-document';
import type { BureauDeskModel, SubmissionModel } from './submission.model';
import { SubmissionRepository, type SubmissionRow } from './submission.repository';

const todayIso = (): string => new Date().toISOString().slice(0, 10);

@Injectable()
export class SubmissionService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly repo: SubmissionRepository,
    private readonly deadlines: DeadlineService,
  ) {}

  async desk(side: Side, year: number): Promise<BureauDeskModel> {
    const agencyId = requireBureau(side);
    const a = await this.repo.agency(this.ds, agencyId);
    if (!a) throw new NotFoundException(`body ${agencyId} not found`);
    const dueOn = (await this.deadlines.dueOf(year))(a.kind, a.level);
    const row = await this.repo.byAgencyYear(this.ds, agencyId, year);
    return {
      agencyId,
      agencyName: a.name,
      year,
      template: templateForYear(year),
      dueOn,
      daysLeft: dueOn ? -daysLate(todayIso(), dueOn) : null,
      stateZh: SUBMISSION_STATE_ZH[row?.state ?? 'not_started'],
      submission: row ? this.view(row, side, dueOn) : null,
    };
  }

  async get(side: Side, id: number): Promise<SubmissionRow> {
    const row = await this.repo.byId(this.ds, id, scopeOf(side));
    // Another body's submission is refused as such, not reported missing, so a bureau learns nothing about its id.
    if (!row)
      throw side.kind === 'bureau'
        ? new ForbiddenException(`submission ${id} is not your body's`)
        : new NotFoundException(`submission ${id} not found`);
    return row;
  }

  async one(side: Side, id: number): Promise<SubmissionModel> {
    const row = await this.get(side, id);
    return this.view(row, side, (await this.deadlines.dueOf(row.year))(row.kind, row.level));
  }

  /** An uploaded draft: parsed at once; its numbers fill the form, so the bureau can correct them there. */
  async saveFile(side: Side, year: number, fileName: string, bytes: Uint8Array): Promise<SubmissionModel> {
    const agencyId = requireBureau(side);
    let parsed: ParsedReport;
    try {
      parsed = await parseReport({ bytes, fileName });
    } catch (e) {
      if (e instanceof ReportReadError) throw new BadRequestException(`file: ${e.message}`);
      throw e;
    }
    if (parsed.template !== '2019' && parsed.template !== '2021')
      throw new BadRequestException(`file: ${fileName} has no table of either template`);
    if (parsed.year !== null && parsed.year !== year)
      throw new BadRequestException(`file: ${fileName} is a report of ${parsed.year}, not ${year}`);
    const values = Object.fromEntries(
      parsed.cells.filter((c) => c.raw !== '').map((c) => [c.key, c.value !== null ? String(c.value) : c.raw]),
    );
    return this.store(agencyId, year, side, parsed, fileName, bytes, { values, sections: {} });
  }

  /** A draft from the web form: rendered as the standard report of the year's template, then parsed like any file. */
  async saveForm(
    side: Side,
    year: number,
    input: Record<string, string>,
    sections: SubmissionSections,
  ): Promise<SubmissionModel> {
    const agencyId = requireBureau(side);
    const template: TemplateId = templateForYear(year);
    const known = new Set(metricsOfTemplate(template).map((m) => m.key));
    const unknown = Object.keys(input).filter((k) => !known.has(k));
    if (unknown.length)
      throw new BadRequestException(`values.key: ${unknown.slice(0, 5).join(', ')} not in the ${template} template`);
    const a = (await this.repo.agency(this.ds, agencyId))!;
    const html = renderSubmissionHtml({ agencyName: a.name, year, template, values: input, sections });
    const bytes = new Uint8Array(Buffer.from(html));
    const parsed = await parseReport({ bytes, fileName: `${a.name}-${year}.html` });
    return this.store(agencyId, year, side, parsed, `${a.name}-${year}.html`, bytes, {
      values: input,
      sections: { ...sections },
    });
  }

  private async store(
    agencyId: number,
    year: number,
    side: Side,
    parsed: ParsedReport,
    fileName: string,
    bytes: Uint8Array,
    form: NonNullable<SubmissionRow['form']>,
  ): Promise<SubmissionModel> {
    const id = await this.ds.transaction(async (em) => {
      const cur = await this.repo.byAgencyYear(em, agencyId, year);
      const next = nextSubmissionState(cur?.state ?? 'not_started', 'save');
      if (!next)
        throw new BadRequestException(
          `state: a ${cur?.state} submission cannot be changed (${cur?.state === 'submitted' ? 'it is with the office' : 'it is done'})`,
        );
      const sid = await this.repo.saveDraft(em, {
        agencyId,
        year,
        state: next,
        template: parsed.template === 'mixed' || parsed.template === 'unknown' ? null : parsed.template,
        fileName,
        content: bytes,
        form,
        cells: parsed.cells.map((c) => ({ key: c.key, value: c.value, raw: c.raw, kind: c.kind })),
        findings: parsed.findings,
      });
      if (!cur)
        await this.repo.addEvent(em, { submissionId: sid, actor: actorOf(side), action: 'save', from: null, to: next });
      return sid;
    });
    return this.one(side, id);
  }

  async explain(side: Side, id: number, explanations: { key: string; text: string }[]): Promise<SubmissionModel> {
    requireBureau(side);
    const row = await this.get(side, id);
    if (!nextSubmissionState(row.state, 'save'))
      throw new BadRequestException(`state: a ${row.state} submission cannot be changed`);
    const keys = new Set(row.findings.map(findingKey));
    const bad = explanations.find((e) => !keys.has(e.key));
    if (bad) throw new BadRequestException(`explanations.key: "${bad.key}" is not a finding of this draft`);
    const merged = { ...row.explanations };
    for (const e of explanations)
      if (e.text.trim()) merged[e.key] = e.text.trim();
      else delete merged[e.key];
    await this.repo.setExplanations(this.ds, id, merged);
    return this.one(side, id);
  }

  view(r: SubmissionRow, side: Side, dueOn: string | null): SubmissionModel {
    const form = r.form ?? { values: {}, sections: {} };
    return {
      id: String(r.id),
      agencyId: r.agency_id,
      agencyName: r.agency_name,
      year: r.year,
      state: r.state,
      stateZh: SUBMISSION_STATE_ZH[r.state],
      template: r.template,
      fileName: r.file_name,
      values: Object.entries(form.values).map(([key, value]) => ({ key, value })),
      overview: form.sections.overview ?? null,
      problems: form.sections.problems ?? null,
      other: form.sections.other ?? null,
      cells: r.cells.map((c) => ({ key: c.key, value: c.value, raw: c.raw })),
      findings: r.findings.map((f) => ({
        key: findingKey(f),
        code: f.code,
        severity: f.severity,
        messageZh: f.messageZh,
        messageEn: f.messageEn,
        keys: f.keys ?? [],
        explanation: r.explanations[findingKey(f)] ?? null,
      })),
      unexplained: unexplainedErrors(r.findings, r.explanations).length,
      actions: allowedActions(r.state).filter((a) => mayTake(side, a)),
      publishedUrl: r.published_url,
      revisionId: r.revision_id,
      dueOn,
      updatedAt: r.updated_at,
    };
  }
}

export const actorOf = (side: Side): string => side.name;
