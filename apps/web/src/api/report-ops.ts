// Operations of the Report page; types generated from apps/api/schema.gql (generated.ts).
import type * as G from './generated';
import { gql } from './graphql';

export type ReportListItem = G.ReportListQuery['reports']['nodes'][number];
export type ReportDetail = G.ReportDetailQuery['report'];
export type Revision = ReportDetail['revisions'][number];
export type CellCorrection = G.CorrectionFieldsFragment;
const CORRECTION = /* GraphQL */ `fragment CorrectionFields on CellCorrection {
  id key publishedValue correctedValue note correctedBy correctedAt withdrawnBy withdrawnAt withdrawnNote active }`;

/**
 * The report picker's search: reports of bodies whose name (or alias) contains `search`, at most `first` (the API
 * caps a page at 200). With no search, the first reports: the page opens on the first one without listing all.
 */
export async function searchReports(search: string, first = 20): Promise<ReportListItem[]> {
  const q = search.trim();
  const d = await gql<G.ReportListQuery, G.ReportListQueryVariables>(
    /* GraphQL */ `
    query ReportList($filter: ReportFilter, $first: Int!) { reports(filter: $filter, first: $first) { nodes { id agencyName year synthetic } } }`,
    { filter: q ? { agency: { search: q } } : null, first },
  );
  return d.reports.nodes;
}

export async function getReport(id: string): Promise<ReportDetail> {
  const d = await gql<G.ReportDetailQuery, G.ReportDetailQueryVariables>(
    /* GraphQL */ `query ReportDetail($id: ID) { report(id: $id) {
    id agencyName year template publishedOn publishedOnSource signedOn signatureOnly fileName synthetic agencyResolved agencyCandidates keptApartFrom
    cells { key section rowLabel colLabel raw value kind unit rawUnit inferred candidates corrected publishedValue correction { id note correctedBy correctedAt } }
    corrections { ...CorrectionFields }
    revisions { id revisionNo parsedAt reason template publishedOn publishedOnSource signedOn signatureOnly fileName contentHash current sourceKind cellsRead }
    sections { no title text } sourceText
    findings { id code severity messageZh messageEn keys status resolvedByCorrectionId raisedByCorrectionId } } }
    ${CORRECTION}`,
    { id },
  );
  return d.report;
}

export type RevisionCell = G.RevisionCellsQuery['report']['cells'][number];
export async function getRevisionCells(id: string, revisionNo: number): Promise<RevisionCell[]> {
  const d = await gql<G.RevisionCellsQuery, G.RevisionCellsQueryVariables>(
    /* GraphQL */ `query RevisionCells($id: ID, $rev: Int) { report(id: $id) {
    cells(revisionNo: $rev) { key section rowLabel colLabel raw value kind unit rawUnit inferred candidates } } }`,
    { id, rev: revisionNo },
  );
  return d.report.cells;
}

export type MoveMode = G.MoveMode;
export type MoveResult = G.MoveReportMutation['moveReport'];

/**
 * Admin: the report (all its revisions) to another body; answers the report's id afterwards (joined if that body had
 * one). Without a mode, a body that already has the year refuses with a message starting "mode:".
 */
export async function moveReport(reportId: string, toAgencyId: number, mode?: MoveMode): Promise<MoveResult> {
  const d = await gql<G.MoveReportMutation, G.MoveReportMutationVariables>(
    /* GraphQL */ `
    mutation MoveReport($r: ID!, $a: Int!, $m: MoveMode) { moveReport(reportId: $r, toAgencyId: $a, mode: $m) { reportId joined keptApart } }`,
    { r: reportId, a: toAgencyId, m: mode ?? null },
  );
  return d.moveReport;
}

/** Admin: make a revision the report's current one (logged on the server). */
export async function setCurrentRevision(
  revisionId: string,
): Promise<G.SetCurrentRevisionMutation['setCurrentRevision']> {
  const d = await gql<G.SetCurrentRevisionMutation, G.SetCurrentRevisionMutationVariables>(
    /* GraphQL */ `
    mutation SetCurrentRevision($id: ID!) { setCurrentRevision(revisionId: $id) { reportId revisionNo } }`,
    { id: revisionId },
  );
  return d.setCurrentRevision;
}

/** Admin: correct a cell of the report's current revision (the published value is kept; logged on the server). */
export async function correctCell(reportId: string, key: string, value: number, note: string): Promise<CellCorrection> {
  const d = await gql<G.CorrectCellMutation, G.CorrectCellMutationVariables>(
    /* GraphQL */ `
    mutation CorrectCell($r: ID!, $k: String!, $v: Float!, $n: String!) { correctCell(reportId: $r, key: $k, value: $v, note: $n) { ...CorrectionFields } }
    ${CORRECTION}`,
    { r: reportId, k: key, v: value, n: note },
  );
  return d.correctCell;
}

/** Admin: withdraw a correction; the published value counts again (logged on the server). */
export async function withdrawCorrection(id: string, note?: string): Promise<CellCorrection> {
  const d = await gql<G.WithdrawCorrectionMutation, G.WithdrawCorrectionMutationVariables>(
    /* GraphQL */ `
    mutation WithdrawCorrection($id: ID!, $n: String) { withdrawCorrection(correctionId: $id, note: $n) { ...CorrectionFields } } ${CORRECTION}`,
    { id, n: note ?? null },
  );
  return d.withdrawCorrection;
}
