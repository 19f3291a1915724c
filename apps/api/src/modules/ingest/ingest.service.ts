// One report in, one transaction: parse outside the transaction, then store agency, report, revision,
// cells, sections and findings together or not at all.
import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ParsedReport } from '@dh/domain';
import { parseReport, ReportReadError } from '@dh/parser';
import { DataSource } from 'typeorm';
import { agencyTypeOf } from '../agency/agency-type.util';
import { AgencyRepository } from '../agency/agency.repository';
import { ReportRepository } from '../report/report.repository';

export type IngestStatus = 'new' | 'unchanged' | 'new_revision' | 'failed';

export interface IngestInput {
  bytes: Uint8Array;
  fileName: string;
  agencyName?: string;
  year?: number;
  sourceUrl?: string;
  synthetic?: boolean;
}

export interface IngestResult {
  fileName: string;
  status: IngestStatus;
  reportId?: string;
  revisionId?: string;
  agencyName?: string;
  year?: number;
  error?: string;
}

@Injectable()
export class IngestService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly reports: ReportRepository,
    private readonly agencies: AgencyRepository,
  ) {}

  async ingest(input: IngestInput): Promise<IngestResult> {
    let parsed: ParsedReport;
    try {
      parsed = await parseReport({ bytes: input.bytes, fileName: input.fileName });
    } catch (e) {
      if (e instanceof ReportReadError) return { fileName: input.fileName, status: 'failed', error: e.message };
      return { fileName: input.fileName, status: 'failed', error: `${input.fileName}: parse failed: ${(e as Error).message}` };
    }
    const agencyName = input.agencyName ?? parsed.agencyName;
    const year = input.year ?? parsed.year;
    if (!agencyName) return { fileName: input.fileName, status: 'failed', error: `${input.fileName}: no agency name printed or given (--agency)` };
    if (!year) return { fileName: input.fileName, status: 'failed', error: `${input.fileName}: no report year printed or given (--year)` };
    try {
      return await this.store(input, parsed, agencyName, year);
    } catch (e) {
      return { fileName: input.fileName, status: 'failed', agencyName, year, error: `${input.fileName}: not stored: ${(e as Error).message}` };
    }
  }

  private store(input: IngestInput, parsed: ParsedReport, agencyName: string, year: number): Promise<IngestResult> {
    const hash = createHash('sha256').update(input.bytes).digest('hex');
    const synthetic = input.synthetic ?? false;
    return this.ds.transaction(async (em) => {
      await this.reports.lockAgencyYear(em, agencyName, year);
      const agency = (await this.agencies.findByName(em, agencyName))
        ?? (await this.agencies.create(em, { name: agencyName, type: agencyTypeOf(agencyName), status: 'resolved', synthetic }));
      const reportId = await this.reports.findOrCreateReport(em, agency.id, year, synthetic);
      const base = { fileName: input.fileName, reportId, agencyName: agency.name, year };
      const existing = await this.reports.revisionWithHash(em, reportId, hash);
      if (existing) return { ...base, status: 'unchanged' as const, revisionId: existing };
      const rev = await this.reports.insertRevision(em, {
        agencyId: agency.id, reportId, hash, parsed, sourceText: parsed.sourceText, sourceUrl: input.sourceUrl,
        reason: 'ingest',
      });
      await this.reports.insertContent(em, agency.id, rev.id, year, parsed);
      await this.reports.setCurrentRevision(em, reportId, rev.id);
      return { ...base, status: rev.revisionNo === 1 ? 'new' as const : 'new_revision' as const, revisionId: rev.id };
    });
  }
}
