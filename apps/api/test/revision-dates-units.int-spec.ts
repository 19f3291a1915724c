// Two dates per revision (publication with its source, signature) and amounts in the catalogue unit, through ingest,
// upload and GraphQL. Expected values are read off the sample files: junshan 发布时间 2023-01-09 10:07 and 落款
// 2023年1月9日; seed 000 落款 2021年1月25日, no page date; pingtan 2019 采购总金额 75394432.52元; Shanghai 2019
// 251000元; pingtan 2021 收费 24252.311082 under 本年收费金额（单位：万元）.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { RevisionDatesAmountUnits1765100000000 } from '../src/database/migrations/1765100000000-revision-dates-amount-units';
import { AuthService } from '../src/modules/auth/auth.service';
import { IngestService } from '../src/modules/ingest/ingest.service';
import { bootTestApp } from './test-app';

const SAMPLES = path.resolve(__dirname, '../../../data/samples');
const sample = (rel: string): string => fs.readFileSync(path.join(SAMPLES, rel), 'utf8');
// Other suites may have stored the very same bytes under the sample's own body; a marker comment makes each copy new.
const copy = (text: string, tag: string): Buffer => Buffer.from(`${text}\n<!-- ${tag} -->\n`, 'utf8');
const REGION = ['单位省', '单位市'];

describe(`revision dates and amount units (${process.env.TEST_DB_KIND ?? 'db'})`, () => {
  let app: NestExpressApplication;
  let svc: IngestService;
  let ds: DataSource;
  let tokens: Record<'viewer' | 'analyst' | 'admin', string>;
  const gql = (query: string, variables: object = {}) =>
    request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send({ query, variables });
  const DATES = 'publishedOn publishedOnSource signedOn signedOnSource signatureOnly';

  beforeAll(async () => {
    app = await bootTestApp();
    svc = app.get(IngestService);
    ds = app.get(DataSource);
    const auth = app.get(AuthService);
    tokens = {
      viewer: (await auth.create('viewer', 'u-viewer')).token,
      analyst: (await auth.create('analyst', 'u-analyst')).token,
      admin: (await auth.create('admin', 'u-admin')).token,
    };
  }, 120_000);
  afterAll(async () => {
    await app.close();
  });

  it('a page with both dates keeps both; a text copy with only a signature says so', async () => {
    const both = await svc.ingest({
      bytes: copy(sample('reports/2022_pingtan_junshan_pianqu_guanliju.txt'), 'dates-a'),
      fileName: 'junshan.txt',
      agencyName: '日期甲局',
      region: REGION,
      year: 2022,
      override: true,
    });
    const sig = await svc.ingest({
      bytes: copy(sample('seeds/000_ccd59bc5fe42f9c9.txt'), 'dates-b'),
      fileName: 'seed.txt',
      agencyName: '日期乙局',
      region: REGION,
      year: 2020,
      override: true,
    });
    expect([both.status, sig.status]).toEqual(['new', 'new']);
    const res = await gql(
      `query($a: ID!, $b: ID!) { a: report(id: $a) { ${DATES} firstSeenOn revisions { ${DATES} } }
      b: report(id: $b) { ${DATES} revisions { ${DATES} } } }`,
      { a: both.reportId, b: sig.reportId },
    );
    const { a, b } = res.body.data;
    const wantA = {
      publishedOn: '2023-01-09',
      publishedOnSource: 'page',
      signedOn: '2023-01-09',
      signedOnSource: 'signature',
      signatureOnly: false,
    };
    expect(a).toMatchObject(wantA);
    expect(a.revisions).toEqual([wantA]);
    expect(a.firstSeenOn).toBe(new Date().toISOString().slice(0, 10));
    const wantB = {
      publishedOn: null,
      publishedOnSource: null,
      signedOn: '2021-01-25',
      signedOnSource: 'signature',
      signatureOnly: true,
    };
    expect(b).toMatchObject(wantB);
    expect(b.revisions).toEqual([wantB]);
  });

  it('upload: a given publication date wins over the page and is marked given; a bad one refuses the upload, naming the field', async () => {
    const server = app.getHttpServer();
    const bytes = copy(sample('reports/2020_pingtan_zonghe_shiyanqu.txt'), 'dates-c');
    const before = (await ds.query(`SELECT count(*)::int AS n FROM report_revision`))[0].n;
    const bad = await request(server)
      .post('/api/upload')
      .set('authorization', `Bearer ${tokens.admin}`)
      .field('agency', '日期丙局')
      .field('publishedOn', '2021-02-30')
      .attach('files', bytes, 'pingtan-2020.txt');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe('publishedOn: "2021-02-30" is not a calendar date; nothing was stored');
    expect((await ds.query(`SELECT count(*)::int AS n FROM report_revision`))[0].n).toBe(before);
    for (const role of ['viewer', 'analyst'] as const) {
      const refused = await request(server)
        .post('/api/upload')
        .set('authorization', `Bearer ${tokens[role]}`)
        .field('publishedOn', '2021-03-01')
        .attach('files', bytes, 'pingtan-2020.txt');
      expect([role, refused.status]).toEqual([role, 403]);
    }
    const ok = await request(server)
      .post('/api/upload')
      .set('authorization', `Bearer ${tokens.admin}`)
      .field('agency', '日期丙局')
      .field('region', REGION.join('/'))
      .field('publishedOn', '2021-03-01')
      .field('override', 'true')
      .attach('files', bytes, 'pingtan-2020.txt');
    expect(ok.status).toBe(201);
    expect(ok.body.results[0]).toMatchObject({ status: 'new', agencyName: '日期丙局' });
    const r = await gql(`query($id: ID!) { report(id: $id) { ${DATES} } }`, { id: ok.body.results[0].reportId });
    // The page says 发布时间: 2021-03-05; the uploader's date is kept instead, and says where it came from.
    expect(r.body.data.report).toEqual({
      publishedOn: '2021-03-01',
      publishedOnSource: 'given',
      signedOn: null,
      signedOnSource: null,
      signatureOnly: false,
    });
  });

  it('元 and 万元 amounts are stored in the catalogue unit, so compare, series and the overview totals add like with like', async () => {
    const p2019 = sample('reports/2019_pingtan_zonghe_shiyanqu.html');
    const inWan = p2019.replace('>75394432.52元<', '>7539.443252万元<');
    expect(inWan).not.toBe(p2019);
    const p2021 = sample('reports/2021_pingtan_zonghe_shiyanqu.html');
    const feesInYuan = p2021.replace('>24252.311082<', '>242523110.82元<');
    expect(feesInYuan).not.toBe(p2021);
    const files: [string, Buffer, number][] = [
      ['单位甲局', copy(p2019, 'units-a'), 2019],
      ['单位乙局', copy(inWan, 'units-b'), 2019],
      ['单位丙局', copy(sample('reports/2019_shanghai_shi_renmin_zhengfu_bangongting.html'), 'units-c'), 2019],
      ['单位丁局', copy(sample('seeds/000_ccd59bc5fe42f9c9.txt'), 'units-d'), 2019],
      ['单位甲局', copy(p2021, 'units-e'), 2021],
      ['单位乙局', copy(feesInYuan, 'units-f'), 2021],
    ];
    for (const [agencyName, bytes, year] of files) {
      // The seed is a text copy; the others are HTML pages: the extension tells the parser which.
      const ext = agencyName === '单位丁局' ? 'txt' : 'html';
      const res = await svc.ingest({
        bytes,
        fileName: `${agencyName}-${year}.${ext}`,
        agencyName,
        year,
        region: REGION,
        override: true,
      });
      expect([agencyName, res.status]).toEqual([agencyName, 'new']);
    }
    type C = {
      name: string;
      key: string;
      raw: string;
      value: number | null;
      unit: string | null;
      raw_unit: string | null;
    };
    const cells: C[] =
      await ds.query(`SELECT a.name, c.key, c.raw, c.value::float8 AS value, c.unit, c.raw_unit FROM report_cell c
      JOIN report r ON r.agency_id = c.agency_id AND r.current_revision_id = c.revision_id JOIN agency a ON a.id = r.agency_id
      WHERE a.name LIKE '单位_局' AND c.key IN ('t2.procurement.amount', 't2.fees.amount')`);
    const at = (name: string, key: string) => cells.find((c) => c.name === name && c.key === key);
    expect(cells).toHaveLength(6);
    expect(at('单位甲局', 't2.procurement.amount')).toMatchObject({
      raw: '75394432.52元',
      value: 75394432.52,
      unit: '元',
      raw_unit: '元',
    });
    expect(at('单位乙局', 't2.procurement.amount')).toMatchObject({
      raw: '7539.443252万元',
      value: 75394432.52,
      unit: '元',
      raw_unit: '万元',
    });
    expect(at('单位丙局', 't2.procurement.amount')).toMatchObject({
      raw: '251000元',
      value: 251000,
      unit: '元',
      raw_unit: '元',
    });
    expect(at('单位丁局', 't2.procurement.amount')).toMatchObject({
      raw: '689380',
      value: null,
      unit: null,
      raw_unit: null,
    });
    expect(at('单位甲局', 't2.fees.amount')).toMatchObject({
      raw: '24252.311082',
      value: 24252.311082,
      unit: '万元',
      raw_unit: '万元',
    });
    expect(at('单位乙局', 't2.fees.amount')).toMatchObject({
      raw: '242523110.82元',
      value: 24252.311082,
      unit: '万元',
      raw_unit: '元',
    });
    const [{ id: regionId }] = await ds.query(`SELECT id FROM region WHERE name = '单位市'`);
    const cmp = await gql(
      `query($f: AgencyFilter) { compare(metrics: ["t2.procurement.amount", "t2.fees.amount"], years: [2019, 2021],
      filter: $f, groupBy: region) { totals { metric year value } rows { label cells { metric year value } } } }`,
      { f: { regionId } },
    );
    const totals = Object.fromEntries(
      cmp.body.data.compare.totals
        .filter((t: { value: number | null }) => t.value !== null)
        .map((t: { metric: string; year: number; value: number }) => [`${t.metric}@${t.year}`, t.value]),
    );
    // 75394432.52元 twice (once printed in 万元) + 251000元; the unitless 689380 stays out. Fees: 24252.311082万元 twice.
    expect(totals['t2.procurement.amount@2019']).toBeCloseTo(75394432.52 * 2 + 251000, 2);
    expect(totals['t2.fees.amount@2021']).toBeCloseTo(24252.311082 * 2, 6);
    const ser = await gql(
      `query($f: AgencyFilter) { series(metric: "t2.procurement.amount", filter: $f, years: [2019]) {
      lines { agencyName points { value status } } } }`,
      { f: { regionId } },
    );
    const byBody = Object.fromEntries(
      ser.body.data.series.lines.map((l: { agencyName: string; points: { value: number | null }[] }) => [
        l.agencyName,
        l.points[0].value,
      ]),
    );
    expect(byBody).toEqual({ 单位甲局: 75394432.52, 单位乙局: 75394432.52, 单位丙局: 251000, 单位丁局: null });
  }, 120_000);
  it('the migration backfills rows stored the old way: 落款 date in published_on, unconverted and unitless amounts', async () => {
    // Inside one transaction that is rolled back: down() puts the dates back as the old parser stored them (the 落款
    // date when there was one), old-style cells are written over the ones above, then up() runs its backfill.
    const qr = ds.createQueryRunner();
    await qr.connect();
    await qr.startTransaction();
    try {
      const migration = new RevisionDatesAmountUnits1765100000000();
      await migration.down(qr);
      const cell = `FROM agency a WHERE a.id = report_cell.agency_id AND a.name = $1 AND report_cell.key = $2`;
      await qr.query(`UPDATE report_cell SET value = 7539.443252, unit = '万元' ${cell}`, [
        '单位乙局',
        't2.procurement.amount',
      ]);
      await qr.query(`UPDATE report_cell SET value = 242523110.82 ${cell}`, ['单位乙局', 't2.fees.amount']);
      await qr.query(`UPDATE report_cell SET unit = NULL, raw_unit = NULL, raw = '24252.311082' ${cell}`, [
        '单位甲局',
        't2.fees.amount',
      ]);
      await qr.query(`UPDATE report_cell SET value = 689380 ${cell}`, ['单位丁局', 't2.procurement.amount']);
      await qr.query(
        `DELETE FROM finding f USING agency a WHERE a.id = f.agency_id AND a.name = '单位丁局' AND f.code = 'amount_unit_missing'`,
      );
      for (const [name, key] of [
        ['单位丁局', 't2.procurement.amount'],
        ['单位甲局', 't2.fees.amount'],
      ]) {
        await qr.query(
          `INSERT INTO finding (agency_id, revision_id, code, severity, message_zh, message_en, keys)
          SELECT r.agency_id, r.current_revision_id, 'amount_unit_missing', 'warning', '旧', 'old', ARRAY[$2]
          FROM report r JOIN agency a ON a.id = r.agency_id WHERE a.name = $1 AND r.year IN (2019, 2021) AND EXISTS (
            SELECT 1 FROM report_cell c WHERE c.agency_id = r.agency_id AND c.revision_id = r.current_revision_id AND c.key = $2)`,
          [name, key],
        );
      }
      await migration.up(qr);

      const dates =
        await qr.query(`SELECT a.name, to_char(v.published_on, 'YYYY-MM-DD') AS published_on, v.published_on_source,
          to_char(v.signed_on, 'YYYY-MM-DD') AS signed_on, v.signed_on_source
        FROM report_revision v JOIN agency a ON a.id = v.agency_id WHERE a.name LIKE '日期_局'`);
      const by = (n: string) => dates.find((d: { name: string }) => d.name === n);
      // junshan: header 发布时间 2023-01-09 and the same day under the signature; the seed: only a signature.
      expect(by('日期甲局')).toEqual({
        name: '日期甲局',
        published_on: '2023-01-09',
        published_on_source: 'page',
        signed_on: '2023-01-09',
        signed_on_source: 'signature',
      });
      expect(by('日期乙局')).toEqual({
        name: '日期乙局',
        published_on: null,
        published_on_source: null,
        signed_on: '2021-01-25',
        signed_on_source: 'signature',
      });
      // The given date did not exist before; the page's own 发布时间: 2021-03-05 is what the old parser had stored.
      expect(by('日期丙局')).toEqual({
        name: '日期丙局',
        published_on: '2021-03-05',
        published_on_source: 'page',
        signed_on: null,
        signed_on_source: null,
      });

      const cells =
        await qr.query(`SELECT a.name, c.key, c.value::float8 AS value, c.unit FROM report_cell c JOIN agency a ON a.id = c.agency_id
        WHERE a.name LIKE '单位_局' AND c.key IN ('t2.procurement.amount', 't2.fees.amount')`);
      const v = (n: string, k: string) => cells.find((c: { name: string; key: string }) => c.name === n && c.key === k);
      expect(v('单位乙局', 't2.procurement.amount')).toMatchObject({ value: 75394432.52, unit: '元' });
      expect(v('单位乙局', 't2.fees.amount')).toMatchObject({ value: 24252.311082, unit: '万元' });
      expect(v('单位甲局', 't2.fees.amount')).toMatchObject({ value: 24252.311082, unit: '万元' });
      expect(v('单位丁局', 't2.procurement.amount')).toMatchObject({ value: null, unit: null });
      const findings =
        await qr.query(`SELECT a.name, f.severity, f.keys FROM finding f JOIN agency a ON a.id = f.agency_id
        WHERE a.name LIKE '单位_局' AND f.code = 'amount_unit_missing'`);
      expect(findings).toEqual([{ name: '单位丁局', severity: 'info', keys: ['t2.procurement.amount'] }]);
    } finally {
      await qr.rollbackTransaction();
      await qr.release();
    }
  }, 60_000);
});
