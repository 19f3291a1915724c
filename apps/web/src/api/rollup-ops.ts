// The 逐级汇总 view's operation, apart from the roster's: the overview loads it, the roster's operations stay with
// the roster page.
import { gql } from './graphql';

export interface RollupCell { metric: string; reported: number | null; computed: number | null; difference: number | null; bodies: number }
export interface RollupRow { agencyId: number; agencyName: string; level: string | null; reportId: string | null; children: number; childrenReporting: number; cells: RollupCell[] }
export const rollupQuery = (year: number, metrics: string[], regionId?: number | null) => gql<{ rollup: RollupRow[] }>(
  `query Rollup($year: Int!, $metrics: [String!]!, $regionId: Int) { rollup(year: $year, metrics: $metrics, regionId: $regionId) {
    agencyId agencyName level reportId children childrenReporting cells { metric reported computed difference bodies } } }`,
  { year, metrics, ...(regionId ? { regionId } : {}) }).then((d) => d.rollup); // 全部: no variable (an explicit null reads as a region)
