// Typed operations of the Report page.
import type { ReportCell, ReportFinding } from '../features/report/pivot';
import { gql } from './graphql';

export interface ReportListItem { id: string; agencyName: string; year: number; synthetic: boolean }
export interface Revision {
  id: string; revisionNo: number; parsedAt: string; reason: string; template: string; publishedOn: string | null; publishedOnSource: string | null;
  signedOn: string | null; signatureOnly: boolean; fileName: string; contentHash: string; current: boolean;
}
export interface ReportDetail {
  id: string; agencyName: string; year: number; template: string; publishedOn: string | null; publishedOnSource: string | null;
  signedOn: string | null; signatureOnly: boolean; fileName: string; synthetic: boolean;
  agencyResolved: boolean; agencyCandidates: string[] | null;
  cells: ReportCell[]; revisions: Revision[]; sections: { no: number; title: string; text: string }[]; findings: ReportFinding[];
  sourceText: string;
}

export async function listReports(): Promise<ReportListItem[]> {
  // Cursor pages of 200 (the API's cap) until done; the picker lists every report.
  const out: ReportListItem[] = [];
  let after: string | null = null;
  for (let i = 0; i < 50; i++) {
    const d: { reports: { nodes: ReportListItem[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await gql(
      'query ReportList($after: String) { reports(first: 200, after: $after) { nodes { id agencyName year synthetic } pageInfo { hasNextPage endCursor } } }', { after });
    out.push(...d.reports.nodes);
    if (!d.reports.pageInfo.hasNextPage) break;
    after = d.reports.pageInfo.endCursor;
  }
  return out;
}

export async function getReport(id: string): Promise<ReportDetail> {
  const d = await gql<{ report: ReportDetail }>(`query ReportDetail($id: ID) { report(id: $id) {
    id agencyName year template publishedOn publishedOnSource signedOn signatureOnly fileName synthetic agencyResolved agencyCandidates
    cells { key section rowLabel colLabel raw value kind unit rawUnit inferred candidates }
    revisions { id revisionNo parsedAt reason template publishedOn publishedOnSource signedOn signatureOnly fileName contentHash current }
    sections { no title text } sourceText
    findings { id code severity messageZh messageEn keys status } } }`, { id });
  return d.report;
}

export async function getRevisionCells(id: string, revisionNo: number): Promise<ReportCell[]> {
  const d = await gql<{ report: { cells: ReportCell[] } }>(`query RevisionCells($id: ID, $rev: Int) { report(id: $id) {
    cells(revisionNo: $rev) { key section rowLabel colLabel raw value kind unit rawUnit inferred candidates } } }`, { id, rev: revisionNo });
  return d.report.cells;
}

/** Admin: the report (all its revisions) to another body; answers the report's id afterwards (joined if that body had one). */
export async function moveReport(reportId: string, toAgencyId: number): Promise<{ reportId: string; joined: boolean }> {
  const d = await gql<{ moveReport: { reportId: string; joined: boolean } }>(
    'mutation MoveReport($r: ID!, $a: Int!) { moveReport(reportId: $r, toAgencyId: $a) { reportId joined } }', { r: reportId, a: toAgencyId });
  return d.moveReport;
}
