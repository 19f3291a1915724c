// The 逐级汇总 view's operation, apart from the roster's: the overview loads it, the roster's operations stay with
// the roster page.
import type * as G from './generated';
import { gql } from './graphql';

export type RollupRow = G.RollupQuery['rollup'][number];
export type RollupCell = RollupRow['cells'][number];
export const rollupQuery = (year: number, metrics: string[], regionId?: number | null) =>
  gql<G.RollupQuery, G.RollupQueryVariables>(
    /* GraphQL */ `
  query Rollup($year: Int!, $metrics: [String!]!, $regionId: Int) { rollup(year: $year, metrics: $metrics, regionId: $regionId) {
    agencyId agencyName level reportId children childrenReporting cells { metric reported computed difference bodies } } }`,
    { year, metrics, ...(regionId ? { regionId } : {}) },
  ).then((d) => d.rollup); // 全部: no variable (an explicit null reads as a region)
