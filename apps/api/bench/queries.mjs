// What bench:api asks, as an analyst would: one county's bodies over all years, one kind of bureau across the province,
// one city's ranking. RAW holds the same aggregate written directly in SQL, the yardstick for the API's overhead.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { METRICS } = require('@dh/domain');
const pick = (xs, next) => xs[Math.floor(next() * xs.length)];
// Cells each template prints (格式完整's denominator, as scoring-profile/indicators.ts counts them).
const EXPECTED = Object.fromEntries(
  ['2019', '2021'].map((t) => [t, METRICS.filter((m) => m.templates.includes(t) && !m.derived).length]),
);
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
  // profile (默认方案 v2) weights, each indicator as ranking.indicators.ts defines it, ranked within kind (rank() per
  // year and kind), last year's rank. Two things the API does in code are simpler here and agree on the synthetic
  // data: findings are counted rather than grouped into root causes (no synthetic finding is substantive), and
  // 内容不雷同 is absent (no synthetic text to compare, so the API drops it too). The API also explains each move.
  ranking: `
    WITH w AS (SELECT coalesce((weights->>'timeliness')::float8, 0) AS tw, coalesce((weights->>'format_complete')::float8, 0) AS fw,
        coalesce((weights->>'data_accuracy')::float8, 0) AS aw, coalesce((weights->>'application_handling')::float8, 0) AS hw,
        coalesce((weights->>'review_correction')::float8, 0) AS rw FROM scoring_profile WHERE is_default),
    f AS (
      SELECT a.id, a.name, a.kind, r.year, v.published_on, v.template, v.section_count, v.cells_read, v.fee_statement, v.apps_handled,
        v.apps_new, v.apps_carried_in, v.apps_carried_out, v.apps_other, v.review_total, v.review_corrected, v.review_pending,
        CASE WHEN a.kind = 'vertical' THEN NULL WHEN a.kind = 'government_compiled' THEN
          CASE coalesce(a.level, (SELECT level FROM region WHERE id = a.region_id)) WHEN 'county' THEN make_date(r.year + 1, 2, 20)
            WHEN 'city' THEN make_date(r.year + 1, 3, 10) WHEN 'province' THEN make_date(r.year + 1, 3, 31) ELSE make_date(r.year + 1, 1, 31) END
          ELSE make_date(r.year + 1, 1, 31) END AS due,
        (SELECT count(*) FROM finding fi WHERE fi.agency_id = r.agency_id AND fi.revision_id = r.current_revision_id
          AND fi.code = ANY('{t3_column_identity,t3_result_total,t3_group_subtotal,t3_row_total,t4_total,text_contradicts_table}') AND fi.status <> 'dismissed') AS faults
      FROM agency a JOIN report r ON r.agency_id = a.id AND r.year IN (2023, 2024, 2025) JOIN report_revision v ON v.id = r.current_revision_id
      WHERE ${IN_REGION('$1')} AND a.status = 'resolved'),
    g AS (
      SELECT f.*, p.apps_carried_out AS prev_out, greatest(0, f.review_total - coalesce(f.review_pending, 0)) AS decided,
        coalesce(f.apps_new, 0) + coalesce(f.apps_carried_in, 0) AS received
      FROM f LEFT JOIN f p ON p.id = f.id AND p.year = f.year - 1 WHERE f.year >= 2024),
    h AS (SELECT g.*, least(greatest(0, coalesce(review_corrected, 0)), decided) AS corr FROM g),
    i AS (
      SELECT id, name, kind, year,
        CASE WHEN published_on IS NULL THEN 0.0 WHEN due IS NULL THEN NULL WHEN published_on <= due THEN 1.0
          ELSE greatest(0, 1 - (published_on - due) / 60.0) END AS t,
        CASE WHEN template = '2021' THEN (least(1, cells_read / ${EXPECTED['2021']}.0) + least(section_count, 6) / 6.0 + fee_statement::int) / 3
          ELSE (least(1, cells_read / (CASE WHEN template = '2019' THEN ${EXPECTED['2019']} ELSE ${EXPECTED['2021']} END)::float8) + least(section_count, 6) / 6.0) / 2 END AS fc,
        greatest(0, 1 - 0.25 * (faults + CASE WHEN prev_out <> apps_carried_in THEN 1 ELSE 0 END)) AS acc,
        CASE WHEN apps_new IS NULL AND apps_carried_in IS NULL THEN NULL WHEN received <= 0 THEN NULL
          ELSE ((1 - CASE WHEN coalesce(apps_handled, 0) > 0 THEN least(1, coalesce(apps_other, 0) / apps_handled) ELSE 0 END)
            + (1 - least(1, greatest(0, coalesce(apps_carried_out, 0)) / received))) / 2 END AS ah,
        CASE WHEN review_total IS NULL THEN NULL ELSE 1 - (corr + 5 * coalesce(sum(corr) FILTER (WHERE review_total IS NOT NULL) OVER y
          / nullif(sum(decided) FILTER (WHERE review_total IS NOT NULL) OVER y, 0), 0)) / (decided + 5) END AS rc
      FROM h WINDOW y AS (PARTITION BY year, kind)),
    s AS (
      SELECT i.id, i.name, i.kind, i.year, 100 * (coalesce(w.tw * i.t, 0) + w.fw * i.fc + w.aw * i.acc + coalesce(w.hw * i.ah, 0) + coalesce(w.rw * i.rc, 0))
        / nullif(CASE WHEN i.t IS NULL THEN 0 ELSE w.tw END + w.fw + w.aw + CASE WHEN i.ah IS NULL THEN 0 ELSE w.hw END
          + CASE WHEN i.rc IS NULL THEN 0 ELSE w.rw END, 0) AS score
      FROM i, w),
    ranked AS (SELECT s.*, rank() OVER (PARTITION BY year, kind ORDER BY score DESC) AS rank FROM s)
    SELECT c.id, c.name, c.score, c.rank, p.rank AS previous_rank, p.rank - c.rank AS rank_change
    FROM ranked c LEFT JOIN ranked p ON p.id = c.id AND p.year = 2024 AND p.kind = c.kind
    WHERE c.year = 2025 ORDER BY c.kind, c.rank, c.name LIMIT 50`,
};
