// GraphQL operations of the analytics pages. Their result and variable types come from graphql-codegen
// (generated.ts, checked against apps/api/schema.gql by generated.spec.ts); the names below are views into them.
import type * as G from './generated';
import { gql } from './graphql';

export type AgencyFilter = G.AgencyFilter;
export type Metric = G.MetricsQuery['metrics'][number];
export type Region = G.RegionsQuery['regions'][number];
export type Agency = G.AgenciesQuery['agencies'][number];

export const METRIC = /* GraphQL */ `fragment MetricFields on Metric { key section labelZh labelEn unit comparability templates noteZh noteEn }`;
export const metricsQuery = () =>
  gql<G.MetricsQuery>(/* GraphQL */ `query Metrics { metrics { ...MetricFields } } ${METRIC}`).then((d) => d.metrics);
export const regionsQuery = () =>
  gql<G.RegionsQuery>(/* GraphQL */ `query Regions { regions { id name level parentId synthetic } }`).then(
    (d) => d.regions,
  );
/** Bodies matching a filter (search: a substring of the name or an alias), at most `limit` (the API caps at 1000). */
export const agenciesQuery = (filter: AgencyFilter = {}, limit = 1000) =>
  gql<G.AgenciesQuery, G.AgenciesQueryVariables>(
    /* GraphQL */ `
  query Agencies($filter: AgencyFilter, $limit: Int!) { agencies(filter: $filter, limit: $limit) { id name type level regionId synthetic status } }`,
    { filter, limit },
  ).then((d) => d.agencies);

/** The body types and whether any body is synthetic (the type filter, the synthetic-data mark), without the list. */
export type AgencyFacts = G.AgencyFactsQuery['agencyFacts'];
export const agencyFactsQuery = () =>
  gql<G.AgencyFactsQuery>(/* GraphQL */ `query AgencyFacts { agencyFacts { types synthetic } }`).then(
    (d) => d.agencyFacts,
  );

// ---- compare -------------------------------------------------------------------------------------
export type GroupBy = G.GroupBy;
export type CompareArgs = Omit<G.CompareQueryVariables, 'limit'> & { limit?: number };
export type CompareResult = G.CompareQuery['compare'];
export type CompareRow = CompareResult['rows'][number];
export type CompareCell = CompareRow['cells'][number];
export type Quantiles = CompareResult['quantiles'][number];

const CELL = /* GraphQL */ `fragment CompareCellFields on CompareCell { metric year value reports yoy yoyRate yoyNote share corrected }`;
export const compareQuery = (a: CompareArgs) =>
  gql<G.CompareQuery, G.CompareQueryVariables>(
    /* GraphQL */ `
  query Compare($filter: AgencyFilter, $groupBy: GroupBy!, $metrics: [String!]!, $years: [Int!]!, $limit: Int!, $sort: CompareSort) {
    compare(filter: $filter, groupBy: $groupBy, metrics: $metrics, years: $years, limit: $limit, sort: $sort) {
      groupBy years rowCount kinds metrics { ...MetricFields }
      rows { key label agencies cells { ...CompareCellFields } } totals { ...CompareCellFields yoyBodies } quantiles { metric year n p25 p50 p75 } } }
  ${METRIC} ${CELL}`,
    { limit: 50, ...a },
  ).then((d) => d.compare);

// ---- the overview's ranking: top and bottom rows only ------------------------------------------------
export type TopBottom = G.TopBottomQuery['ranking'];
export const topBottomQuery = (a: { year: number; filter?: AgencyFilter; ends: number }) =>
  gql<G.TopBottomQuery, G.TopBottomQueryVariables>(
    /* GraphQL */ `
  query TopBottom($year: Int!, $filter: AgencyFilter, $ends: Int!) { ranking(year: $year, filter: $filter, ends: $ends) { total rows { agencyId agencyName score rank rankChange } } }`,
    a,
  ).then((d) => d.ranking);

/** The years that have reports, oldest first, with their count (the year filters). */
export const yearsQuery = () =>
  gql<G.YearsQuery>(/* GraphQL */ `query Years { years { year reports } }`).then((d) => d.years);

// ---- collection and findings ---------------------------------------------------------------------
export type CollectionState = G.CollectionState;
export type CollectionStatus = G.CollectionQuery['collectionStatus'];
export type CollectionBody = CollectionStatus['bodies'][number];
export type CollectionKindCount = CollectionStatus['byKind'][number];
export const collectionQuery = (year: number, regionId?: number | null) =>
  gql<G.CollectionQuery, G.CollectionQueryVariables>(
    /* GraphQL */ `
  query Collection($year: Int!, $regionId: Int) { collectionStatus(year: $year, regionId: $regionId) {
    year deadline expected received onTime late undated missing unresolved notOnRoster byKind { kind expected received onTime late undated missing }
    bodies { agencyId agencyName agencyStatus state publishedOn reportId errorFindings kind level onRoster expected dueOn daysLate
      publication postedOnSite siteUrl editedAfterPosting postedInColumn differingCells submissionState daysLeft } } }`,
    // No region (全部) is sent as no variable at all: the API reads an explicit null as a region with no bodies.
    { year, ...(regionId ? { regionId } : {}) },
  ).then((d) => d.collectionStatus);

export type FindingFilter = G.FindingFilter;
/** How many findings match, without the list's limit (the overview's count). */
export const findingCountQuery = (filter: FindingFilter) =>
  gql<G.FindingCountQuery, G.FindingCountQueryVariables>(
    /* GraphQL */ `
  query FindingCount($filter: FindingFilter) { findingCount(filter: $filter) }`,
    { filter },
  ).then((d) => d.findingCount);
// role: viewer / analyst / admin (null: no token); account: bureau / reviewer / admin when signed in with a session.
export type Caller = G.WhoAmIQuery['whoami'];
export const whoamiQuery = () =>
  gql<G.WhoAmIQuery>(/* GraphQL */ `query WhoAmI { whoami { role name readOpen account agencyId } }`).then(
    (d) => d.whoami,
  );
