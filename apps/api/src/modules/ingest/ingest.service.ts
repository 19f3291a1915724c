// One report in, one transaction: parse outside the transaction, then store agency, report, revision,
// cells, sections and findings together or not at all. Same bytes again: nothing added.
import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ParsedReport } from '@dh/domain';
import { parseReport, ReportReadError, type ReportReadReason } from '@dh/parser';
import { SYNTH_MARK } from '@dh/synth';
import { DataSource } from 'typeorm';
import { AgencyResolutionService } from '../agency/agency-resolution.service';
import { givenDateProblem } from './given-date.util';
import { IngestRepository, type RevisionDates } from './ingest.repository';

export type IngestStatus = 'new' | 'unchanged' | 'new_revision' | 'failed';

export interface IngestInput {
  bytes: Uint8Array;
  fileName: string;
  agencyName?: string;
  year?: number;
  /** Region of the body, outermost first (辽宁省, 鞍山市) or just one name. */
  region?: string[];
  sourceUrl?: string;
  /** Publication date known to the uploader (YYYY-MM-DD, checked by the caller): wins over the page's 发布时间. */
  publishedOn?: string;
  synthetic?: boolean;
  /** Why this revision was added (default: first ingest / content changed). */
  reason?: string;
  /** Part of a batch that is rerun after a crash (CLI, benchmark): the commit does not wait for the WAL flush. */
  batch?: boolean;
}

export interface IngestResult {
  fileName: string;
  status: IngestStatus;
  reportId?: string;
  revisionId?: string;
  agencyName?: string;
  agencyResolved?: boolean;
  year?: number;
  error?: string;
  /** Why it failed, as a code a client can word in its own language (the parser's read reasons, then the store's). */
  errorCode?: IngestErrorCode;
}

export type IngestErrorCode = ReportReadReason | 'parse_failed' | 'no_template' | 'no_year' | 'not_stored';

/** Publication date: given at ingest, else the page's 发布时间; the 落款 date is kept beside it, never in its place. */
export function revisionDates(given: string | undefined, parsed: Pick<ParsedReport, 'publishedOn' | 'signedOn'>): RevisionDates {
  const publishedOn = given ?? parsed.publishedOn ?? null;
  return {
    publishedOn, publishedOnSource: given ? 'given' : publishedOn ? 'page' : null,
    signedOn: parsed.signedOn ?? null, signedOnSource: parsed.signedOn ? 'signature' : null,
  };
}

const failed = (fileName: string, errorCode: IngestErrorCode, error: string): IngestResult =>
  ({ fileName, status: 'failed', error: `${fileName}: ${error}`, errorCode });

/** Throws nothing: every problem becomes a failed result whose error names the file. */
@Injectable()
export class IngestService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly reports: IngestRepository,
    private readonly resolution: AgencyResolutionService,
  ) {}

  async ingest(input: IngestInput, parse: (i: { bytes: Uint8Array; fileName: string }) => Promise<ParsedReport> = parseReport): Promise<IngestResult> {
    let parsed: ParsedReport;
    try {
      parsed = await parse({ bytes: input.bytes, fileName: input.fileName });
    } catch (e) {
      if (e instanceof ReportReadError) return { fileName: input.fileName, status: 'failed', error: e.message, errorCode: e.reason };
      return failed(input.fileName, 'parse_failed', `parse failed: ${(e as Error).message}`);
    }
    return this.storeParsed(input, parsed);
  }

  /** The store step alone (the benchmark times it apart from parsing). */
  async storeParsed(input: IngestInput, parsed: ParsedReport): Promise<IngestResult> {
    const f = input.fileName;
    if (parsed.template === 'unknown' && parsed.cells.length === 0) return failed(f, 'no_template', 'no table of the 2019 or 2021 template found (unknown template)');
    const dateProblem = input.publishedOn ? givenDateProblem(input.publishedOn) : null;
    if (dateProblem) return failed(f, 'not_stored', `publishedOn: ${dateProblem}`);
    const year = input.year ?? parsed.year;
    if (!year) return failed(f, 'no_year', 'no report year printed or given (give it: --year on the command line, the year box on the import page)');
    try {
      return await this.store(input, parsed, year);
    } catch (e) {
      return failed(f, 'not_stored', `not stored: ${(e as Error).message}`);
    }
  }

  private store(input: IngestInput, parsed: ParsedReport, year: number): Promise<IngestResult> {
    const hash = createHash('sha256').update(input.bytes).digest('hex');
    // Generated demo files say so in their text; they are kept apart from real reports.
    const synthetic = input.synthetic ?? parsed.sourceText.includes(SYNTH_MARK);
    // Batches commit with synchronous_commit off: a server crash can lose only the last few commits (under a second of
    // WAL), each whole, never half a report; the client was told "new", and the rerun a crashed batch needs anyway
    // stores them again (by content hash, everything else is "unchanged"). Uploads keep the flush: nobody reruns them.
    return this.ds.transaction(async (em) => {
      await this.reports.lockContent(em, hash, input.batch === true);
      const same = await this.reports.revisionWithHash(em, hash);
      if (same) {
        return { fileName: input.fileName, status: 'unchanged' as const, reportId: same.report_id, revisionId: same.id, agencyName: same.agency_name, year: same.year };
      }
      const res = await this.resolution.resolve(em, {
        given: input.agencyName, printed: parsed.agencyName, fileName: input.fileName, regionPath: input.region,
      }, synthetic);
      const reportId = await this.reports.findOrCreateReport(em, res.agency.id, year, synthetic, res.candidates);
      const given = input.agencyName || input.year || input.region || input.sourceUrl || input.publishedOn
        ? { agency: input.agencyName, year: input.year, region: input.region, url: input.sourceUrl, publishedOn: input.publishedOn } : null;
      const rev = await this.reports.insertRevision(em, {
        agencyId: res.agency.id, reportId, year, hash, parsed, sourceUrl: input.sourceUrl, reason: input.reason, agencyMatch: res.match, given,
        dates: revisionDates(input.publishedOn, parsed),
      });
      return {
        fileName: input.fileName, status: rev.revisionNo === 1 ? 'new' as const : 'new_revision' as const, reportId, revisionId: rev.id,
        agencyName: res.agency.name, agencyResolved: res.match !== 'unresolved', year,
      };
    });
  }
}
