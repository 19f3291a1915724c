// Loads a synthetic province into a migrated database with set-based SQL (generate_series, no per-row round trips):
// 20 cities × 10 counties × 50 bodies (government, 19 departments, 30 townships) = 10,000 agencies, one report a year
// 2019–2025 (≈2.5 % missing), one revision each (2019 template for 2019–2020, 2021 template after), ≈130 cells per
// report, six sections, and a warning finding on ≈15 % of reports. Everything is marked synthetic.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { METRICS } = require('@dh/domain');
const { BACKFILL_REVISION_FACTS_KEYED } = require('../dist/database/migrations/1768000000000-revision-facts-keys.js');
const { FACT_LISTS } = require('../dist/modules/scoring-profile/indicators.js');
const {
  BACKFILL_INDICATOR_FACTS,
  backfillParams,
} = require('../dist/database/migrations/1766000000000-indicator-facts.js');

export const BENCH_MARK = 'dh bench-api v1: 10000 agencies x 2019-2025';

const CITY_A = [
  '东',
  '西',
  '南',
  '北',
  '青',
  '白',
  '清',
  '安',
  '平',
  '永',
  '长',
  '新',
  '福',
  '宁',
  '和',
  '康',
  '兴',
  '丰',
  '云',
  '石',
];
const COUNTY_B = ['阳', '山', '江', '河', '川', '林', '原', '溪', '泉', '源'];
const DEPTS = [
  ['人民政府', 'government'],
  ['应急管理局', 'emergency_management'],
  ['统计局', 'statistics'],
  ['审计局', 'audit'],
  ['财政局', 'finance'],
  ['教育局', 'education'],
  ['公安局', 'public_security'],
  ['民政局', 'civil_affairs'],
  ['司法局', 'justice'],
  ['生态环境局', 'ecology_environment'],
  ['住房和城乡建设局', 'housing'],
  ['交通运输局', 'transport'],
  ['卫生健康委员会', 'health'],
  ['市场监督管理局', 'market_regulation'],
  ['人力资源和社会保障局', 'human_resources'],
  ['自然资源局', 'natural_resources'],
  ['档案局', 'archives'],
  ['信访局', 'petitions'],
  ['林业局', 'forestry'],
  ['税务局', 'tax'],
];
const TOWNS = ['中村', '上坊', '下溪', '桃园', '柳营', '杏花', '双井', '龙门', '凤鸣', '金沙'];
const TOWN_SUFFIX = ['镇', '乡', '街道办事处'];
export const DEPT_TYPES = DEPTS.map(([, t]) => t);

// Table 三's rarely filled applicant columns are left out, as many real reports leave them blank: ≈130 cells a report.
const SKIP_T3_COLS = /\.(research|public_interest|legal)$/;
function benchKeys() {
  const base = (k) =>
    k.endsWith('.decisions')
      ? 60
      : k === 't2.procurement.amount'
        ? 500000
        : k === 't2.fees.amount'
          ? 80
          : k.startsWith('t3.new.') || k.startsWith('t3.result_total.') || k.startsWith('t3.disclosed.')
            ? 20
            : 3;
  return METRICS.filter((m) => !m.derived && !(m.section === '三' && SKIP_T3_COLS.test(m.key))).flatMap((m) =>
    m.templates.map((t) => ({
      key: m.key,
      section: m.section,
      row_label: m.rowLabel,
      col_label: m.colLabel,
      unit: m.unit,
      template: t,
      base: base(m.key),
    })),
  );
}

function geography() {
  const cities = CITY_A.map((a) => `${a}州市`);
  const counties = cities.flatMap((c, ci) =>
    COUNTY_B.map((b, bi) => ({
      city: c,
      name: `${CITY_A[(ci + bi + 3) % CITY_A.length]}${b}${bi % 3 === 0 ? '区' : '县'}`,
    })),
  );
  const agencies = counties.flatMap((co, i) => [
    ...DEPTS.map(([suffix, type]) => ({ county: i, name: `${co.city}${co.name}${suffix}`, type, level: 'county' })),
    ...Array.from({ length: 30 }, (_, t) => ({
      county: i,
      level: 'township',
      type: 'township',
      name: `${co.city}${co.name}${TOWNS[t % 10]}${TOWN_SUFFIX[Math.floor(t / 10)]}`,
    })),
  ]);
  return { cities, counties, agencies };
}

/** Drops report_cell's indexes while loading (and rebuilds them from their own definitions), skips FK triggers. */
export async function loadSynthetic(c, log = () => undefined) {
  const { cities, counties, agencies } = geography();
  await c.query(`SET session_replication_role = replica; SET maintenance_work_mem = '512MB'`);
  const {
    rows: [{ id: prov }],
  } = await c.query(`INSERT INTO region (name, level, synthetic) VALUES ('基准省', 'province', true) RETURNING id`);
  const { rows: cityRows } = await c.query(
    `INSERT INTO region (name, level, parent_id, synthetic) SELECT n, 'city', $2, true FROM unnest($1::text[]) WITH ORDINALITY u(n, o) ORDER BY o RETURNING id`,
    [cities, prov],
  );
  const { rows: countyRows } = await c.query(
    `INSERT INTO region (name, level, parent_id, synthetic) SELECT n, 'county', p, true FROM unnest($1::text[], $2::int[]) WITH ORDINALITY u(n, p, o) ORDER BY o RETURNING id`,
    [counties.map((x) => x.name), counties.map((x) => cityRows[cities.indexOf(x.city)].id)],
  );
  await c.query(
    `INSERT INTO agency (name, region_id, level, type, synthetic) SELECT * , true FROM unnest($1::text[], $2::int[], $3::text[], $4::text[])`,
    [
      agencies.map((a) => a.name),
      agencies.map((a) => countyRows[a.county].id),
      agencies.map((a) => a.level),
      agencies.map((a) => a.type),
    ],
  );
  log(`regions ${1 + cities.length + counties.length}, agencies ${agencies.length}`);

  await c.query(`INSERT INTO report (agency_id, year, synthetic)
    SELECT a.id, y, true FROM agency a CROSS JOIN generate_series(2019, 2025) y WHERE a.synthetic AND abs(hashint4(a.id * 7 + y)) % 40 <> 0`);
  await c.query(`INSERT INTO report_revision (agency_id, report_id, revision_no, content_hash, file_name, form, encoding, bytes, template,
      agency_name_printed, published_on, reason, source_text, agency_match, section_count, table_count, source_kind, cells_read,
      cells_unresolved, error_count)
    SELECT r.agency_id, r.id, 1, md5('bench' || r.id), 'bench-' || r.id || '.html', 'html', 'utf-8', 18000 + r.id::int % 9000,
      CASE WHEN r.year <= 2020 THEN '2019' ELSE '2021' END, a.name, make_date(r.year + 1, 1, 1) + (abs(hashint8(r.id)) % 45)::int,
      'synthetic', '', 'created', 0, 0, 'page', 0, 0, 0
    FROM report r JOIN agency a ON a.id = r.agency_id`);
  await c.query(`UPDATE report r SET current_revision_id = v.id FROM report_revision v WHERE v.report_id = r.id`);
  log('reports and revisions');

  const { rows: idx } = await c.query(
    `SELECT indexdef FROM pg_indexes WHERE tablename = 'report_cell' AND indexname <> 'report_cell_pkey'`,
  );
  for (const { indexdef } of idx) await c.query(`DROP INDEX ${/INDEX (\S+) ON/.exec(indexdef)[1]}`);
  await c.query(`ALTER TABLE report_cell DROP CONSTRAINT report_cell_pkey`);
  await c.query(
    `CREATE TEMP TABLE bench_key AS SELECT row_number() OVER ()::int AS idx, * FROM json_to_recordset($1::json)
    AS x(key text, section text, row_label text, col_label text, unit text, template text, base int)`,
    [JSON.stringify(benchKeys())],
  );
  // Every 20th cell is blank (kind empty, no value), as published tables often are.
  await c.query(`INSERT INTO report_cell (agency_id, revision_id, year, key, section, row_label, col_label, raw, value, kind, unit, loc)
    SELECT v.agency_id, v.id, r.year, k.key, k.section, k.row_label, k.col_label, coalesce(x.val::text, ''), x.val,
      CASE WHEN x.val IS NULL THEN 'empty' WHEN x.val = 0 THEN 'zero' ELSE 'number' END, k.unit, '{"bench":true}'::jsonb
    FROM report_revision v JOIN report r ON r.id = v.report_id JOIN bench_key k ON k.template = v.template
    CROSS JOIN LATERAL (SELECT CASE WHEN abs(hashint8(v.id * 1000 + k.idx)) % 20 = 0 THEN NULL
      ELSE floor(random() * k.base * 2)::numeric END AS val) x`);
  log('cells');
  await c.query(`ALTER TABLE report_cell ADD CONSTRAINT report_cell_pkey PRIMARY KEY (agency_id, revision_id, key)`);
  for (const { indexdef } of idx) await c.query(indexdef);
  log('cell indexes rebuilt');

  await c.query(`INSERT INTO report_section (agency_id, revision_id, no, title, text)
    SELECT v.agency_id, v.id, n, (ARRAY['一、总体情况','二、主动公开政府信息情况','三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况','五、存在的主要问题及改进情况','六、其他需要报告的事项'])[n], '（合成文本）'
    FROM report_revision v CROSS JOIN generate_series(1, 6) n WHERE n < 6 OR v.id % 10 <> 0`);
  await c.query(`INSERT INTO finding (agency_id, revision_id, code, severity, message_zh, message_en, keys)
    SELECT v.agency_id, v.id, 't3.column_sum', 'warning', '（合成）表三列合计不符', '(synthetic) table 3 column sum differs', ARRAY['t3.new.total']
    FROM report_revision v WHERE abs(hashint8(v.id * 31)) % 100 < 15`);
  // The ranking facts as ingest stores them, from the cells and sections just written (the migration's own backfill).
  await c.query(BACKFILL_REVISION_FACTS_KEYED, FACT_LISTS);
  // The 2025 indicators' facts (migration 1766000000000); no MinHash: the synthetic sections hold no text to compare.
  for (const t of ['2019', '2021']) {
    await c.query(
      `${BACKFILL_INDICATOR_FACTS} WHERE v.template = '${t}'`,
      backfillParams(METRICS.filter((m) => m.templates.includes(t) && !m.derived).map((m) => m.key)),
    );
  }
  log('revision facts');
  await c.query(`SET session_replication_role = DEFAULT`);
  await c.query('VACUUM (ANALYZE)'); // as autovacuum would: visibility map set, so index-only scans work
  const {
    rows: [n],
  } =
    await c.query(`SELECT (SELECT count(*) FROM agency)::int AS agencies, (SELECT count(*) FROM report)::int AS reports,
    (SELECT count(*) FROM report_cell)::int AS cells`);
  return n;
}
