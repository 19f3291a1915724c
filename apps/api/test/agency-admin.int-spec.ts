// Agency resolution and admin operations: alias, unresolved-then-moved, merge; the admin upload route.
import type { NestExpressApplication } from '@nestjs/platform-express';
import { synthCorpus, type SynthReport } from '@dh/synth';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AgencyAdminService } from '../src/modules/agency/agency-admin.service';
import { AuthService } from '../src/modules/auth/auth.service';
import { IngestService } from '../src/modules/ingest/ingest.service';
import { bootTestApp } from './test-app';

// Text copies of one synthetic body's reports, 2021–2024, so labels and names can be edited as text.
const reports = [
  ...synthCorpus({
    agencies: 3,
    years: [2021, 2024],
    seed: 601,
    city: '合成己市',
    missingRate: 0,
    forms: ['text'],
    faultRate: { gbk: 0 },
  }),
].filter((r) => r.agency.name === '合成己市应急管理局');
const text = (r: SynthReport): string => Buffer.from(r.bytes).toString('utf8');
const withName = (r: SynthReport, name: string): Buffer => Buffer.from(text(r).split(r.agency.name).join(name), 'utf8');

describe(`agency resolution and admin (${process.env.TEST_DB_KIND ?? 'db'})`, () => {
  let app: NestExpressApplication;
  let svc: IngestService;
  let admin: AgencyAdminService;
  let ds: DataSource;
  const agencyOf = async (reportId: string): Promise<{ id: number; name: string; status: string }> =>
    (
      await ds.query(
        `SELECT a.id, a.name, a.status FROM report r JOIN agency a ON a.id = r.agency_id WHERE r.id = $1`,
        [reportId],
      )
    )[0];

  beforeAll(async () => {
    app = await bootTestApp();
    svc = app.get(IngestService);
    admin = app.get(AgencyAdminService);
    ds = app.get(DataSource);
  });
  afterAll(async () => {
    await app.close();
  });

  it('creates a body from a full printed name, finds it again by an alias', async () => {
    expect(reports.map((r) => r.year)).toEqual([2021, 2022, 2023, 2024]);
    const first = await svc.ingest({
      bytes: reports[0].bytes,
      fileName: reports[0].fileName,
      region: ['合成省', '合成己市'],
    });
    expect(first).toMatchObject({ status: 'new', agencyName: '合成己市应急管理局', agencyResolved: true });
    const agency = await agencyOf(first.reportId!);
    const row = (
      await ds.query(
        `SELECT type, level, synthetic, (SELECT name FROM region WHERE id = region_id) AS region FROM agency WHERE id = $1`,
        [agency.id],
      )
    )[0];
    expect(row).toEqual({ type: 'emergency_management', level: 'city', synthetic: true, region: '合成己市' });

    await admin.addAlias(agency.id, '合成己市应急局', 'tester');
    const second = await svc.ingest({ bytes: withName(reports[1], '合成己市应急局'), fileName: 'alias-2022.txt' });
    expect(second).toMatchObject({ status: 'new', agencyName: '合成己市应急管理局' });
    expect((await agencyOf(second.reportId!)).id).toBe(agency.id);
    const match = await ds.query(`SELECT agency_match FROM report_revision WHERE id = $1`, [second.revisionId]);
    expect(match).toEqual([{ agency_match: 'alias' }]);
    await expect(admin.addAlias(agency.id, '  ', 'tester')).rejects.toThrow(/empty/);
  });

  it('stores a report with a partial name as unresolved with candidates, then moves it to the right body', async () => {
    const target = (await ds.query(`SELECT id FROM agency WHERE name = '合成己市应急管理局'`))[0].id as number;
    const res = await svc.ingest({ bytes: withName(reports[2], '市应急局'), fileName: 'partial-name-2023.txt' });
    expect(res).toMatchObject({ status: 'new', agencyResolved: false });
    const placeholder = await agencyOf(res.reportId!);
    expect(placeholder).toMatchObject({ name: '未识别机关（partial-name-2023.txt）', status: 'unresolved' });
    const cand = (await ds.query(`SELECT agency_candidates FROM report WHERE id = $1`, [res.reportId]))[0]
      .agency_candidates as string[];
    expect(cand).toContain('市应急局');
    expect(cand).toContain('合成己市应急管理局');
    // The API tells the dashboard the report waits to be claimed, with the same candidates.
    const claim = () =>
      request(app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query: `{ report(id: "${res.reportId}") { agencyResolved agencyCandidates } }` })
        .then((r) => r.body.data.report);
    expect(await claim()).toEqual({ agencyResolved: false, agencyCandidates: cand });

    const moved = await admin.moveReport(res.reportId!, target, 'tester');
    expect(await claim()).toEqual({ agencyResolved: true, agencyCandidates: null });
    expect(moved).toEqual({ reportId: res.reportId, joined: false, keptApart: false });
    expect((await agencyOf(res.reportId!)).id).toBe(target);
    const rows = await ds.query(`SELECT DISTINCT agency_id FROM report_cell WHERE revision_id = $1`, [res.revisionId]);
    expect(rows).toEqual([{ agency_id: target }]);
    expect(
      (await ds.query(`SELECT agency_candidates FROM report WHERE id = $1`, [res.reportId]))[0].agency_candidates,
    ).toBeNull();
    const log = await ds.query(
      `SELECT actor, action FROM admin_log WHERE action = 'move_report' ORDER BY id DESC LIMIT 1`,
    );
    expect(log).toEqual([{ actor: 'tester', action: 'move_report' }]);
  });

  it('merges a duplicate body: its reports join the target (same year → one more revision), its name becomes an alias', async () => {
    const target = (await ds.query(`SELECT id FROM agency WHERE name = '合成己市应急管理局'`))[0].id as number;
    // The same body under another name, with a 2023 copy of its own (different bytes) and a 2024 report.
    const dup2023 = await svc.ingest({
      bytes: Buffer.from(`${text(reports[2])}\n（转载）\n`, 'utf8'),
      fileName: 'dup-2023.txt',
      agencyName: '合成己市应急管理局（旧称）',
    });
    const dup2024 = await svc.ingest({
      bytes: reports[3].bytes,
      fileName: reports[3].fileName,
      agencyName: '合成己市应急管理局（旧称）',
    });
    expect([dup2023.status, dup2024.status]).toEqual(['new', 'new']);
    const dupAgency = await agencyOf(dup2023.reportId!);
    expect(dupAgency.id).not.toBe(target);

    const res = await admin.merge(dupAgency.id, target, 'tester');
    expect(res.movedReports).toBe(2);
    expect(await ds.query(`SELECT status, merged_into_id FROM agency WHERE id = $1`, [dupAgency.id])).toEqual([
      { status: 'merged', merged_into_id: target },
    ]);
    const years = await ds.query(
      `SELECT r.year, count(v.id)::int AS revisions FROM report r JOIN report_revision v ON v.report_id = r.id
      WHERE r.agency_id = $1 GROUP BY r.year ORDER BY r.year`,
      [target],
    );
    expect(years).toEqual([
      { year: 2021, revisions: 1 },
      { year: 2022, revisions: 1 },
      { year: 2023, revisions: 2 },
      { year: 2024, revisions: 1 },
    ]);
    // The merged name now resolves to the target.
    const again = await svc.ingest({
      bytes: Buffer.from(`${text(reports[3])}\n（更正）\n`, 'utf8'),
      fileName: 'after-merge.txt',
      agencyName: '合成己市应急管理局（旧称）',
    });
    expect(again).toMatchObject({ status: 'new_revision', agencyName: '合成己市应急管理局' });
    await expect(admin.merge(dupAgency.id, target, 'tester')).rejects.toThrow(/merged/);
  });

  it('upload: admins only, per-file results, a clear message above 20 MB', async () => {
    const token = (await app.get(AuthService).create('admin', 'upload-tester')).token;
    const [r] = [...synthCorpus({ agencies: 1, years: [2020, 2020], seed: 602, city: '合成庚市', missingRate: 0 })];
    const server = app.getHttpServer();
    const anon = await request(server).post('/api/upload').attach('files', Buffer.from(r.bytes), r.fileName);
    expect(anon.status).toBe(401);
    const ok = await request(server)
      .post('/api/upload')
      .set('authorization', `Bearer ${token}`)
      .attach('files', Buffer.from(r.bytes), r.fileName)
      .attach('files', Buffer.alloc(0), '空文件.txt');
    expect([ok.status, ok.body.message]).toEqual([201, undefined]);
    expect(ok.body.counts).toEqual({ new: 1, unchanged: 0, new_revision: 0, claimed: 0, failed: 1 });
    expect(ok.body.results[1]).toMatchObject({ fileName: '空文件.txt', status: 'failed' });
    expect(ok.body.results[1].error).toMatch(/^空文件\.txt: .*empty/);
    const big = await request(server)
      .post('/api/upload')
      .set('authorization', `Bearer ${token}`)
      .attach('files', Buffer.alloc(21 * 1024 * 1024, 0x20), 'big.txt');
    expect(big.status).toBe(413);
    expect(big.body.message).toMatch(/20 MB/);
  }, 60_000);
});
