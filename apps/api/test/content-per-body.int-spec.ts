// The same bytes are "unchanged" only for the same body (issue 13): a file given for another body is that body's own
// report, and the answer names the other copy; no body given, the printed name decides as before. A body is found by
// name within the region given: two cities' districts of one name keep their own bodies.
import type { NestExpressApplication } from '@nestjs/platform-express';
import { synthCorpus } from '@dh/synth';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuthService } from '../src/modules/auth/auth.service';
import { IngestService } from '../src/modules/ingest/ingest.service';
import { bootTestApp } from './test-app';

const [a, b] = [
  ...synthCorpus({
    agencies: 3,
    years: [2023, 2023],
    seed: 1314,
    city: '合成同文市',
    missingRate: 0,
    forms: ['text'],
    faultRate: { gbk: 0 },
  }),
].filter((r) => r.agency.kind !== 'government_compiled');

describe(`content idempotency per body (${process.env.TEST_DB_KIND ?? 'db'})`, () => {
  let app: NestExpressApplication;
  let svc: IngestService;
  let ds: DataSource;
  let admin: string;
  const bytes = Buffer.from(a.bytes);

  beforeAll(async () => {
    app = await bootTestApp();
    svc = app.get(IngestService);
    ds = app.get(DataSource);
    admin = (await app.get(AuthService).create('admin', 'c-admin')).token;
  }, 120_000);
  afterAll(async () => {
    await app.close();
  });

  it('same body and bytes: unchanged; another body given: its own report, naming the other copy; then unchanged for it too', async () => {
    const first = await svc.ingest({
      bytes,
      fileName: 'a.txt',
      agencyName: a.agency.name,
      region: a.agency.regionPath,
      year: a.year,
    });
    expect(first).toMatchObject({ status: 'new', agencyName: a.agency.name });
    expect(await svc.ingest({ bytes, fileName: 'a-again.txt', agencyName: a.agency.name })).toMatchObject({
      status: 'unchanged',
      reportId: first.reportId,
    });

    // The file prints A's name: filing it under B takes the override (as the monitor does for a roster body's page).
    const other = await svc.ingest({
      bytes,
      fileName: 'b.txt',
      agencyName: b.agency.name,
      region: b.agency.regionPath,
      override: true,
    });
    expect(other).toMatchObject({
      status: 'new',
      agencyName: b.agency.name,
      year: a.year,
      current: true,
      sameBytesAs: { reportId: first.reportId, agencyName: a.agency.name, year: a.year },
    });
    expect(other.reportId).not.toBe(first.reportId);
    expect(
      await svc.ingest({ bytes, fileName: 'b-again.txt', agencyName: b.agency.name, override: true }),
    ).toMatchObject({ status: 'unchanged', reportId: other.reportId, agencyName: b.agency.name });
    // No body given: the printed name decides, as the first time.
    expect(await svc.ingest({ bytes, fileName: 'no-hint.txt' })).toMatchObject({
      status: 'unchanged',
      reportId: first.reportId,
      agencyName: a.agency.name,
    });

    // A's report is untouched: one revision, its own body.
    const rows = await ds.query(
      `SELECT r.id::text, a.name, count(v.id)::int AS revisions FROM report r JOIN agency a ON a.id = r.agency_id
      JOIN report_revision v ON v.report_id = r.id WHERE r.id IN ($1, $2) GROUP BY r.id, a.name ORDER BY r.id`,
      [first.reportId, other.reportId],
    );
    expect(rows).toEqual([
      { id: first.reportId, name: a.agency.name, revisions: 1 },
      { id: other.reportId, name: b.agency.name, revisions: 1 },
    ]);
  }, 60_000);

  it('an upload for a third body through /api/upload is stored as its own and says where the same file is', async () => {
    const third = '合成同文市第三测试局';
    const res = await request(app.getHttpServer())
      .post('/api/upload')
      .set('authorization', `Bearer ${admin}`)
      .field('agency', third)
      .field('override', 'true')
      .attach('files', bytes, 'third.txt');
    expect(res.status).toBe(201);
    expect(res.body.results[0]).toMatchObject({
      status: 'new',
      agencyName: third,
      sameBytesAs: { agencyName: expect.any(String), year: a.year },
    });
  }, 60_000);

  it('finds a body by name within the region given: the same district body name in two cities is two bodies', async () => {
    const name = '东阳区同名测试局';
    const text = (r: typeof a) =>
      Buffer.from(Buffer.from(r.bytes).toString('utf8').split(r.agency.name).join(name), 'utf8');
    const inA = await svc.ingest({
      bytes: text(a),
      fileName: 'a-dist.txt',
      region: ['合成同文省', '甲同文市', '东阳区'],
      year: a.year,
    });
    const inB = await svc.ingest({
      bytes: text(b),
      fileName: 'b-dist.txt',
      region: ['合成同文省', '乙同文市', '东阳区'],
      year: b.year,
    });
    expect([inA.status, inA.agencyName, inB.status, inB.agencyName]).toEqual(['new', name, 'new', name]);
    const bodies = await ds.query(
      `SELECT a.id, rg.name AS district, city.name AS city FROM report r JOIN agency a ON a.id = r.agency_id
      JOIN region rg ON rg.id = a.region_id JOIN region city ON city.id = rg.parent_id WHERE r.id IN ($1, $2) ORDER BY city.name`,
      [inA.reportId, inB.reportId],
    );
    expect(bodies.map((x: { district: string; city: string }) => [x.city, x.district])).toEqual([
      ['乙同文市', '东阳区'],
      ['甲同文市', '东阳区'],
    ]);
    expect(bodies[0].id).not.toBe(bodies[1].id);
    // The region's last name alone finds the stored one when it names one region; 东阳区 alone names two: each city's file
    // is found again only with its city.
    expect(
      await svc.ingest({
        bytes: text(a),
        fileName: 'a-dist-again.txt',
        agencyName: name,
        region: ['甲同文市', '东阳区'],
      }),
    ).toMatchObject({ status: 'unchanged', reportId: inA.reportId });
    expect(
      await svc.ingest({
        bytes: text(b),
        fileName: 'b-dist-again.txt',
        agencyName: name,
        region: ['乙同文市', '东阳区'],
      }),
    ).toMatchObject({ status: 'unchanged', reportId: inB.reportId });
  }, 60_000);
});
