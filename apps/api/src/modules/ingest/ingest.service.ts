// Reports in, parsed outside the transaction, then stored with agency, report, revision, cells, sections and findings
// together or not at all. A batch (the CLI, bench:ingest) stores several reports in one transaction and, when that
// fails, each report again in its own: one report's failure stays its own. Same bytes again: nothing added.
import { createHash } from 'node:crypto';
import { HttpException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ParsedReport } from '@dh/domain';
import {
  checkYearTemplate,
  parseReport,
  ReportReadError,
  YEAR_TEMPLATE_CODES,
  type ReportReadReason,
} from '@dh/parser';
import { SYNTH_MARK } from '@dh/synth';
import { DataSource, type EntityManager } from 'typeorm';
import { AgencyAdminService } from '../agency/agency-admin.service';
import { AgencyResolutionService } from '../agency/agency-resolution.service';
import { givenDateProblem } from './given-date.util';
import { qualityOf, whyNotCurrent, type IngestChannel, type KeptCurrentReason } from '../revision/revision-rank';
import { templateKeysOf } from '../scoring-profile/indicators';
import { agencyHintConflict, yearHintConflict, type HintConflict } from './hint-conflict';
import { IngestRepository, type ReportState, type StoredRevision } from './ingest.repository';
import { PendingRevisions } from './pending-revisions';
import type { RevisionDates } from './revision-rows';
import { StoredCopies } from './stored-copies';
import { BatchResolutions } from './batch-resolutions';

export type IngestStatus = 'new' | 'unchanged' | 'new_revision' | 'claimed' | 'failed';

export interface IngestInput {
  bytes: Uint8Array;
  fileName: string;
  /** Hints (--agency/--year/--region, the import form): they fill what the file does not print; a different printed value stops the file. */
  agencyName?: string;
  year?: number;
  /** Region of the body, outermost first (辽宁省, 鞍山市) or just one name. */
  region?: string[];
  sourceUrl?: string;
  /** Publication date known to the uploader (YYYY-MM-DD, checked by the caller): wins over the page's 发布时间. */
  publishedOn?: string;
  synthetic?: boolean;
  /** Why this revision was added, as a code (default: first_ingest / content_changed). */
  reason?: string;
  /** How the bytes came (default batch): an upload ranks below the body's own page (revision-rank.ts). */
  channel?: IngestChannel;
  /** The admin chose the given year and body over the printed ones (after a hint_conflict). */
  override?: boolean;
  /** Who is ingesting, for the admin log of a claim. */
  actor?: string;
}

export interface IngestResult {
  fileName: string;
  status: IngestStatus;
  reportId?: string;
  revisionId?: string;
  agencyName?: string;
  agencyResolved?: boolean;
  year?: number;
  /** This revision is the report's current one (a worse copy is stored but does not become current). */
  current?: boolean;
  /** Why a new revision did not become current: the current one is better on this rule. */
  notCurrentReason?: KeptCurrentReason;
  /** Same bytes as a stored revision that is not current: an admin may make it current (mutation setCurrentRevision). */
  canMakeCurrent?: boolean;
  /** A new report whose bytes are also stored under another body (as that body's report of `year`). */
  sameBytesAs?: { reportId: string; agencyName: string; year: number };
  /** hint_conflict: the value given and the value printed. */
  conflict?: HintConflict;
  error?: string;
  /** Why it failed, as a code a client can word in its own language (the parser's read reasons, then the store's). */
  errorCode?: IngestErrorCode;
}

export type IngestErrorCode =
  ReportReadReason | 'parse_failed' | 'no_template' | 'no_year' | 'not_stored' | 'hint_conflict' | 'claim_refused';

/** Publication date: given at ingest, else the page's 发布时间; the 落款 date is kept beside it, never in its place. */
export function revisionDates(
  given: string | undefined,
  parsed: Pick<ParsedReport, 'publishedOn' | 'signedOn'>,
): RevisionDates {
  const publishedOn = given ?? parsed.publishedOn ?? null;
  return {
    publishedOn,
    publishedOnSource: given ? 'given' : publishedOn ? 'page' : null,
    signedOn: parsed.signedOn ?? null,
    signedOnSource: parsed.signedOn ? 'signature' : null,
  };
}

export const failed = (
  fileName: string,
  errorCode: IngestErrorCode,
  error: string,
  extra: Partial<IngestResult> = {},
): IngestResult => ({ fileName, status: 'failed', error: `${fileName}: ${error}`, errorCode, ...extra });

const conflictFailure = (f: string, c: HintConflict): IngestResult =>
  failed(
    f,
    'hint_conflict',
    `the file prints ${c.field} "${c.printed}" but "${c.given}" was given; nothing stored (upload again with override to keep the given value, ` +
      'or without it to keep the printed one)',
    { conflict: c },
  );

/** A file's parse failure as its result: the parser's own refusal keeps its reason. */
export const parseFailure = (fileName: string, e: Error): IngestResult =>
  e instanceof ReportReadError
    ? { fileName, status: 'failed', error: e.message, errorCode: e.reason }
    : failed(fileName, 'parse_failed', `parse failed: ${e.message}`);

/** What a batch's transaction keeps from file to file: revisions not yet written, stored copies by hash, bodies resolved. */
interface BatchState {
  pending: PendingRevisions;
  copies: StoredCopies;
  bodies: BatchResolutions;
}

/** A file that passed the checks before the transaction: the year it is stored under, the report as stored, its bytes' hash. */
interface Checked {
  input: IngestInput;
  parsed: ParsedReport;
  year: number;
  hash: string;
}

/** Throws nothing: every problem becomes a failed result whose error names the file. */
@Injectable()
export class IngestService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly reports: IngestRepository,
    private readonly resolution: AgencyResolutionService,
    private readonly admin: AgencyAdminService,
  ) {}

  async ingest(
    input: IngestInput,
    parse: (i: { bytes: Uint8Array; fileName: string }) => Promise<ParsedReport> = parseReport,
  ): Promise<IngestResult> {
    let parsed: ParsedReport;
    try {
      parsed = await parse({ bytes: input.bytes, fileName: input.fileName });
    } catch (e) {
      return parseFailure(input.fileName, e as Error);
    }
    return this.storeParsed(input, parsed);
  }

  /** The store step alone (the benchmark times it apart from parsing). */
  async storeParsed(input: IngestInput, parsed: ParsedReport): Promise<IngestResult> {
    return (await this.storeBatch([{ input, parsed }]))[0];
  }

  /**
   * Several parsed files (or their parse errors), stored in one transaction: one commit and one write statement for
   * the batch instead of per file. Results come back in the order given. If the transaction fails (a database error,
   * a deadlock with another batch), nothing of it stays and each file is stored again alone, so the file at fault
   * fails by itself and the others are stored as they would have been one by one.
   */
  async storeBatch(items: { input: IngestInput; parsed: ParsedReport | Error }[]): Promise<IngestResult[]> {
    const results: IngestResult[] = new Array(items.length);
    const todo: (Checked & { index: number })[] = [];
    items.forEach(({ input, parsed }, index) => {
      const c = parsed instanceof Error ? parseFailure(input.fileName, parsed) : this.check(input, parsed);
      if ('status' in c) results[index] = c;
      else todo.push({ ...c, index });
    });
    const stored = await this.commit(todo);
    todo.forEach((t, k) => {
      results[t.index] = stored[k];
    });
    return results;
  }

  private check(input: IngestInput, parsed: ParsedReport): Checked | IngestResult {
    const f = input.fileName;
    if (parsed.template === 'unknown' && parsed.cells.length === 0)
      return failed(f, 'no_template', 'no table of the 2019 or 2021 template found (unknown template)');
    const dateProblem = input.publishedOn ? givenDateProblem(input.publishedOn) : null;
    if (dateProblem) return failed(f, 'not_stored', `publishedOn: ${dateProblem}`);
    const yearConflict = input.override ? null : yearHintConflict(input.year, parsed.year);
    if (yearConflict) return conflictFailure(f, yearConflict);
    // The printed year counts unless the admin overrode it; a given year fills the gap when none is printed.
    const year = (input.override ? input.year : undefined) ?? parsed.year ?? input.year;
    if (!year)
      return failed(
        f,
        'no_year',
        'no report year printed or given (give it: --year on the command line, the year box on the import page)',
      );
    // The year-against-tables findings are the parser's for the printed year; the stored year may differ.
    const report =
      year === parsed.year
        ? parsed
        : {
            ...parsed,
            findings: [
              ...parsed.findings.filter((x) => !YEAR_TEMPLATE_CODES.includes(x.code)),
              ...checkYearTemplate(year, parsed.template),
            ],
          };
    return { input, parsed: report, year, hash: createHash('sha256').update(input.bytes).digest('hex') };
  }

  private async commit(todo: Checked[]): Promise<IngestResult[]> {
    if (!todo.length) return [];
    // Every commit waits for its WAL flush, batches too: a file answered "new" is there after a server crash.
    try {
      return await this.ds.transaction(async (em) => {
        const ids = await this.reports.lockContents(
          em,
          todo.map((t) => t.hash),
        );
        const copies = await StoredCopies.read(
          em,
          this.reports,
          todo.map((t) => t.hash),
        );
        const pending = new PendingRevisions(em, this.reports, ids);
        const bodies = new BatchResolutions(em, this.resolution);
        const out: IngestResult[] = [];
        for (const t of todo) out.push(await this.store(em, { pending, copies, bodies }, t));
        await pending.flush();
        return out;
      });
    } catch (e) {
      if (todo.length === 1)
        return [failed(todo[0].input.fileName, 'not_stored', `not stored: ${(e as Error).message}`)];
      const out: IngestResult[] = [];
      for (const t of todo) out.push(...(await this.commit([t])));
      return out;
    }
  }

  private async store(em: EntityManager, batch: BatchState, t: Checked): Promise<IngestResult> {
    const { input, parsed, year, hash } = t;
    const { pending, copies, bodies } = batch;
    // Generated demo files say so in their text; they are kept apart from real reports.
    const synthetic = input.synthetic ?? parsed.sourceText.includes(SYNTH_MARK);
    // Earlier files of the batch are written before anything that must see them: the same bytes (idempotency).
    if (pending.has((p) => p.hash === hash)) await pending.flush();
    if (input.agencyName && !input.override) {
      const c = await agencyHintConflict(input.agencyName, parsed.agencyName, (n) =>
        this.resolution.lookup(em, n, input.region),
      );
      if (c) return conflictFailure(input.fileName, c);
    }
    const stored = await copies.of(hash);
    const same = await this.sameFile(em, input, stored);
    if (same) {
      // A claim moves a report with all its revisions' rows: none of them may still be pending.
      await pending.flush();
      const again = await this.again(em, input, parsed, same, synthetic);
      // A claim (or a refused one) may have moved rows: what the batch read before is read again.
      if (again.status !== 'unchanged') {
        copies.moved();
        bodies.forget();
      }
      return again;
    }
    // The bytes are stored under another body, and this file is given for a body of its own: it becomes that body's
    // report (below), and the answer names the other copy so an admin can see whether one of the two is misfiled.
    const elsewhere = stored[0];
    const res = await bodies.resolve(
      { given: input.agencyName, printed: parsed.agencyName, fileName: input.fileName, regionPath: input.region },
      synthetic,
    );
    const state = await this.report(em, pending, res.agency.id, year, synthetic, res.candidates);
    const reportId = state.reportId;
    const quality = qualityOf(parsed, input.channel ?? 'batch');
    const notCurrentReason = state.current ? (whyNotCurrent(quality, state.current) ?? undefined) : undefined;
    const given =
      input.agencyName || input.year || input.region || input.sourceUrl || input.publishedOn
        ? {
            agency: input.agencyName,
            year: input.year,
            region: input.region,
            url: input.sourceUrl,
            publishedOn: input.publishedOn,
            override: input.override || undefined,
          }
        : null;
    const revisionNo = state.lastRevisionNo + 1;
    const id = pending.nextId();
    copies.written(hash);
    pending.add({
      id,
      agencyId: res.agency.id,
      reportId,
      revisionNo,
      year,
      hash,
      parsed,
      sourceUrl: input.sourceUrl,
      reason: input.reason,
      agencyMatch: res.match,
      given,
      quality,
      makeCurrent: !notCurrentReason,
      dates: revisionDates(input.publishedOn, parsed),
      templateKeys: templateKeysOf(parsed.template),
    });
    return {
      fileName: input.fileName,
      status: revisionNo === 1 ? 'new' : 'new_revision',
      reportId,
      revisionId: id,
      agencyName: res.agency.name,
      agencyResolved: res.match !== 'unresolved',
      year,
      current: !notCurrentReason,
      notCurrentReason,
      sameBytesAs: elsewhere
        ? { reportId: elsewhere.report_id, agencyName: elsewhere.agency_name, year: elsewhere.year }
        : undefined,
    };
  }

  /** The report a new revision goes to, with its numbering and current copy; a report created now has neither. */
  private async report(
    em: EntityManager,
    pending: PendingRevisions,
    agencyId: number,
    year: number,
    synthetic: boolean,
    candidates: string[] | null,
  ): Promise<ReportState & { reportId: string }> {
    const created = await this.reports.createReport(em, agencyId, year, synthetic, candidates);
    if (created) return { reportId: created, lastRevisionNo: 0, current: null };
    const reportId = await this.reports.findOrCreateReport(em, agencyId, year, synthetic, candidates);
    // Another revision of this report earlier in the batch: numbering and the current choice weigh this one against it.
    if (pending.has((p) => p.reportId === reportId)) await pending.flush();
    // findOrCreateReport locked the report row: the current revision cannot change under us.
    return { reportId, ...(await this.reports.reportState(em, reportId)) };
  }

  /**
   * Which stored copy of these bytes is "this file again". Idempotency is per body: without a body given, the file's
   * printed name decides as it did the first time, so any copy is; with one given, the copy under that body is, else a
   * copy waiting to be claimed (naming the body claims it). A copy under another known body is not: a body's upload
   * must not answer "unchanged" with someone else's report (two bodies may publish one joint report, or one of the
   * two was filed wrongly; either way this body's copy is its own, and the result says where the other one is).
   */
  private async sameFile(
    em: EntityManager,
    input: IngestInput,
    stored: StoredRevision[],
  ): Promise<StoredRevision | null> {
    if (!stored.length) return null;
    const given = input.agencyName?.replace(/\s+/g, '');
    if (!given) return stored[0];
    const body = await this.resolution.lookup(em, given, input.region);
    return stored.find((s) => s.agency_id === body) ?? stored.find((s) => s.agency_status === 'unresolved') ?? null;
  }

  /** Bytes already stored. Naming the body of a report that waits to be claimed claims it; otherwise nothing changes. */
  private async again(
    em: EntityManager,
    input: IngestInput,
    parsed: ParsedReport,
    same: StoredRevision,
    synthetic: boolean,
  ): Promise<IngestResult> {
    const base = { fileName: input.fileName, reportId: same.report_id, revisionId: same.id, year: same.year };
    if (same.agency_status === 'unresolved' && input.agencyName) {
      const res = await this.resolution.resolve(
        em,
        {
          given: input.agencyName,
          printed: parsed.agencyName,
          fileName: input.fileName,
          regionPath: input.region,
        },
        synthetic,
      );
      let moved;
      try {
        // Moving onto a year the body already has asks the admin (the report page's claim form); a re-import cannot.
        moved = await this.admin.moveIn(
          em,
          same.report_id,
          res.agency.id,
          input.actor ?? 'ingest',
          undefined,
          'claim_report',
        );
      } catch (e) {
        if (!(e instanceof HttpException)) throw e;
        return failed(input.fileName, 'claim_refused', `not claimed: ${e.message}`, {
          ...base,
          agencyName: same.agency_name,
          agencyResolved: false,
        });
      }
      return {
        ...base,
        status: 'claimed',
        reportId: moved.reportId,
        agencyName: res.agency.name,
        agencyResolved: true,
        current: same.current,
      };
    }
    return {
      ...base,
      status: 'unchanged',
      agencyName: same.agency_name,
      agencyResolved: same.agency_status !== 'unresolved',
      current: same.current,
      canMakeCurrent: same.current ? undefined : true,
    };
  }
}
