// Typed operations of the Report page.
import type { ReportCell, ReportFinding } from '../features/report/pivot';
import { gql } from './graphql';

export interface ReportListItem { id: string; agencyName: string; year: number; synthetic: boolean }
export interface Revision {
  id: string; revisionNo: number; parsedAt: string; reason: string; template: string; publishedOn: string | null; publishedOnSource: string | null;
  signedOn: string | null; signatureOnly: boolean; fileName: string; contentHash: string; current: boolean; sourceKind: string; cellsRead: number;
}
export interface ReportDetail {
  id: string; agencyName: string; year: number; template: string; publishedOn: string | null; publishedOnSource: string | null;
  signedOn: string | null; signatureOnly: boolean; fileName: string; synthetic: boolean;
  agencyResolved: boolean; agencyCandidates: string[] | null; keptApartFrom: string | null;
  cells: ReportCell[]; revisions: Revision[]; sections: { no: number; title: string; text: string }[]; findings: ReportFinding[];
  sourceText: string; corrections: CellCorrection[];
}
export interface CellCorrection {
  id: string; key: string; publishedValue: number | null; correctedValue: number; note: string; correctedBy: string; correctedAt: string;
  withdrawnBy: string | null; withdrawnAt: string | null; withdrawnNote: string | null; active: boolean;
}
const CORRECTION = 'id key publishedValue correctedValue note correctedBy correctedAt withdrawnBy withdrawnAt withdrawnNote active';

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
    id agencyName year template publishedOn publishedOnSource signedOn signatureOnly fileName synthetic agencyResolved agencyCandidates keptApartFrom
    cells { key section rowLabel colLabel raw value kind unit rawUnit inferred candidates corrected publishedValue correction { id note correctedBy correctedAt } }
    corrections { ${CORRECTION} }
    revisions { id revisionNo parsedAt reason template publishedOn publishedOnSource signedOn signatureOnly fileName contentHash current sourceKind cellsRead }
    sections { no title text } sourceText
    findings { id code severity messageZh messageEn keys status resolvedByCorrectionId raisedByCorrectionId } } }`, { id });
  return d.report;
}

export async function getRevisionCells(id: string, revisionNo: number): Promise<ReportCell[]> {
  const d = await gql<{ report: { cells: ReportCell[] } }>(`query RevisionCells($id: ID, $rev: Int) { report(id: $id) {
    cells(revisionNo: $rev) { key section rowLabel colLabel raw value kind unit rawUnit inferred candidates } } }`, { id, rev: revisionNo });
  return d.report.cells;
}

export type MoveMode = 'as_revision' | 'replace' | 'keep_apart';
export interface MoveResult { reportId: string; joined: boolean; keptApart: boolean }

/**
 * Admin: the report (all its revisions) to another body; answers the report's id afterwards (joined if that body had
 * one). Without a mode, a body that already has the year refuses with a message starting "mode:".
 */
export async function moveReport(reportId: string, toAgencyId: number, mode?: MoveMode): Promise<MoveResult> {
  const d = await gql<{ moveReport: MoveResult }>(
    'mutation MoveReport($r: ID!, $a: Int!, $m: MoveMode) { moveReport(reportId: $r, toAgencyId: $a, mode: $m) { reportId joined keptApart } }',
    { r: reportId, a: toAgencyId, m: mode ?? null });
  return d.moveReport;
}

/** Admin: make a revision the report's current one (logged on the server). */
export async function setCurrentRevision(revisionId: string): Promise<{ reportId: string; revisionNo: number }> {
  const d = await gql<{ setCurrentRevision: { reportId: string; revisionNo: number } }>(
    'mutation SetCurrentRevision($id: ID!) { setCurrentRevision(revisionId: $id) { reportId revisionNo } }', { id: revisionId });
  return d.setCurrentRevision;
}

/** Admin: correct a cell of the report's current revision (the published value is kept; logged on the server). */
export async function correctCell(reportId: string, key: string, value: number, note: string): Promise<CellCorrection> {
  const d = await gql<{ correctCell: CellCorrection }>(
    `mutation CorrectCell($r: ID!, $k: String!, $v: Float!, $n: String!) { correctCell(reportId: $r, key: $k, value: $v, note: $n) { ${CORRECTION} } }`,
    { r: reportId, k: key, v: value, n: note });
  return d.correctCell;
}

/** Admin: withdraw a correction; the published value counts again (logged on the server). */
export async function withdrawCorrection(id: string, note?: string): Promise<CellCorrection> {
  const d = await gql<{ withdrawCorrection: CellCorrection }>(
    `mutation WithdrawCorrection($id: ID!, $n: String) { withdrawCorrection(correctionId: $id, note: $n) { ${CORRECTION} } }`, { id, n: note ?? null });
  return d.withdrawCorrection;
}
