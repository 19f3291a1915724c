import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { byKeys, loaderFor, type GqlContext } from '../../common/graphql/loaders';
import type { ReportFilterInput } from './report-filter.input';
import { ReportRepository, type CellRow, type FindingRow, type ReportRow, type RevisionRow } from './report.repository';
import type {
  CellModel,
  ReportConnectionModel,
  ReportFindingModel,
  ReportModel,
  RevisionModel,
  SectionModel,
  YearCountModel,
} from './report.model';

export const MAX_PAGE = 200;

// On-time is measured from the posting; with only a 落款 date the reader must be told the posting date is unknown.
const signatureOnly = (publishedOn: string | null, signedOn: string | null): boolean =>
  publishedOn === null && signedOn !== null;

function toReportModel(r: ReportRow): ReportModel {
  return {
    id: r.id,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    year: r.year,
    template: r.template,
    publishedOn: r.published_on ?? undefined,
    publishedOnSource: r.published_on_source,
    signedOn: r.signed_on,
    signedOnSource: r.signed_on_source,
    signatureOnly: signatureOnly(r.published_on, r.signed_on),
    firstSeenOn: r.first_seen_on,
    fileName: r.file_name,
    synthetic: r.synthetic,
    revisionId: r.revision_id,
    agencyResolved: r.agency_status !== 'unresolved',
    agencyCandidates: r.agency_candidates,
    keptApartFrom: r.kept_apart_from,
  };
}

const rk = (agencyId: number, revisionId: string): string => `${agencyId}:${revisionId}`;

function toCell(c: CellRow): CellModel {
  const cell = {
    key: c.key,
    section: c.section,
    rowLabel: c.row_label,
    colLabel: c.col_label,
    raw: c.raw,
    value: c.value,
    kind: c.kind,
    unit: c.unit ?? undefined,
    rawUnit: c.raw_unit ?? undefined,
    inferred: c.inferred,
    candidates: c.candidates ?? undefined,
    loc: c.loc,
  };
  if (c.correction_id === null) return { ...cell, corrected: false, publishedValue: c.value, correction: null };
  return {
    ...cell,
    corrected: true,
    publishedValue: c.published_value,
    correction: {
      id: c.correction_id,
      reportId: c.report_id,
      revisionId: c.revision_id,
      key: c.key,
      publishedValue: c.published_value,
      publishedKind: c.published_kind,
      correctedValue: c.corrected_value,
      note: c.note,
      correctedBy: c.corrected_by,
      correctedAt: c.corrected_at,
      withdrawnBy: null,
      withdrawnAt: null,
      withdrawnNote: null,
      active: true,
    },
  };
}

function toFinding(f: FindingRow): ReportFindingModel {
  return {
    id: f.id,
    code: f.code,
    severity: f.severity,
    messageZh: f.message_zh,
    messageEn: f.message_en,
    keys: f.keys ?? undefined,
    status: f.resolved_by ? 'resolved' : f.status,
    resolvedByCorrectionId: f.resolved_by,
    raisedByCorrectionId: f.raised_by,
  };
}

function toRevision(v: RevisionRow): RevisionModel {
  return {
    id: v.id,
    revisionNo: v.revision_no,
    parsedAt: v.parsed_at,
    reason: v.reason,
    template: v.template,
    publishedOn: v.published_on,
    publishedOnSource: v.published_on_source,
    signedOn: v.signed_on,
    signedOnSource: v.signed_on_source,
    signatureOnly: signatureOnly(v.published_on, v.signed_on),
    fileName: v.file_name,
    sourceUrl: v.source_url,
    contentHash: v.content_hash,
    current: v.current,
    sourceKind: v.source_kind,
    cellsRead: v.cells_read,
    cellsUnresolved: v.cells_unresolved,
    errorCount: v.error_count,
  };
}

function encodeCursor(r: ReportRow): string {
  return Buffer.from(JSON.stringify([r.year, r.agency_name, r.id])).toString('base64url');
}

function decodeCursor(c: string): [number, string, string] {
  try {
    const v = JSON.parse(Buffer.from(c, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(v) &&
      v.length === 3 &&
      typeof v[0] === 'number' &&
      typeof v[1] === 'string' &&
      /^\d+$/.test(String(v[2]))
    ) {
      return [v[0], v[1], String(v[2])];
    }
  } catch {
    /* falls through to the error below */
  }
  throw new BadRequestException('invalid cursor');
}

@Injectable()
export class ReportService {
  constructor(private readonly repo: ReportRepository) {}

  years(): Promise<YearCountModel[]> {
    return this.repo.years();
  }

  async page(filter: ReportFilterInput | undefined, first: number, after?: string): Promise<ReportConnectionModel> {
    const n = Math.min(Math.max(first, 1), MAX_PAGE);
    const { rows, total } = await this.repo.page(filter, n, after ? decodeCursor(after) : null);
    const page = rows.slice(0, n);
    return {
      nodes: page.map(toReportModel),
      totalCount: total,
      pageInfo: { hasNextPage: rows.length > n, endCursor: page.length ? encodeCursor(page[page.length - 1]) : null },
    };
  }

  async get(args: { id?: string; agencyName?: string; agencyId?: number; year?: number }): Promise<ReportModel> {
    const row = args.id
      ? await this.repo.byId(args.id)
      : args.agencyId && args.year
        ? await this.repo.byAgencyIdYear(args.agencyId, args.year)
        : args.agencyName && args.year
          ? await this.repo.byAgencyYear(args.agencyName, args.year)
          : null;
    if (!row) throw new NotFoundException(`report not found: ${JSON.stringify(args)}`);
    return toReportModel(row);
  }

  /** The revision to read: current, the one in force at `asOf`, or number `revisionNo`. */
  async revisionFor(r: ReportModel, asOf?: string, revisionNo?: number): Promise<string> {
    if (asOf === undefined && revisionNo === undefined) return r.revisionId;
    if (asOf !== undefined && Number.isNaN(Date.parse(asOf)))
      throw new BadRequestException(`asOf is not a date-time: ${asOf}`);
    const id = await this.repo.revisionAt(r.id, asOf, revisionNo);
    if (!id) throw new NotFoundException(`report ${r.id} has no revision ${revisionNo ?? `as of ${asOf}`}`);
    return id;
  }

  cells(ctx: GqlContext, agencyId: number, revisionId: string): Promise<CellModel[]> {
    return loaderFor<string, CellModel[]>(ctx, 'report.cells', (keys) =>
      this.batch(keys, (a, v) => this.repo.cellsOfMany(a, v), toCell),
    ).load(rk(agencyId, revisionId));
  }

  sections(ctx: GqlContext, r: ReportModel): Promise<SectionModel[]> {
    return loaderFor<string, SectionModel[]>(ctx, 'report.sections', (keys) =>
      this.batch(
        keys,
        (a, v) => this.repo.sectionsOfMany(a, v),
        (s) => ({ no: s.no, title: s.title, text: s.text }),
      ),
    ).load(rk(r.agencyId, r.revisionId));
  }

  findings(ctx: GqlContext, r: ReportModel): Promise<ReportFindingModel[]> {
    return loaderFor<string, ReportFindingModel[]>(ctx, 'report.findings', (keys) =>
      this.batch(keys, (a, v) => this.repo.findingsOfMany(a, v), toFinding),
    ).load(rk(r.agencyId, r.revisionId));
  }

  async sourceText(ctx: GqlContext, r: ReportModel): Promise<string> {
    const texts = await loaderFor<string, string[]>(ctx, 'report.sourceText', (keys) =>
      this.batch(
        keys,
        (a, v) => this.repo.sourceTextsOf(a, v),
        (x) => x.source_text,
      ),
    ).load(rk(r.agencyId, r.revisionId));
    return texts[0] ?? '';
  }

  revisions(ctx: GqlContext, r: ReportModel): Promise<RevisionModel[]> {
    return loaderFor<string, RevisionModel[]>(ctx, 'report.revisions', async (ids) =>
      byKeys(
        ids,
        await this.repo.revisionsOf(ids),
        (v) => v.report_id,
        (vs) => vs.map(toRevision),
        [],
      ),
    ).load(r.id);
  }

  private async batch<R extends { revision_id: string }, T>(
    keys: readonly string[],
    fetch: (a: number[], v: string[]) => Promise<R[]>,
    map: (r: R) => T,
  ): Promise<T[][]> {
    const pairs = keys.map((k) => k.split(':'));
    const rows = await fetch(
      pairs.map((p) => Number(p[0])),
      pairs.map((p) => p[1]),
    );
    // cells carry agency_id; sections/findings are keyed by revision id alone, which is unique anyway.
    return byKeys(
      keys.map((k) => k.split(':')[1]),
      rows,
      (x) => x.revision_id,
      (xs) => xs.map(map),
      [],
    );
  }
}
