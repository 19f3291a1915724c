// What bench:api asks, as an analyst would: one county's bodies over all years, one kind of bureau across the province,
// one city's ranking. RAW holds the same aggregate written directly in SQL, the yardstick for the API's overhead.
const pick = (xs, next) => xs[Math.floor(next() * xs.length)];
const SERIES_METRICS = ['t2.penalty.decisions', 't3.new.total', 't4.reconsideration.total', 't2.licensing.decisions'];
// The region and its sub-regions, as an array: a recursive CTE joined with IN misleads the planner (see agency-filter.sql.ts).
const IN_REGION = (p) => `a.region_id = ANY(ARRAY(WITH RECURSIVE sub AS (SELECT id FROM region WHERE id = ${p}
  UNION ALL SELECT r.id FROM region r JOIN sub ON r.parent_id = sub.id) SELECT id FROM sub))`;

export const QUERIES = {
  series: {
    query: `query($m: String!, $r: Int!) { series(metric: $m, filter: { regionId: $r }) { years agencyCount
      lines { agencyId agencyName points { year value status template breakBefore } } } }`,
    vars: (ctx, next) => ({ m: pick(SERIES_METRICS, next), r: pick(ctx.counties, next) }),
    sqlParams: (v) => [v.m, v.r],
  },
  compare: {
    query: `query($t: String!) { compare(metrics: ["t2.penalty.decisions", "t3.new.total"], years: [2024, 2025], filter: { type: $t }) {
      rowCount rows { label agencies cells { metric year value yoy share } } totals { value yoy } quantiles { p25 p50 p75 n } } }`,
    vars: (ctx, next) => ({ t: pick(ctx.types, next) }),
    sqlParams: (v) => [v.t],
  },
  ranking: {
    query: `query($r: Int!) { ranking(year: 2025, filter: { regionId: $r }, limit: 50) { total
      rows { agencyName score rank previousRank rankChange whyZh contributions { indicator points } } } }`,
    vars: (ctx, next) => ({ r: pick(ctx.cities, next) }),
    sqlParams: (v) => [v.r],
  },
};

export const RAW = {
  series: `
    SELECT a.id, a.name, r.year, v.template, c.value, c.raw, c.kind
    FROM agency a JOIN report r ON r.agency_id = a.id JOIN report_revision v ON v.id = r.current_revision_id
    LEFT JOIN report_cell c ON c.agency_id = r.agency_id AND c.revision_id = r.current_revision_id AND c.key = $1
    WHERE ${IN_REGION('$2')} ORDER BY a.name, a.id, r.year`,
  compare: `WITH vals AS MATERIALIZED (
      SELECT a.id, a.name, c.key, c.year, c.value::float8 AS v FROM agency a
      JOIN report r ON r.agency_id = a.id AND r.year IN (2023, 2024, 2025)
      JOIN report_cell c ON c.agency_id = r.agency_id AND c.revision_id = r.current_revision_id
        AND c.key IN ('t2.penalty.decisions', 't3.new.total') AND c.value IS NOT NULL
      WHERE a.type = $1)
    SELECT id, name, key, year, sum(v), NULL::float8 AS p50 FROM vals GROUP BY id, name, key, year
    UNION ALL SELECT NULL, NULL, key, year, sum(v), percentile_cont(0.5) WITHIN GROUP (ORDER BY v) FROM vals GROUP BY key, year`,
  ranking: `
    SELECT a.id, a.name, r.year, v.published_on,
      (SELECT count(*) FROM report_section s WHERE s.agency_id = r.agency_id AND s.revision_id = r.current_revision_id) AS sections,
      (SELECT count(*) FROM finding f WHERE f.agency_id = r.agency_id AND f.revision_id = r.current_revision_id AND f.status <> 'dismissed') AS findings,
      (SELECT count(*) FROM unnest(ARRAY['t2.', 't3.', 't4.']) t(p) WHERE EXISTS (SELECT 1 FROM report_cell c WHERE c.agency_id = r.agency_id
         AND c.revision_id = r.current_revision_id AND c.key >= t.p AND c.key < left(t.p, 2) || '/')) AS tables,
      k.*
    FROM agency a JOIN report r ON r.agency_id = a.id AND r.year IN (2024, 2025) JOIN report_revision v ON v.id = r.current_revision_id
    CROSS JOIN LATERAL (SELECT sum(c.value) FILTER (WHERE c.key LIKE 't2.%') AS proactive, sum(c.value) FILTER (WHERE c.key = 't3.result_total.total') AS handled,
        sum(c.value) FILTER (WHERE c.key IN ('t3.disclosed.total', 't3.partial.total')) AS disclosed,
        sum(c.value) FILTER (WHERE c.key LIKE 't4.%.total') AS review, sum(c.value) FILTER (WHERE c.key LIKE 't4.%.corrected') AS corrected
      FROM report_cell c WHERE c.agency_id = r.agency_id AND c.revision_id = r.current_revision_id AND c.key IN ('t2.licensing.decisions',
        't2.penalty.decisions', 't2.coercion.decisions', 't3.result_total.total', 't3.disclosed.total', 't3.partial.total', 't4.reconsideration.total',
        't4.reconsideration.corrected', 't4.litigation_direct.total', 't4.litigation_direct.corrected', 't4.litigation_after.total', 't4.litigation_after.corrected')) k
    WHERE ${IN_REGION('$1')}`,
};
