// The steps after a draft: the bureau submits (every error fixed or explained), the office returns it with comments
// tied to cells or findings, or accepts it — an accepted submission is ingested as a report revision whose source is
// the submission (revision-rank.ts ranks it below the body's own page, above an admin's upload) — and it is published.
// Every step is logged with who and when.
import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  SUBMISSION_STATES,
  diffCells,
  findingKey,
  nextSubmissionState,
  unexplainedErrors,
  type SubmissionAction,
  type SubmissionState,
} from '@dh/domain';
import { DataSource } from 'typeorm';
import { IngestService } from '../ingest/ingest.service';
import { DeadlineService } from '../roster/deadline.service';
import { requireSide, scopeOf, type Side } from './submission-access';
import type { SubmissionDetailModel, SubmissionModel } from './submission.model';
import { SubmissionRepository, type SubmissionRow } from './submission.repository';
import { actorOf, SubmissionService } from './submission.service';

const STATE_ORDER: SubmissionState[] = ['submitted', 'returned', 'draft', 'accepted', 'published'];

@Injectable()
export class SubmissionReviewService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly repo: SubmissionRepository,
    private readonly submissions: SubmissionService,
    private readonly ingest: IngestService,
    private readonly deadlines: DeadlineService,
  ) {}

  /** One step under a row lock: the state is read and changed in one transaction, so two reviewers cannot both act. */
  private async step(
    side: Side,
    id: number,
    action: SubmissionAction,
    check: (
      row: SubmissionRow,
    ) => Promise<{ comments?: { target: string; text: string }[]; revisionId?: string; publishedUrl?: string } | void>,
  ): Promise<SubmissionModel> {
    requireSide(side, action);
    await this.submissions.get(side, id);
    await this.ds.transaction(async (em) => {
      const row = (await this.repo.lock(em, id, scopeOf(side)))!;
      const to = nextSubmissionState(row.state, action);
      if (!to) throw new BadRequestException(`state: cannot ${action} a submission that is ${row.state}`);
      const extra = (await check(row)) ?? {};
      await this.repo.setState(em, id, to, extra);
      await this.repo.addEvent(em, {
        submissionId: id,
        actor: actorOf(side),
        action,
        from: row.state,
        to,
        comments: extra.comments,
        cells: action === 'submit' ? row.cells : undefined,
      });
    });
    return this.submissions.one(side, id);
  }

  submit(side: Side, id: number): Promise<SubmissionModel> {
    return this.step(side, id, 'submit', async (row) => {
      const open = unexplainedErrors(row.findings, row.explanations);
      if (open.length) {
        throw new BadRequestException(
          `explanations: ${open.length} failed check(s) must be fixed or explained before submitting: ${open.map(findingKey).join('; ')}`,
        );
      }
    });
  }

  returnWithComments(side: Side, id: number, comments: { target: string; text: string }[]): Promise<SubmissionModel> {
    return this.step(side, id, 'return', async (row) => {
      const kept = comments.map((c) => ({ target: c.target.trim(), text: c.text.trim() })).filter((c) => c.text);
      if (!kept.length)
        throw new BadRequestException('comments: say what the bureau must correct (at least one comment with text)');
      const targets = new Set(['', ...row.cells.map((c) => c.key), ...row.findings.map(findingKey)]);
      const bad = kept.find((c) => !targets.has(c.target));
      if (bad)
        throw new BadRequestException(
          `comments.target: "${bad.target}" is neither a cell nor a finding of this submission`,
        );
      return { comments: kept };
    });
  }

  /**
   * Accepting stores the submitted bytes as a revision (source: submission), so compare, trends and ranking use it.
   * The ingest runs before the state changes, not inside its transaction: it has its own, and on the embedded database
   * a second transaction waiting on the first would never start. Storing the same bytes twice adds nothing, so a race
   * between two reviewers costs nothing but the loser's "cannot accept" answer.
   */
  async accept(side: Side, id: number): Promise<SubmissionModel> {
    requireSide(side, 'accept');
    const row = await this.submissions.get(side, id);
    if (!nextSubmissionState(row.state, 'accept'))
      throw new BadRequestException(`state: cannot accept a submission that is ${row.state}`);
    const content = (await this.repo.content(this.ds, id, null))!;
    const r = await this.ingest.ingest({
      bytes: new Uint8Array(content.content),
      fileName: content.file_name,
      agencyName: row.agency_name,
      year: row.year,
      channel: 'submission',
      override: true,
      actor: actorOf(side),
      reason: 'accepted_submission',
    });
    if (r.status === 'failed') throw new BadRequestException(`submission: could not be stored as a report: ${r.error}`);
    return this.step(side, id, 'accept', async () => ({ revisionId: r.revisionId }));
  }

  publish(side: Side, id: number, url: string): Promise<SubmissionModel> {
    return this.step(side, id, 'publish', async () => ({ publishedUrl: url }));
  }

  /**
   * The publication check found the body's report on its 年报栏目: an accepted submission of that body and year is
   * then 已公开 at that address, logged as the check's step. Any other state is left alone (the bureau has not been
   * accepted yet, or it is published already). Returns whether it changed.
   */
  async publishedOnSite(agencyId: number, year: number, url: string): Promise<boolean> {
    // One statement, no explicit transaction: the monitor checks bodies side by side.
    const from = SUBMISSION_STATES.filter((st) => nextSubmissionState(st, 'publish') === 'published');
    return this.repo.publishIf(this.ds, agencyId, year, from, url, 'publication check');
  }

  async queue(side: Side, year: number, states: SubmissionState[] | null): Promise<SubmissionModel[]> {
    requireSide(side, 'accept');
    const [rows, dueOf] = await Promise.all([this.repo.queue(this.ds, year, states), this.deadlines.dueOf(year)]);
    const views = rows.map((r) => this.submissions.view(r, side, dueOf(r.kind, r.level)));
    return views.sort(
      (a, b) =>
        STATE_ORDER.indexOf(a.state as SubmissionState) - STATE_ORDER.indexOf(b.state as SubmissionState) ||
        (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'),
    );
  }

  async detail(side: Side, id: number): Promise<SubmissionDetailModel> {
    const submission = await this.submissions.one(side, id);
    const row = await this.submissions.get(side, id);
    const [events, previous, lastYear] = await Promise.all([
      this.repo.events(this.ds, id),
      this.repo.previousSubmitted(this.ds, id),
      this.repo.reportCells(this.ds, row.agency_id, row.year - 1),
    ]);
    return {
      submission,
      events: events.map((e) => ({
        at: e.at,
        actor: e.actor,
        action: e.action,
        fromState: e.from_state,
        toState: e.to_state,
        comments: e.comments,
      })),
      sincePreviousSubmission: previous ? diffCells(previous, row.cells) : null,
      sinceLastYear: lastYear.length
        ? diffCells(
            lastYear,
            row.cells.filter((c) => lastYear.some((l) => l.key === c.key)),
          )
        : null,
    };
  }
}
