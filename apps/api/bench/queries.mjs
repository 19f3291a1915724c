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
    // The raw SQL must compute the same ranking: ranks and scores of the page agree (tie order by name may differ).
    agrees: (data, rows) => {
      const a = data.ranking.rows.map((x) => `${x.rank}|${x.score.toFixed(6)}`).sort();
      const b = rows.map((x) => `${x.rank}|${Number(x.score).toFixed(6)}`).sort();
      return a.length > 0 && a.join() === b.join();
    },
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
  // The same ranking written in SQL: the per-revision facts stored at ingest (findings counted live), the default
  // profile's weights, each indicator as ranking.math.ts defines it (rates null under 5 cases or above 100 %, weights re-normalised
  // over the indicators that have a value), rank() per year and last year's rank. The API also explains each move.
  ranking: `
    WITH w AS (SELECT (weights->>'on_time')::float8 AS on_time, (weights->>'complete')::float8 AS complete, (weights->>'findings')::float8 AS findings,
        (weights->>'proactive_volume')::float8 AS volume, (weights->>'application_outcomes')::float8 AS outcomes,
        (weights->>'review_corrected')::float8 AS corrected FROM scoring_profile WHERE is_default),
    f AS (
      SELECT a.id, a.name, r.year, v.published_on, v.section_count, v.table_count, v.proactive, v.apps_handled, v.apps_disclosed,
        v.review_total, v.review_corrected,
        (SELECT count(*) FROM finding fi WHERE fi.agency_id = r.agency_id AND fi.revision_id = r.current_revision_id
          AND fi.severity IN ('error', 'warning') AND fi.status <> 'dismissed') AS findings
      FROM agency a JOIN report r ON r.agency_id = a.id AND r.year IN (2024, 2025) JOIN report_revision v ON v.id = r.current_revision_id
      WHERE ${IN_REGION('$1')} AND a.status = 'resolved'),
    i AS (
      SELECT id, name, year,
        CASE WHEN published_on IS NULL THEN NULL WHEN published_on <= make_date(year + 1, 1, 31) THEN 1.0 ELSE 0.0 END AS on_time,
        (least(section_count, 6) / 6.0 + least(table_count, 3) / 3.0) / 2 AS complete, 1.0 / (1 + findings) AS findings,
        CASE WHEN proactive IS NULL THEN NULL WHEN max(coalesce(proactive, 0)) OVER (PARTITION BY year) > 0
          THEN proactive / max(coalesce(proactive, 0)) OVER (PARTITION BY year) ELSE 0 END AS volume,
        CASE WHEN apps_handled >= 5 AND apps_disclosed <= apps_handled THEN apps_disclosed / apps_handled END AS outcomes,
        CASE WHEN review_total >= 5 AND review_corrected <= review_total THEN 1 - review_corrected / review_total END AS corrected
      FROM f),
    s AS (
      SELECT i.id, i.name, i.year, 100 * (coalesce(w.on_time * i.on_time, 0) + coalesce(w.complete * i.complete, 0)
          + coalesce(w.findings * i.findings, 0) + coalesce(w.volume * i.volume, 0) + coalesce(w.outcomes * i.outcomes, 0)
          + coalesce(w.corrected * i.corrected, 0))
        / nullif(CASE WHEN i.on_time IS NULL THEN 0 ELSE w.on_time END + w.complete + w.findings + CASE WHEN i.volume IS NULL THEN 0 ELSE w.volume END
          + CASE WHEN i.outcomes IS NULL THEN 0 ELSE w.outcomes END + CASE WHEN i.corrected IS NULL THEN 0 ELSE w.corrected END, 0) AS score
      FROM i, w),
    ranked AS (SELECT s.*, rank() OVER (PARTITION BY year ORDER BY score DESC) AS rank FROM s)
    SELECT c.id, c.name, c.score, c.rank, p.rank AS previous_rank, p.rank - c.rank AS rank_change
    FROM ranked c LEFT JOIN ranked p ON p.id = c.id AND p.year = 2024
    WHERE c.year = 2025 ORDER BY c.rank, c.name LIMIT 50`,
};
