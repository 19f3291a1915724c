// GraphQL operations of the analytics pages. Their result and variable types come from graphql-codegen
// (generated.ts, checked against apps/api/schema.gql by generated.spec.ts); the names below are views into them.
import type * as G from './generated';
import { gql } from './graphql';

export type AgencyFilter = G.AgencyFilter;
export type Metric = G.MetricsQuery['metrics'][number];
export type Region = G.RegionsQuery['regions'][number];
export type Agency = G.AgenciesQuery['agencies'][number];

const METRIC = /* GraphQL */ `fragment MetricFields on Metric { key section labelZh labelEn unit comparability templates noteZh noteEn }`;
export const metricsQuery = () => gql<G.MetricsQuery>(/* GraphQL */ `query Metrics { metrics { ...MetricFields } } ${METRIC}`).then((d) => d.metrics);
export const regionsQuery = () => gql<G.RegionsQuery>(/* GraphQL */ `query Regions { regions { id name level parentId synthetic } }`).then((d) => d.regions);
/** Bodies matching a filter (search: a substring of the name or an alias), at most `limit` (the API caps at 1000). */
export const agenciesQuery = (filter: AgencyFilter = {}, limit = 1000) => gql<G.AgenciesQuery, G.AgenciesQueryVariables>(/* GraphQL */ `
  query Agencies($filter: AgencyFilter, $limit: Int!) { agencies(filter: $filter, limit: $limit) { id name type level regionId synthetic status } }`,
{ filter, limit }).then((d) => d.agencies);

// ---- compare -------------------------------------------------------------------------------------
export type GroupBy = G.GroupBy;
export type CompareArgs = Omit<G.CompareQueryVariables, 'limit'> & { limit?: number };
export type CompareResult = G.CompareQuery['compare'];
export type CompareRow = CompareResult['rows'][number];
export type CompareCell = CompareRow['cells'][number];
export type Quantiles = CompareResult['quantiles'][number];

const CELL = /* GraphQL */ `fragment CompareCellFields on CompareCell { metric year value reports yoy yoyRate yoyNote share corrected }`;
export const compareQuery = (a: CompareArgs) => gql<G.CompareQuery, G.CompareQueryVariables>(/* GraphQL */ `
  query Compare($filter: AgencyFilter, $groupBy: GroupBy!, $metrics: [String!]!, $years: [Int!]!, $limit: Int!, $sort: CompareSort) {
    compare(filter: $filter, groupBy: $groupBy, metrics: $metrics, years: $years, limit: $limit, sort: $sort) {
      groupBy years rowCount kinds metrics { ...MetricFields }
      rows { key label agencies cells { ...CompareCellFields } } totals { ...CompareCellFields yoyBodies } quantiles { metric year n p25 p50 p75 } } }
  ${METRIC} ${CELL}`,
{ limit: 50, ...a }).then((d) => d.compare);

// ---- series --------------------------------------------------------------------------------------
export type SeriesResult = G.SeriesQuery['series'];
export type SeriesPoint = SeriesResult['lines'][number]['points'][number];
export type PointStatus = G.PointStatus;
export const seriesQuery = (a: Omit<G.SeriesQueryVariables, 'limit'> & { limit?: number }) => gql<G.SeriesQuery, G.SeriesQueryVariables>(/* GraphQL */ `
  query Series($metric: String!, $agencyIds: [Int!], $filter: AgencyFilter, $years: [Int!], $limit: Int!) {
    series(metric: $metric, agencyIds: $agencyIds, filter: $filter, years: $years, limit: $limit) {
      years agencyCount metric { ...MetricFields }
      lines { agencyId agencyName points { year value status breakBefore breakReasonZh breakReasonEn template reportId corrected publishedValue } } } }
  ${METRIC}`,
{ limit: 50, ...a }).then((d) => d.series);

// ---- ranking -------------------------------------------------------------------------------------
export type RankingResult = G.RankingQuery['ranking'];
export type RankingRow = RankingResult['rows'][number];
export type Contribution = RankingRow['contributions'][number];
export type SimilarReport = NonNullable<RankingRow['similarTo']>;
export type ScoringProfile = RankingResult['profile'];
export type PeerGroup = G.PeerGroup;
export type IndicatorDef = G.IndicatorsQuery['indicators'][number];
const PROFILE = /* GraphQL */ `fragment ProfileFields on ScoringProfile { id name version isDefault description weights { indicator weight } }`;
export const rankingQuery = (a: Omit<G.RankingQueryVariables, 'limit'> & { limit?: number }) => gql<G.RankingQuery, G.RankingQueryVariables>(/* GraphQL */ `
  query Ranking($year: Int!, $filter: AgencyFilter, $profileId: Int, $whatIf: [IndicatorWeightInput!], $peerGroup: PeerGroup, $limit: Int!) {
    ranking(year: $year, filter: $filter, profileId: $profileId, whatIf: $whatIf, peerGroup: $peerGroup, limit: $limit) {
      year whatIf total peerGroup profile { ...ProfileFields }
      rows { agencyId agencyName score rank previousScore previousRank rankChange whyZh whyEn gapZh gapEn peerGroup peerGroupLabel groupSize
        published publishedOn needsLook correctedCells similarTo { agencyId agencyName year similarity }
        contributions { indicator labelZh labelEn weight raw value points previousPoints nullReason note } } } }
  ${PROFILE}`,
{ limit: 1000, ...a }).then((d) => d.ranking);
export const indicatorsQuery = () => gql<G.IndicatorsQuery>(/* GraphQL */ `query Indicators { indicators { key labelZh labelEn method methodZh legacy } }`)
  .then((d) => d.indicators);
export type ContentMatch = G.ContentMatchQuery['contentMatch'];
export const contentMatchQuery = (a: G.ContentMatchQueryVariables) => gql<G.ContentMatchQuery, G.ContentMatchQueryVariables>(/* GraphQL */ `
  query ContentMatch($agencyId: Int!, $year: Int!, $otherAgencyId: Int, $otherYear: Int) {
    contentMatch(agencyId: $agencyId, year: $year, otherAgencyId: $otherAgencyId, otherYear: $otherYear) { other { agencyId agencyName year similarity } passages } }`, a)
  .then((d) => d.contentMatch);
/** Admin: the weights as a new version of the named profile (version 1 for a new name). */
export const saveProfile = (input: G.ScoringProfileInput) => gql<G.SaveProfileMutation, G.SaveProfileMutationVariables>(/* GraphQL */ `
  mutation SaveProfile($input: ScoringProfileInput!) { saveScoringProfile(input: $input) { ...ProfileFields } } ${PROFILE}`, { input })
  .then((d) => d.saveScoringProfile);
export const profilesQuery = () => gql<G.ProfilesQuery>(/* GraphQL */ `query Profiles { scoringProfiles { ...ProfileFields } } ${PROFILE}`).then((d) => d.scoringProfiles);

// ---- collection and findings ---------------------------------------------------------------------
export type CollectionState = G.CollectionState;
export type CollectionStatus = G.CollectionQuery['collectionStatus'];
export type CollectionBody = CollectionStatus['bodies'][number];
export type CollectionKindCount = CollectionStatus['byKind'][number];
export const collectionQuery = (year: number, regionId?: number | null) => gql<G.CollectionQuery, G.CollectionQueryVariables>(/* GraphQL */ `
  query Collection($year: Int!, $regionId: Int) { collectionStatus(year: $year, regionId: $regionId) {
    year deadline expected received onTime late undated missing unresolved notOnRoster byKind { kind expected received onTime late undated missing }
    bodies { agencyId agencyName agencyStatus state publishedOn reportId errorFindings kind level onRoster expected dueOn daysLate
      publication postedOnSite siteUrl editedAfterPosting postedInColumn differingCells submissionState daysLeft } } }`,
  // No region (全部) is sent as no variable at all: the API reads an explicit null as a region with no bodies.
{ year, ...(regionId ? { regionId } : {}) }).then((d) => d.collectionStatus);

export type FindingKind = G.FindingKind;
// resolved: closed by a cell correction (resolvedByCorrectionId), never set by hand.
export type FindingStatus = G.FindingStatus;
export type Finding = G.FindingFieldsFragment;
export type FindingFilter = G.FindingFilter;
const FINDING = /* GraphQL */ `fragment FindingFields on Finding {
  id kind code severity status statusNote messageZh messageEn agencyId agencyName year reportId keys expected actual resolvedByCorrectionId }`;
export const findingsQuery = (filter: FindingFilter, limit = 2000) => gql<G.FindingsQuery, G.FindingsQueryVariables>(/* GraphQL */ `
  query Findings($filter: FindingFilter, $limit: Int!) { findings(filter: $filter, limit: $limit) { ...FindingFields } } ${FINDING}`, { filter, limit })
  .then((d) => d.findings);
/** How many findings match, without the list's limit (the overview's count). */
export const findingCountQuery = (filter: FindingFilter) => gql<G.FindingCountQuery, G.FindingCountQueryVariables>(/* GraphQL */ `
  query FindingCount($filter: FindingFilter) { findingCount(filter: $filter) }`, { filter }).then((d) => d.findingCount);
export const setFindingStatus = (id: string, status: FindingStatus, note: string) => gql<G.SetFindingStatusMutation, G.SetFindingStatusMutationVariables>(/* GraphQL */ `
  mutation SetFindingStatus($id: ID!, $status: FindingStatus!, $note: String) { setFindingStatus(id: $id, status: $status, note: $note) { ...FindingFields } }
  ${FINDING}`, { id, status, note }).then((d) => d.setFindingStatus);

// role: viewer / analyst / admin (null: no token); account: bureau / reviewer / admin when signed in with a session.
export type Caller = G.WhoAmIQuery['whoami'];
export const whoamiQuery = () => gql<G.WhoAmIQuery>(/* GraphQL */ `query WhoAmI { whoami { role name readOpen account agencyId } }`).then((d) => d.whoami);
