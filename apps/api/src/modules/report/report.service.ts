import { Injectable, NotFoundException } from '@nestjs/common';
import { ReportRepository, type ReportRow } from './report.repository';
import type { CellModel, ReportFindingModel, ReportModel, SectionModel } from './report.model';

function toReportModel(r: ReportRow): ReportModel {
  return {
    id: r.id, agencyId: r.agency_id, agencyName: r.agency_name, year: r.year, template: r.template,
    publishedOn: r.published_on ?? undefined, fileName: r.file_name, synthetic: r.synthetic, revisionId: r.revision_id,
  };
}

type Raw = Record<string, unknown>;

@Injectable()
export class ReportService {
  constructor(private readonly repo: ReportRepository) {}

  async list(year?: number): Promise<ReportModel[]> {
    return (await this.repo.list(year)).map(toReportModel);
  }

  async get(args: { id?: string; agencyName?: string; year?: number }): Promise<ReportModel> {
    const row = args.id ? await this.repo.byId(args.id)
      : args.agencyName && args.year ? await this.repo.byAgencyYear(args.agencyName, args.year) : null;
    if (!row) throw new NotFoundException(`report not found: ${JSON.stringify(args)}`);
    return toReportModel(row);
  }

  async cells(r: ReportModel): Promise<CellModel[]> {
    const rows: Raw[] = await this.repo.cellsOf(r.agencyId, r.revisionId);
    return rows.map((c) => ({
      key: c.key as string, section: c.section as string, rowLabel: c.row_label as string, colLabel: c.col_label as string,
      raw: c.raw as string, value: c.value as number | null, kind: c.kind as string, unit: (c.unit as string) ?? undefined,
      rawUnit: (c.raw_unit as string) ?? undefined, inferred: c.inferred as boolean, candidates: (c.candidates as number[]) ?? undefined,
      loc: c.loc,
    }));
  }

  sections(r: ReportModel): Promise<SectionModel[]> {
    return this.repo.sectionsOf(r.agencyId, r.revisionId);
  }

  async findings(r: ReportModel): Promise<ReportFindingModel[]> {
    const rows: Raw[] = await this.repo.findingsOf(r.agencyId, r.revisionId);
    return rows.map((f) => ({
      id: f.id as string, code: f.code as string, severity: f.severity as string, messageZh: f.message_zh as string,
      messageEn: f.message_en as string, keys: (f.keys as string[]) ?? undefined, status: f.status as string,
    }));
  }
}
