// The trends page's series operation (its own file: the first page does not load it).
import type * as G from './generated';
import { gql } from './graphql';
import { METRIC } from './ops';

export type SeriesResult = G.SeriesQuery['series'];
export type SeriesPoint = SeriesResult['lines'][number]['points'][number];
export type PointStatus = G.PointStatus;
export const seriesQuery = (a: Omit<G.SeriesQueryVariables, 'limit'> & { limit?: number }) =>
  gql<G.SeriesQuery, G.SeriesQueryVariables>(
    /* GraphQL */ `
  query Series($metric: String!, $agencyIds: [Int!], $filter: AgencyFilter, $years: [Int!], $limit: Int!) {
    series(metric: $metric, agencyIds: $agencyIds, filter: $filter, years: $years, limit: $limit) {
      years agencyCount metric { ...MetricFields }
      lines { agencyId agencyName points { year value status breakBefore breakReasonZh breakReasonEn template reportId corrected publishedValue } } } }
  ${METRIC}`,
    { limit: 50, ...a },
  ).then((d) => d.series);
