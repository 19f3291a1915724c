// The 2025 ranking on the demo data (the committed samples and the synthetic city 合成市 as the app loads them):
// scores explained by their indicators, peer groups, a roster body that did not publish, the seed report, profile v1
// reproduced, 内容雷同 passages with their access rule, the new continuity checks and the crosswalk series.
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { synthAgencies, synthCorpus } from '@dh/synth';
import { reloadConfig } from '../src/config/app-config';
import { AuthService } from '../src/modules/auth/auth.service';
import { DEMO_SYNTH_SEED, DemoDataService } from '../src/modules/ingest/demo-data.service';
import { bootTestApp } from './test-app';

const SAMPLES = path.resolve(__dirname, '../../../data/samples');
const ABSENT = '合成市档案馆';
type Row = {
  agencyId: number;
  agencyName: string;
  score: number;
  rank: number;
  peerGroup: string;
  published: boolean;
  gapZh: string;
  whyZh: string;
  needsLook: number;
  contributions: {
    indicator: string;
    weight: number;
    value: number | null;
    points: number;
    nullReason: string | null;
    note: string | null;
  }[];
};
const ROW =
  'agencyId agencyName score rank peerGroup published gapZh whyZh needsLook contributions { indicator weight value points nullReason note }';

describe(`ranking on the demo data (${process.env.TEST_DB_KIND ?? 'db'})`, () => {
  let app: NestExpressApplication;
  let ds: DataSource;
  let viewer: string;
  const gql = (query: string, variables: object = {}, token?: string) => {
    const r = request(app.getHttpServer()).post('/graphql').send({ query, variables });
    return token ? r.set('authorization', `Bearer ${token}`) : r;
  };
  const ranking = async (
    args: string,
  ): Promise<{ total: number; peerGroup: string; rows: Row[]; profile: { name: string; version: number } }> => {
    const res = await gql(
      `{ ranking(${args}, limit: 1000) { total peerGroup profile { name version } rows { ${ROW} } } }`,
    );
    expect(res.body.errors).toBeUndefined();
    return res.body.data.ranking;
  };

  beforeAll(async () => {
    app = await bootTestApp();
    ds = app.get(DataSource);
    const demo = app.get(DemoDataService);
    // Always: other suites share the database and may have stored reports already; this adds exactly what is missing.
    await demo.loadSamples(SAMPLES);
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM agency a JOIN region r ON r.id = a.region_id WHERE r.name = '合成市'`,
    );
    if (!n) await demo.loadSyntheticCity(30, DEMO_SYNTH_SEED);
    // A body the office lists for 合成市 that never published: expected from 2019 on.
    await ds.query(
      `INSERT INTO agency (name, region_id, level, type, kind, on_roster, first_year, synthetic)
      SELECT $1, id, 'city', 'archives', 'department', true, 2019, true FROM region WHERE name = '合成市' ON CONFLICT DO NOTHING`,
      [ABSENT],
    );
    viewer = (await app.get(AuthService).create('viewer', 'ranking-viewer')).token;
  }, 600_000);
  afterAll(async () => {
    await app.close();
  });

  it('2025 under 默认方案 v2: every score is the sum of its indicators, each explained; a tie made up differently says so', async () => {
    const r = await ranking('year: 2025');
    expect(r.profile).toEqual({ name: '默认方案', version: 2 });
    expect(r.peerGroup).toBe('kind');
    expect(r.total).toBeGreaterThan(20);
    for (const row of r.rows) {
      expect(row.contributions.reduce((s, c) => s + c.points, 0)).toBeCloseTo(row.score, 9);
      for (const c of row.contributions.filter((x) => x.weight > 0))
        expect(c.value === null ? c.nullReason : c.note).toBeTruthy();
      expect(row.contributions.map((c) => c.indicator)).not.toContain('proactive_volume');
      expect(row.gapZh).not.toBe('');
    }
    // Equal scores within a group (to 1e-9) share a rank. Bodies equal on every indicator are simply tied; bodies that
    // reach one score differently (an indicator that does not apply to one of them, or points that offset) are told so.
    const blocks = new Map<string, Row[]>();
    for (const row of r.rows.filter((x) => x.published)) {
      const k = `${row.peerGroup}|${row.rank}`;
      blocks.set(k, [...(blocks.get(k) ?? []), row]);
    }
    const facts = (x: Row) => JSON.stringify(x.contributions.map((c) => [c.indicator, c.value]));
    for (const block of blocks.values()) {
      for (const [i, x] of block.entries()) {
        if (i === 0) continue;
        expect(x.gapZh).toContain(`与${block[i - 1].agencyName}同分并列`);
        if (facts(x) !== facts(block[i - 1])) expect(x.gapZh).toMatch(/得分构成不同/);
        else expect(x.gapZh).toBe(`与${block[i - 1].agencyName}同分并列`);
      }
    }
    const sizes = [...blocks.values()].map((b) => b.length).sort((a, b) => b - a);
    console.log(`2025 tie blocks (largest first): ${sizes.slice(0, 5).join(', ')}; rows ${r.rows.length}`);
  });

  it("the demo city's 2025 ranking has no block of 6 or more equal scores in any group", async () => {
    // The demo city alone (合成市 and the regions under it): other suites on this database load cities of their own.
    const [{ id }] = await ds.query(
      `SELECT r.id FROM region r JOIN region p ON p.id = r.parent_id WHERE r.name = '合成市' AND p.name = '合成省'`,
    );
    const r = await ranking(`year: 2025, filter: { regionId: ${id} }`);
    expect(r.rows.filter((x) => x.published).length).toBeGreaterThan(20);
    const blocks = new Map<string, Row[]>();
    for (const row of r.rows.filter((x) => x.published))
      blocks.set(`${row.peerGroup}|${row.rank}`, [...(blocks.get(`${row.peerGroup}|${row.rank}`) ?? []), row]);
    const largest = [...blocks.values()].sort((a, b) => b.length - a.length)[0];
    expect(largest.map((x) => x.agencyName).length).toBeLessThan(6);
    // A shared rank is a shared score (to 1e-9), and every score is its indicators' points.
    for (const block of blocks.values())
      for (const x of block) expect(Math.abs(x.score - block[0].score)).toBeLessThan(1e-9);
    for (const row of r.rows) expect(row.contributions.reduce((sum, c) => sum + c.points, 0)).toBeCloseTo(row.score, 9);
  });

  it("says how much of a move is the profile's: last year's rank under 默认方案 v1 and v2, as each ranks 2024", async () => {
    const [{ id: v1 }] = await ds.query(`SELECT id FROM scoring_profile WHERE name = '默认方案' AND version = 1`);
    const q = async (args: string) =>
      (
        await gql(
          `{ ranking(${args}, peerGroup: kind, limit: 1000) { rows { agencyId rank previousRank rankChange whyEn } } }`,
        )
      ).body.data.ranking.rows as {
        agencyId: number;
        rank: number;
        previousRank: number | null;
        rankChange: number | null;
        whyEn: string;
      }[];
    const [now, underV2, underV1] = [
      await q('year: 2025'),
      await q('year: 2024'),
      await q(`year: 2024, profileId: ${v1}`),
    ];
    const v2At = new Map(underV2.map((x) => [x.agencyId, x.rank])),
      v1At = new Map(underV1.map((x) => [x.agencyId, x.rank]));
    const moved = now.filter((x) => x.rankChange !== null && v1At.has(x.agencyId));
    expect(moved.length).toBeGreaterThan(10);
    for (const x of moved) {
      expect(x.previousRank).toBe(v2At.get(x.agencyId));
      const m =
        /last year (\d+) under 默认方案 v1, (\d+) under this profile|last year (\d+) under both 默认方案 v1 and this profile/.exec(
          x.whyEn,
        );
      expect([x.agencyId, m && Number(m[1] ?? m[3]), m && Number(m[2] ?? m[3])]).toEqual([
        x.agencyId,
        v1At.get(x.agencyId),
        x.previousRank,
      ]);
    }
    // Under the profile's own groups v1 ranked everyone together: the explanation does not count places across groupings.
    const own = (await gql('{ ranking(year: 2025, limit: 1000) { rows { rankChange whyEn } } }')).body.data.ranking
      .rows as { rankChange: number | null; whyEn: string }[];
    expect(
      own
        .filter((x) => x.rankChange !== null)
        .every((x) => /默认方案 v1 groups bodies differently|no rank last year under/.test(x.whyEn)),
    ).toBe(true);
  });

  it('ranks within kind: compiled government reports apart from departments, each group from rank 1', async () => {
    const r = await ranking('year: 2025');
    const groups = [...new Set(r.rows.map((x) => x.peerGroup))];
    expect(groups).toEqual(expect.arrayContaining(['government_compiled', 'department']));
    for (const g of groups) expect(r.rows.find((x) => x.peerGroup === g)!.rank).toBe(1);
    const all = await ranking('year: 2025, peerGroup: all');
    expect(new Set(all.rows.map((x) => x.peerGroup))).toEqual(new Set(['all']));
  });

  it('lists a roster body without a report last in its group, 按时发布 0 and score 0', async () => {
    const r = await ranking('year: 2025, filter: { search: "合成市" }');
    const dept = r.rows.filter((x) => x.peerGroup === 'department');
    const absent = dept.at(-1)!;
    expect(absent).toMatchObject({ agencyName: ABSENT, published: false, score: 0 });
    expect(absent.contributions.find((c) => c.indicator === 'timeliness')).toMatchObject({ value: 0, points: 0 });
    expect(dept.slice(0, -1).every((x) => x.published && x.rank < absent.rank)).toBe(true);
  });

  it('the seed report loses nothing for copying the 2019 template exactly (amount_unit_missing is not scored)', async () => {
    const r = await ranking('year: 2020, filter: { search: "鞍山市应急管理局" }');
    const seed = r.rows.find((x) => x.agencyName === '鞍山市应急管理局')!;
    const by = Object.fromEntries(seed.contributions.map((c) => [c.indicator, c]));
    expect(by.format_complete.value).toBe(1);
    expect(by.data_accuracy.value).toBe(1);
    const f = await gql(
      `{ findings(filter: { agency: { search: "鞍山市应急管理局" }, years: [2020], kinds: [within] }) { code } }`,
    );
    expect(f.body.data.findings.map((x: { code: string }) => x.code)).toContain('amount_unit_missing');
    expect(seed.needsLook).toBeGreaterThan(0);
  });

  it('profile v1 still ranks as it did: its six indicators, everyone together, no absent bodies', async () => {
    const [{ id }] = await ds.query(`SELECT id FROM scoring_profile WHERE name = '默认方案' AND version = 1`);
    const r = await ranking(`year: 2025, profileId: ${id}`);
    expect(r.peerGroup).toBe('all');
    expect(r.rows.some((x) => !x.published)).toBe(false);
    const keys = r.rows[0].contributions.filter((c) => c.weight > 0).map((c) => c.indicator);
    expect(keys).toEqual([
      'on_time',
      'complete',
      'findings',
      'proactive_volume',
      'application_outcomes',
      'review_corrected',
    ]);
  });

  it('shows the passages a report shares with the one it resembles most; a reader without a token is refused when reading needs one', async () => {
    const r = await ranking('year: 2025, filter: { search: "合成市" }');
    const row = r.rows.find(
      (x) => x.published && x.contributions.some((c) => c.indicator === 'content_original' && c.value !== null),
    )!;
    const sim = await gql(
      `{ ranking(year: 2025, filter: { ids: [${row.agencyId}] }) { rows { similarTo { agencyId year similarity } } } }`,
    );
    const other = sim.body.data.ranking.rows[0].similarTo;
    const id = row.agencyId;
    const m = await gql(
      `query($id: Int!, $o: Int!, $y: Int!) { contentMatch(agencyId: $id, year: 2025, otherAgencyId: $o, otherYear: $y) {
      other { agencyId year similarity } passages } }`,
      { id, o: other.agencyId, y: other.year },
      viewer,
    );
    expect(m.body.errors).toBeUndefined();
    expect(m.body.data.contentMatch.other).toEqual({
      agencyId: other.agencyId,
      year: other.year,
      similarity: other.similarity,
    });
    expect(m.body.data.contentMatch.passages.length).toBeGreaterThan(0);
    const self = await gql(
      `query($id: Int!) { contentMatch(agencyId: $id, year: 2022, otherYear: 2022, otherAgencyId: $id) { passages } }`,
      { id },
      viewer,
    );
    expect(self.body.errors[0].message).toMatch(/otherYear: compare with another report/);
    reloadConfig({ READ_ACCESS: 'token' });
    try {
      const anon = await gql(`query($id: Int!) { contentMatch(agencyId: $id, year: 2022) { passages } }`, { id });
      expect(anon.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const r = await gql('{ ranking(year: 2022, limit: 1) { total } }');
      expect(r.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    } finally {
      reloadConfig();
    }
  });

  const cellsOf = async (name: string, year: number): Promise<Record<string, number | null>> => {
    const res = await gql('query($n: String!, $y: Int!) { report(agencyName: $n, year: $y) { cells { key value } } }', {
      n: name,
      y: year,
    });
    return Object.fromEntries(
      res.body.data.report.cells.map((c: { key: string; value: number | null }) => [c.key, c.value]),
    );
  };

  it('checks the 2019 item chain 上一年项目数量 (N) = 上一年项目数量 (N−1) + 本年增/减 (N−1): the findings are what SQL over the cells says', async () => {
    // The demo's 2019 and 2020 reports chain; one synthetic body's 2020 行政许可 上一年项目数量 is raised by two to break it.
    await ds.query(`UPDATE report_cell c SET value = c.value + 2 FROM report r JOIN agency a ON a.id = r.agency_id
      WHERE a.id = (SELECT min(a2.id) FROM agency a2 JOIN report r2 ON r2.agency_id = a2.id AND r2.year = 2019 WHERE a2.synthetic)
        AND r.year = 2020 AND c.revision_id = r.current_revision_id AND c.agency_id = a.id AND c.key = 't2.licensing.prev_items' AND c.value IS NOT NULL`);
    const expected: { key: string; expected: number; actual: number }[] = await ds.query(`
      SELECT a.name || '|' || c.key AS key, (p.value + pc.value)::float8 AS expected, c.value::float8 AS actual
      FROM agency a JOIN report r ON r.agency_id = a.id AND r.year = 2020 JOIN report q ON q.agency_id = a.id AND q.year = 2019
      JOIN report_cell c ON c.revision_id = r.current_revision_id AND c.agency_id = a.id AND c.key LIKE 't2.%.prev_items'
      JOIN report_cell p ON p.revision_id = q.current_revision_id AND p.agency_id = a.id AND p.key = c.key
      JOIN report_cell pc ON pc.revision_id = q.current_revision_id AND pc.agency_id = a.id AND pc.key = replace(c.key, 'prev_items', 'change')
      WHERE c.value <> p.value + pc.value ORDER BY 1`);
    expect(expected.length).toBeGreaterThan(0);
    const f =
      await gql(`{ findings(filter: { years: [2020], kinds: [continuity], codes: ["continuity.item_count"] }, limit: 2000) {
      agencyName keys expected actual severity } }`);
    const got = f.body.data.findings.map(
      (x: { agencyName: string; keys: string[]; expected: number; actual: number }) => ({
        key: `${x.agencyName}|${x.keys[0]}`,
        expected: x.expected,
        actual: x.actual,
      }),
    );
    expect(got.sort((x: { key: string }, y: { key: string }) => (x.key < y.key ? -1 : 1))).toEqual(expected);
    expect(f.body.data.findings.every((x: { severity: string }) => x.severity === 'warning')).toBe(true);
  });

  it('holds each compiled report to the bodies the roster puts under it (townships and counties too), as the generator printed them', async () => {
    // Expected from the generator's own printed values, not from SQL: a compiled report sums the true values of its bodies,
    // so a body's broken printed total shows as a difference; with every listed body reported it must equal the sum.
    const corpus = [...synthCorpus({ agencies: 30, years: [2019, 2025], seed: DEMO_SYNTH_SEED })];
    const bodies = synthAgencies(30);
    const KIDS = ['government_office', 'department', 'township', 'other', 'government_compiled'];
    const KEYS = ['t3.new.total', 't2.licensing.decisions', 't2.penalty.decisions', 't2.coercion.decisions'];
    const expected: string[] = [];
    const govs = bodies.filter((b) => b.kind === 'government_compiled');
    for (const gov of govs)
      for (let year = 2019; year <= 2025; year++) {
        const own = corpus.find((r) => r.agency.name === gov.name && r.year === year);
        if (!own) continue;
        const children = bodies.filter(
          (b) => b.parent === gov.name && KIDS.includes(b.kind) && (b.lastYear === null || b.lastYear >= year),
        );
        if (gov.name === '东阳区人民政府') expect(children.some((c) => c.kind === 'township')).toBe(true);
        const reports = children.map((c) => corpus.find((r) => r.agency.name === c.name && r.year === year));
        const silent = reports.filter((r) => !r).length;
        for (const key of KEYS) {
          const printed = reports.flatMap((r) => (r?.values.get(key) ? [r.values.get(key)!.value] : []));
          if (!printed.length) continue;
          const sum = printed.reduce((a, b) => a + b, 0),
            actual = own.values.get(key)!.value;
          if (actual < sum || (silent === 0 && actual !== sum))
            expected.push(`${gov.name}|${year}|${key}|${sum}|${actual}`);
        }
      }
    expect(expected.length).toBeGreaterThan(0);
    const ids: { id: number }[] = await ds.query(`SELECT id FROM agency WHERE name = ANY($1)`, [
      govs.map((g) => g.name),
    ]);
    const f =
      await gql(`{ findings(filter: { agency: { ids: [${ids.map((x) => x.id).join(',')}] }, kinds: [hierarchy] }, limit: 2000) {
      agencyName year keys expected actual } }`);
    expect(f.body.errors).toBeUndefined();
    const got = f.body.data.findings.map(
      (x: { agencyName: string; year: number; keys: string[]; expected: number; actual: number }) =>
        `${x.agencyName}|${x.year}|${x.keys[0]}|${x.expected}|${x.actual}`,
    );
    expect(got.sort()).toEqual(expected.sort());
  });

  it('reports a broken 现行有效 chain as info, and a severity filter sees it so', async () => {
    // One synthetic body's 2023 规章 现行有效 raised by one, so its chain from 2022 cannot hold.
    const [{ agency_id: id }] =
      await ds.query(`SELECT c.agency_id FROM report_cell c JOIN report r ON r.current_revision_id = c.revision_id
      JOIN agency a ON a.id = r.agency_id WHERE r.year = 2023 AND c.key = 't2.rules.in_force' AND c.value IS NOT NULL AND a.synthetic
      AND EXISTS (SELECT 1 FROM report p WHERE p.agency_id = a.id AND p.year = 2022) ORDER BY 1 LIMIT 1`);
    await ds.query(
      `UPDATE report_cell c SET value = c.value + 1 FROM report r WHERE r.agency_id = $1 AND r.year = 2023
      AND c.revision_id = r.current_revision_id AND c.agency_id = $1 AND c.key = 't2.rules.in_force'`,
      [id],
    );
    const q = (sev: string) =>
      gql(
        `{ findings(filter: { agency: { ids: [${id}] }, years: [2023], kinds: [continuity], codes: ["continuity.in_force"]${sev} }) { severity keys } }`,
      );
    const [all, info, warn] = [await q(''), await q(', severities: ["info"]'), await q(', severities: ["warning"]')];
    // The planted break is there, and every 现行有效 break is info (the body may have others of its own).
    expect(all.body.data.findings).toContainEqual({ severity: 'info', keys: ['t2.rules.in_force'] });
    expect(all.body.data.findings.every((f: { severity: string }) => f.severity === 'info')).toBe(true);
    expect(info.body.data.findings).toEqual(all.body.data.findings);
    expect(warn.body.data.findings).toEqual([]);
  });

  it('crosswalk: 其他处理 as one series across templates, and 本年制发件数 continued from 本年新制作数量 with a caveat', async () => {
    const years = [2019, 2020, 2021, 2022];
    const cells = await Promise.all(years.map((y) => cellsOf('平潭综合实验区（管委会）', y)));
    const other = cells.map((c, i) =>
      years[i] <= 2020
        ? c['t3.other.total']
        : ['no_correction', 'unpaid', 'misc'].reduce((s, k) => s + (c[`t3.other.${k}.total`] ?? 0), 0),
    );
    const s =
      await gql(`{ series(metric: "t3.other_group.total", filter: { search: "平潭综合实验区" }, years: [2019, 2020, 2021, 2022]) {
      lines { agencyName points { year value breakBefore } } } }`);
    expect(s.body.errors).toBeUndefined();
    const pick = (lines: { agencyName: string; points: unknown[] }[]) =>
      lines.find((l) => l.agencyName === '平潭综合实验区（管委会）')!.points as never[];
    const line: { value: number; breakBefore: boolean }[] = pick(s.body.data.series.lines);
    expect(line.map((p: { value: number }) => p.value)).toEqual(other);
    expect(line.some((p: { breakBefore: boolean }) => p.breakBefore)).toBe(false);
    const d =
      await gql(`{ series(metric: "t2.normative.issued", filter: { search: "平潭综合实验区" }, years: [2019, 2020, 2021, 2022]) {
      lines { agencyName points { year value status breakBefore breakReasonEn } } } }`);
    const pts: { value: number }[] = pick(d.body.data.series.lines);
    expect(pts.map((p: { value: number }) => p.value)).toEqual([
      cells[0]['t2.normative.new_made'],
      cells[1]['t2.normative.new_made'],
      cells[2]['t2.normative.issued'],
      cells[3]['t2.normative.issued'],
    ]);
    expect(pts[2]).toMatchObject({ breakBefore: true, breakReasonEn: expect.stringMatching(/definition changed/) });
    const m = await gql('{ metrics(section: "二") { key comparability } }');
    expect(m.body.data.metrics.find((x: { key: string }) => x.key === 't2.normative.new_made').comparability).toBe(
      'caveat',
    );
  });

  it("ends: only the top and bottom rows, the same rows (rank, score) as the full ranking's first and last", async () => {
    const full = await ranking('year: 2025');
    const res = await gql(`{ ranking(year: 2025, ends: 5) { total rows { ${ROW} } } }`);
    expect(res.body.errors).toBeUndefined();
    const ends: { total: number; rows: Row[] } = res.body.data.ranking;
    expect(full.total).toBeGreaterThan(10);
    expect(ends.total).toBe(full.total);
    const pick = (rows: Row[]) => rows.map((r) => [r.agencyId, r.rank, r.score]);
    expect(pick(ends.rows)).toEqual(pick([...full.rows.slice(0, 5), ...full.rows.slice(-5)]));
  });

  it('years: each year with reports and its count, as the report list counts them; both refused without a token under READ_ACCESS=token', async () => {
    const res = await gql('{ years { year reports } }', {}, viewer);
    expect(res.body.errors).toBeUndefined();
    const years: { year: number; reports: number }[] = res.body.data.years;
    expect(years.map((y) => y.year)).toEqual([...years.map((y) => y.year)].sort((a, b) => a - b));
    expect(years.length).toBeGreaterThan(3);
    for (const y of years) {
      const page = await gql('query($y: Int!) { reports(filter: { year: $y }, first: 1) { totalCount } }', {
        y: y.year,
      });
      expect([y.year, y.reports]).toEqual([y.year, page.body.data.reports.totalCount]);
    }
    reloadConfig({ READ_ACCESS: 'token' });
    try {
      for (const q of ['{ years { year } }', '{ ranking(year: 2025, ends: 5) { total } }']) {
        const anon = await gql(q);
        expect([q, anon.body.errors?.[0]?.extensions?.code]).toEqual([q, 'UNAUTHENTICATED']);
        expect(anon.body.data ?? null).toBeNull();
        const ok = await gql(q, {}, viewer);
        expect([q, ok.body.errors]).toEqual([q, undefined]);
      }
    } finally {
      reloadConfig();
    }
  });
});
