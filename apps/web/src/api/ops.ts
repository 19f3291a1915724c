// Typed GraphQL operations of the analytics pages, written against apps/api/schema.gql.
import type { ReportKind } from '@dh/domain';
import { gql } from './graphql';

export interface AgencyFilter { ids?: number[]; regionId?: number; type?: string; level?: string; search?: string; synthetic?: boolean; kinds?: ReportKind[] }
export interface Metric { key: string; section: string; labelZh: string; labelEn: string; unit: string; comparability: 'same' | 'caveat' | 'none'; templates: string[]; noteZh: string | null; noteEn: string | null }
export interface Region { id: number; name: string; level: string; parentId: number | null; synthetic: boolean }
export interface Agency { id: number; name: string; type: string; level: string | null; regionId: number | null; synthetic: boolean; status: string }

export const metricsQuery = () => gql<{ metrics: Metric[] }>(
  'query Metrics { metrics { key section labelZh labelEn unit comparability templates noteZh noteEn } }').then((d) => d.metrics);
export const regionsQuery = () => gql<{ regions: Region[] }>('query Regions { regions { id name level parentId synthetic } }').then((d) => d.regions);
export const agenciesQuery = (filter: AgencyFilter = {}) => gql<{ agencies: Agency[] }>(
  'query Agencies($filter: AgencyFilter) { agencies(filter: $filter, limit: 1000) { id name type level regionId synthetic status } }', { filter }).then((d) => d.agencies);

// ---- compare -------------------------------------------------------------------------------------
export type GroupBy = 'agency' | 'type' | 'region' | 'level';
export interface CompareCell { metric: string; year: number; value: number | null; reports: number; yoy: number | null; yoyRate: number | null; yoyNote: string | null; share: number | null; yoyBodies?: number | null;
  /** Reports whose value here is an admin's correction of the published cell. */
  corrected: number }
export interface CompareRow { key: string; label: string; agencies: number; cells: CompareCell[] }
export interface Quantiles { metric: string; year: number; n: number; p25: number | null; p50: number | null; p75: number | null }
export interface CompareResult { groupBy: GroupBy; years: number[]; metrics: Metric[]; rows: CompareRow[]; rowCount: number; totals: CompareCell[]; quantiles: Quantiles[]; kinds?: ReportKind[] }
export interface CompareArgs { filter?: AgencyFilter; groupBy: GroupBy; metrics: string[]; years: number[]; limit?: number; sort?: { field: 'value' | 'yoy' | 'share' | 'label'; metric?: string; year?: number; desc: boolean } }

const CELL = 'metric year value reports yoy yoyRate yoyNote share corrected';
export const compareQuery = (a: CompareArgs) => gql<{ compare: CompareResult }>(
  `query Compare($filter: AgencyFilter, $groupBy: GroupBy!, $metrics: [String!]!, $years: [Int!]!, $limit: Int!, $sort: CompareSort) {
    compare(filter: $filter, groupBy: $groupBy, metrics: $metrics, years: $years, limit: $limit, sort: $sort) {
      groupBy years rowCount kinds metrics { key section labelZh labelEn unit comparability templates noteZh noteEn }
      rows { key label agencies cells { ${CELL} } } totals { ${CELL} yoyBodies } quantiles { metric year n p25 p50 p75 } } }`,
  { limit: 50, ...a }).then((d) => d.compare);

// ---- series --------------------------------------------------------------------------------------
export type PointStatus = 'value' | 'no_value' | 'not_in_template' | 'missing_report';
export interface SeriesPoint { year: number; value: number | null; status: PointStatus; breakBefore: boolean; breakReasonZh: string | null; breakReasonEn: string | null; template: string | null; reportId: string | null;
  corrected: boolean; publishedValue: number | null }
export interface SeriesResult { years: number[]; agencyCount: number; metric: Metric; lines: { agencyId: number; agencyName: string; points: SeriesPoint[] }[] }
export const seriesQuery = (a: { metric: string; agencyIds?: number[]; filter?: AgencyFilter; years?: number[]; limit?: number }) => gql<{ series: SeriesResult }>(
  `query Series($metric: String!, $agencyIds: [Int!], $filter: AgencyFilter, $years: [Int!], $limit: Int!) {
    series(metric: $metric, agencyIds: $agencyIds, filter: $filter, years: $years, limit: $limit) {
      years agencyCount metric { key section labelZh labelEn unit comparability templates noteZh noteEn }
      lines { agencyId agencyName points { year value status breakBefore breakReasonZh breakReasonEn template reportId corrected publishedValue } } } }`,
  { limit: 50, ...a }).then((d) => d.series);

// ---- ranking -------------------------------------------------------------------------------------
export interface Contribution { indicator: string; labelZh: string; labelEn: string; weight: number; raw: number | null; value: number | null; points: number; previousPoints: number | null; nullReason: string | null; note: string | null }
export interface SimilarReport { agencyId: number; agencyName: string; year: number; similarity: number }
export interface RankingRow { agencyId: number; agencyName: string; score: number; rank: number; previousScore: number | null; previousRank: number | null; rankChange: number | null; contributions: Contribution[]; whyZh: string; whyEn: string;
  peerGroup: string; peerGroupLabel: string; groupSize: number; published: boolean; publishedOn: string | null; gapZh: string; gapEn: string; needsLook: number; similarTo: SimilarReport | null;
  correctedCells: string[] }
export interface ScoringProfile { id: number; name: string; version: number; isDefault: boolean; description: string | null; weights: { indicator: string; weight: number }[] }
export interface RankingResult { year: number; whatIf: boolean; total: number; peerGroup: PeerGroup; profile: ScoringProfile; rows: RankingRow[] }
export type PeerGroup = 'kind' | 'kind_level' | 'kind_type' | 'all';
export interface IndicatorDef { key: string; labelZh: string; labelEn: string; method: string; methodZh: string; legacy: boolean }
const PROFILE = 'id name version isDefault description weights { indicator weight }';
export const rankingQuery = (a: { year: number; filter?: AgencyFilter; profileId?: number; whatIf?: { indicator: string; weight: number }[]; peerGroup?: PeerGroup; limit?: number }) =>
  gql<{ ranking: RankingResult }>(
    `query Ranking($year: Int!, $filter: AgencyFilter, $profileId: Int, $whatIf: [IndicatorWeightInput!], $peerGroup: PeerGroup, $limit: Int!) {
      ranking(year: $year, filter: $filter, profileId: $profileId, whatIf: $whatIf, peerGroup: $peerGroup, limit: $limit) {
        year whatIf total peerGroup profile { ${PROFILE} }
        rows { agencyId agencyName score rank previousScore previousRank rankChange whyZh whyEn gapZh gapEn peerGroup peerGroupLabel groupSize
          published publishedOn needsLook correctedCells similarTo { agencyId agencyName year similarity }
          contributions { indicator labelZh labelEn weight raw value points previousPoints nullReason note } } } }`,
    { limit: 1000, ...a }).then((d) => d.ranking);
export const indicatorsQuery = () => gql<{ indicators: IndicatorDef[] }>('query Indicators { indicators { key labelZh labelEn method methodZh legacy } }').then((d) => d.indicators);
export interface ContentMatch { other: SimilarReport | null; passages: string[] }
export const contentMatchQuery = (a: { agencyId: number; year: number; otherAgencyId?: number; otherYear?: number }) =>
  gql<{ contentMatch: ContentMatch }>(`query ContentMatch($agencyId: Int!, $year: Int!, $otherAgencyId: Int, $otherYear: Int) {
      contentMatch(agencyId: $agencyId, year: $year, otherAgencyId: $otherAgencyId, otherYear: $otherYear) { other { agencyId agencyName year similarity } passages } }`, a)
    .then((d) => d.contentMatch);
/** Admin: the weights as a new version of the named profile (version 1 for a new name). */
export const saveProfile = (input: { name: string; description?: string; weights: { indicator: string; weight: number }[]; makeDefault: boolean }) =>
  gql<{ saveScoringProfile: ScoringProfile }>(`mutation SaveProfile($input: ScoringProfileInput!) { saveScoringProfile(input: $input) { ${PROFILE} } }`, { input })
    .then((d) => d.saveScoringProfile);
export const profilesQuery = () => gql<{ scoringProfiles: ScoringProfile[] }>(`query Profiles { scoringProfiles { ${PROFILE} } }`).then((d) => d.scoringProfiles);

// ---- collection and findings ---------------------------------------------------------------------
export type CollectionState = 'on_time' | 'late' | 'undated' | 'missing';
export interface CollectionBody {
  agencyId: number; agencyName: string; agencyStatus: string; state: CollectionState; publishedOn: string | null; reportId: string | null; errorFindings: number;
  kind: ReportKind; level: string | null; onRoster: boolean; expected: boolean; dueOn: string | null; daysLate: number | null;
  /** The publication check: posted / gone / not_found / failed, or null when the body's site was not checked. */
  publication: string | null; postedOnSite: string | null; siteUrl: string | null; editedAfterPosting: boolean;
  postedInColumn: boolean | null; differingCells: number | null;
  /** The bureau's submission to the office (not_started … published) and days left to the deadline. */
  submissionState: string; daysLeft: number | null;
}
export interface CollectionKindCount { kind: ReportKind; expected: number; received: number; onTime: number; late: number; undated: number; missing: number }
export interface CollectionStatus {
  year: number; deadline: string; expected: number; received: number; onTime: number; late: number; undated: number; missing: number; unresolved: number;
  notOnRoster: number; byKind: CollectionKindCount[]; bodies: CollectionBody[];
}
export const collectionQuery = (year: number, regionId?: number | null) => gql<{ collectionStatus: CollectionStatus }>(
  `query Collection($year: Int!, $regionId: Int) { collectionStatus(year: $year, regionId: $regionId) {
    year deadline expected received onTime late undated missing unresolved notOnRoster byKind { kind expected received onTime late undated missing }
    bodies { agencyId agencyName agencyStatus state publishedOn reportId errorFindings kind level onRoster expected dueOn daysLate
      publication postedOnSite siteUrl editedAfterPosting postedInColumn differingCells submissionState daysLeft } } }`,
  // No region (全部) is sent as no variable at all: the API reads an explicit null as a region with no bodies.
  { year, ...(regionId ? { regionId } : {}) }).then((d) => d.collectionStatus);

export type FindingKind = 'within' | 'continuity' | 'hierarchy' | 'publication';
// resolved: closed by a cell correction (resolvedByCorrectionId), never set by hand.
export type FindingStatus = 'open' | 'confirmed' | 'dismissed' | 'resolved';
export interface Finding { id: string; kind: FindingKind; code: string; severity: string; status: FindingStatus; statusNote: string | null; messageZh: string; messageEn: string; agencyId: number; agencyName: string; year: number; reportId: string | null; keys: string[]; expected: number | null; actual: number | null;
  resolvedByCorrectionId?: string | null }
export interface FindingFilter { agency?: AgencyFilter; years?: number[]; kinds?: FindingKind[]; severities?: string[]; statuses?: FindingStatus[]; codes?: string[] }
const FINDING = 'id kind code severity status statusNote messageZh messageEn agencyId agencyName year reportId keys expected actual resolvedByCorrectionId';
export const findingsQuery = (filter: FindingFilter, limit = 2000) => gql<{ findings: Finding[] }>(
  `query Findings($filter: FindingFilter, $limit: Int!) { findings(filter: $filter, limit: $limit) { ${FINDING} } }`, { filter, limit }).then((d) => d.findings);
/** How many findings match, without the list's limit (the overview's count). */
export const findingCountQuery = (filter: FindingFilter) => gql<{ findingCount: number }>(
  'query FindingCount($filter: FindingFilter) { findingCount(filter: $filter) }', { filter }).then((d) => d.findingCount);
export const setFindingStatus = (id: string, status: FindingStatus, note: string) => gql<{ setFindingStatus: Finding }>(
  `mutation SetFindingStatus($id: ID!, $status: FindingStatus!, $note: String) { setFindingStatus(id: $id, status: $status, note: $note) { ${FINDING} } }`,
  { id, status, note }).then((d) => d.setFindingStatus);

export interface Caller {
  role: 'viewer' | 'analyst' | 'admin' | null; name: string | null; readOpen: boolean;
  /** Signed in with an account (session cookie): bureau, reviewer or admin. */
  account: 'bureau' | 'reviewer' | 'admin' | null; agencyId: number | null;
}
export const whoamiQuery = () => gql<{ whoami: Caller }>('query WhoAmI { whoami { role name readOpen account agencyId } }').then((d) => d.whoami);
