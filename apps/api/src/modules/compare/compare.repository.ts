import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AgencyFilterInput } from '../../common/graphql/agency-filter.input';
import { raw, rows, sql, type Sql } from '../../database/sql';
import { agencyFilter } from '../agency/agency-filter.sql';
import { CompareSortField, GroupBy } from './compare.model';

export interface CompareQuery {
  keys: string[];
  years: number[];
  filter?: AgencyFilterInput;
  groupBy: GroupBy;
  sort: { field: CompareSortField; key: string; year: number; desc: boolean };
  limit: number;
}
export interface GroupValueRow {
  gkey: string;
  glabel: string;
  agencies: number;
  key: string;
  year: number;
  v: number;
  n: number;
  templates: string;
  fixed: number;
}
export interface StatRow {
  key: string;
  year: number;
  total: number;
  n: number;
  p25: number;
  p50: number;
  p75: number;
  /** Over bodies with a value in both this year and the year before: their sums and how many they are. */
  paired_cur: number | null;
  paired_prev: number | null;
  paired_n: number;
  /** Values that are an admin's correction of the published cell. */
  fixed: number;
}

const GROUP_SQL: Record<GroupBy, [Sql, Sql]> = {
  [GroupBy.agency]: [sql`ag.id::text`, sql`ag.name`],
  [GroupBy.type]: [sql`ag.type`, sql`ag.type`],
  [GroupBy.region]: [sql`coalesce(ag.region_id::text, '')`, sql`coalesce(ag.region_name, '（未知地区）')`],
  [GroupBy.level]: [sql`coalesce(ag.level, '')`, sql`coalesce(ag.level, '（未知层级）')`],
};

/** One statement answers both parts: 'g' rows are a kept group's values, 's' rows a metric-year's statistics. */
type RunRow = {
  key: string;
  year: number;
  v: number;
  n: number;
  fixed: number;
} & (
  | {
      part: 'g';
      gkey: string;
      glabel: string;
      agencies: number;
      templates: string;
      pos: number;
      groups: number;
    }
  | {
      part: 's';
      p25: number;
      p50: number;
      p75: number;
      paired_cur: number | null;
      paired_prev: number | null;
      paired_n: number;
    }
);

@Injectable()
export class CompareRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * One round trip: values of the top `limit` groups (sorted in SQL so only those rows travel), totals and
   * agency-level quantiles per metric-year, and the group count. Years include y−1 of each so YoY is defined.
   */
  async run(q: CompareQuery): Promise<{ groups: GroupValueRow[]; stats: StatRow[]; groupCount: number }> {
    const years = [...new Set(q.years.flatMap((y) => [y, y - 1]))];
    const [gk, gl] = GROUP_SQL[q.groupBy];
    // Over the agency-level values: a group's sum for the sort metric-year (NULL when it has none, as before).
    const cur = sql`sum(v) FILTER (WHERE key = ${q.sort.key} AND year = ${q.sort.year}::int)`;
    const prev = sql`sum(v) FILTER (WHERE key = ${q.sort.key} AND year = ${q.sort.year}::int - 1)`;
    const sortExpr =
      q.sort.field === CompareSortField.label
        ? sql`glabel`
        : q.sort.field === CompareSortField.yoy
          ? sql`${cur} - ${prev}`
          : cur; // share orders like value
    const dir = raw(q.sort.desc ? 'DESC NULLS LAST' : 'ASC NULLS LAST');
    const found = await rows<RunRow>(
      this.ds,
      sql`
      WITH ag AS (
         SELECT a.id, a.name, a.type, coalesce(a.level, rg.level) AS level, a.region_id, rg.name AS region_name
         FROM agency a LEFT JOIN region rg ON rg.id = a.region_id WHERE ${agencyFilter(q.filter)}),
       vals AS MATERIALIZED (
         SELECT ${gk} AS gkey, ${gl} AS glabel, ag.id AS agency_id, c.key, c.year, c.value::float8 AS v, v2.template,
                coalesce(c.key = ANY(v2.corrected_keys), false) AS fixed
         FROM ag JOIN report r ON r.agency_id = ag.id AND r.year = ANY(${years}::int[])
         JOIN report_cell c ON c.agency_id = r.agency_id AND c.revision_id = r.current_revision_id AND c.year = r.year AND c.key = ANY(${q.keys}::text[])
         JOIN report_revision v2 ON v2.id = r.current_revision_id
         WHERE c.value IS NOT NULL),
       g AS MATERIALIZED (SELECT gkey, glabel, key, year, sum(v) AS v, count(*)::int AS n, string_agg(DISTINCT template, ',') AS templates,
               count(*) FILTER (WHERE fixed)::int AS fixed
             FROM vals GROUP BY gkey, glabel, key, year),
       -- The planner estimates one row for vals, so it nests loops over these CTEs: g is materialized (else it is
       -- re-aggregated for every group kept) and agencies/order come straight from vals (bench:api, 200 bureaus).
       -- A body's value beside its value of the year before, by lag over its own years (one value per body, metric and
       -- year): a self-join of vals ran as a nested loop over the planner's one-row guess, 1,127² pairs (bench:api).
       pairs AS (SELECT key, year, sum(v) AS cur, sum(pv) AS prev, count(*)::int AS n
                 FROM (SELECT key, year, v, lag(v) OVER w AS pv, lag(year) OVER w AS py
                       FROM vals WINDOW w AS (PARTITION BY agency_id, key ORDER BY year)) x
                 WHERE py = year - 1 GROUP BY key, year),
       ranked AS (SELECT gkey, glabel, count(DISTINCT agency_id)::int AS agencies,
                    row_number() OVER (ORDER BY ${sortExpr} ${dir}, glabel, gkey) AS pos, count(*) OVER () AS groups
                  FROM vals GROUP BY gkey, glabel)
       SELECT 'g' AS part, g.gkey, g.glabel, ranked.agencies, g.key, g.year, g.v, g.n, g.templates, ranked.pos::int AS pos,
              NULL::float8 AS p25, NULL::float8 AS p50, NULL::float8 AS p75, ranked.groups::int AS groups,
              NULL::float8 AS paired_cur, NULL::float8 AS paired_prev, NULL::int AS paired_n, g.fixed
       FROM ranked JOIN g USING (gkey, glabel) WHERE ranked.pos <= ${q.limit}
       UNION ALL
       SELECT 's', NULL, NULL, NULL, s.key, s.year, s.v, s.n, NULL, NULL, s.p25, s.p50, s.p75, NULL, pairs.cur, pairs.prev, coalesce(pairs.n, 0), s.fixed
       FROM (SELECT key, year, sum(v) AS v, count(*)::int AS n, count(*) FILTER (WHERE fixed)::int AS fixed, percentile_cont(0.25) WITHIN GROUP (ORDER BY v) AS p25,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY v) AS p50, percentile_cont(0.75) WITHIN GROUP (ORDER BY v) AS p75
             FROM vals GROUP BY key, year) s LEFT JOIN pairs USING (key, year)
       ORDER BY part, pos, key, year`,
    );
    const groups: GroupValueRow[] = [];
    const stats: StatRow[] = [];
    let groupCount = 0;
    for (const r of found) {
      if (r.part === 'g') {
        groupCount = r.groups;
        groups.push({
          gkey: r.gkey,
          glabel: r.glabel,
          agencies: r.agencies,
          key: r.key,
          year: r.year,
          v: r.v,
          n: r.n,
          templates: r.templates,
          fixed: r.fixed,
        });
      } else {
        stats.push({
          key: r.key,
          year: r.year,
          total: r.v,
          n: r.n,
          p25: r.p25,
          p50: r.p50,
          p75: r.p75,
          paired_cur: r.paired_cur,
          paired_prev: r.paired_prev,
          paired_n: r.paired_n,
          fixed: r.fixed,
        });
      }
    }
    return { groups, stats, groupCount };
  }
}
