// Issue 10's checks on the demo data as `npm start` loads it (real samples, then the synthetic city with its roster):
// deadlines by kind, totals that never count a compiled report twice, the 逐级汇总 view, 应报 from the roster only.
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { DemoDataService } from '../src/modules/ingest/demo-data.service';
import { bootTestApp } from './test-app';

describe(`roster on the demo data (${process.env.TEST_DB_KIND ?? 'db'})`, () => {
  let app: NestExpressApplication;
  let ds: DataSource;
  let city: number;
  const gql = async (query: string, variables: object = {}) => {
    const res = await request(app.getHttpServer()).post('/graphql').send({ query, variables });
    if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
    return res.body.data;
  };

  beforeAll(async () => {
    app = await bootTestApp();
    ds = app.get(DataSource);
    const demo = app.get(DemoDataService);
    await demo.loadSamples(path.resolve(__dirname, '../../../data/samples'));
    await demo.loadSyntheticCity(30);
    city = (
      await ds.query(
        `SELECT r.id FROM region r JOIN region p ON p.id = r.parent_id WHERE r.name = '合成市' AND p.name = '合成省'`,
      )
    )[0].id;
  }, 600_000);
  afterAll(async () => {
    await app.close();
  });

  it('holds 东阳区人民政府 (a county’s compiled report) to 2月20日: its 2025 report is on time; a township is typed township', async () => {
    const c = (
      await gql(
        `query($r: Int) { collectionStatus(year: 2025, regionId: $r) { expected bodies { agencyName kind expected state dueOn publishedOn } } }`,
        { r: city },
      )
    ).collectionStatus;
    const dongyang = c.bodies.find((b: { agencyName: string }) => b.agencyName === '东阳区人民政府');
    expect(dongyang).toMatchObject({ kind: 'government_compiled', dueOn: '2026-02-20', state: 'on_time' });
    expect(c.bodies.filter((b: { kind: string }) => b.kind === 'township').length).toBeGreaterThanOrEqual(2);
    // 应报 is the roster's bodies expected in 2025: not the vertical one, not the body merged away in 2021, no real sample.
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM agency a WHERE a.on_roster AND a.kind <> 'vertical'
      AND (a.last_year IS NULL OR a.last_year >= 2025) AND a.region_id = ANY(ARRAY(WITH RECURSIVE s AS (SELECT id FROM region WHERE id = $1
      UNION ALL SELECT r.id FROM region r JOIN s ON r.parent_id = s.id) SELECT id FROM s))`,
      [city],
    );
    expect(c.expected).toBe(n);
    // The real samples from other cities are on no roster: listed where they reported, never expected.
    const all = (await gql('{ collectionStatus(year: 2024) { bodies { agencyName expected onRoster } } }'))
      .collectionStatus;
    expect(all.bodies).toContainEqual({ agencyName: '平潭综合实验区（管委会）', expected: false, onRoster: false });
  });

  it('the region total of t3.new.total equals an independent SQL sum over the non-compiled reports', async () => {
    const t = (
      await gql(
        `query($r: Int) { compare(metrics: ["t3.new.total"], years: [2024, 2025], groupBy: region, filter: { regionId: $r }) {
      kinds totals { year value yoy yoyBodies } } }`,
        { r: city },
      )
    ).compare;
    for (const year of [2024, 2025]) {
      const [{ s }] = await ds.query(
        `SELECT sum(c.value)::float8 AS s FROM report r JOIN agency a ON a.id = r.agency_id
        JOIN report_cell c ON c.agency_id = r.agency_id AND c.revision_id = r.current_revision_id AND c.key = 't3.new.total'
        WHERE r.year = $2 AND a.kind IN ('government_office', 'department', 'township', 'other') AND a.status <> 'merged'
          AND a.region_id = ANY(ARRAY(WITH RECURSIVE s AS (SELECT id FROM region WHERE id = $1
          UNION ALL SELECT r.id FROM region r JOIN s ON r.parent_id = s.id) SELECT id FROM s))`,
        [city, year],
      );
      expect(t.totals.find((x: { year: number }) => x.year === year).value).toBe(s);
    }
    // Over the bodies with a value in both years (a body missing 2024 is not paired with its 2023).
    const [{ both, change }] = await ds.query(
      `SELECT count(*)::int AS both, sum(c.value - pc.value)::float8 AS change FROM report r JOIN report p ON p.agency_id = r.agency_id AND p.year = 2024
      JOIN agency a ON a.id = r.agency_id JOIN report_cell c ON c.agency_id = r.agency_id AND c.revision_id = r.current_revision_id AND c.key = 't3.new.total'
      JOIN report_cell pc ON pc.agency_id = p.agency_id AND pc.revision_id = p.current_revision_id AND pc.key = 't3.new.total'
      WHERE r.year = 2025 AND c.value IS NOT NULL AND pc.value IS NOT NULL AND a.kind IN ('government_office', 'department', 'township', 'other')
        AND a.status <> 'merged' AND a.region_id = ANY(ARRAY(WITH RECURSIVE s AS (SELECT id FROM region WHERE id = $1
        UNION ALL SELECT r.id FROM region r JOIN s ON r.parent_id = s.id) SELECT id FROM s))`,
      [city],
    );
    expect(t.totals.find((x: { year: number }) => x.year === 2025).yoyBodies).toBe(both);
    expect(t.totals.find((x: { year: number }) => x.year === 2025).yoy).toBeCloseTo(change, 6);
  });

  it('shows each compiled report beside its computed sum; with every body reporting they agree', async () => {
    const rows = (
      await gql(
        `query($r: Int) { rollup(year: 2025, metrics: ["t3.new.total", "t4.reconsideration.total"], regionId: $r) {
      agencyName children childrenReporting cells { metric reported computed difference } } }`,
        { r: city },
      )
    ).rollup;
    expect(rows.map((r: { agencyName: string }) => r.agencyName)).toEqual(['合成市人民政府', '东阳区人民政府']);
    for (const r of rows) {
      expect(r.children).toBeGreaterThan(0);
      // The synthetic city compiles its reports from the bodies that reported: the figures agree to the unit.
      for (const c of r.cells) expect(c).toMatchObject({ difference: 0 });
    }
  });
});
