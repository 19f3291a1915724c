// Hints fill gaps and never silently override what a file prints; claiming a waiting report by re-import; moving onto a
// year the body already has asks which way (issue 13).
import type { NestExpressApplication } from '@nestjs/platform-express';
import { synthCorpus, type SynthReport } from '@dh/synth';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuthService } from '../src/modules/auth/auth.service';
import { IngestService } from '../src/modules/ingest/ingest.service';
import { bootTestApp } from './test-app';

const corpus = [
  ...synthCorpus({
    agencies: 4,
    years: [2023, 2024],
    seed: 1301,
    city: '合成辛市',
    missingRate: 0,
    forms: ['text'],
    faultRate: { gbk: 0 },
  }),
];
const text = (r: SynthReport): string => Buffer.from(r.bytes).toString('utf8');
const withName = (r: SynthReport, name: string, tail = ''): Buffer =>
  Buffer.from(text(r).split(r.agency.name).join(name) + tail, 'utf8');

describe(`hints and claims (${process.env.TEST_DB_KIND ?? 'db'})`, () => {
  let app: NestExpressApplication;
  let svc: IngestService;
  let ds: DataSource;
  let tokens: Record<'viewer' | 'analyst' | 'admin', string>;
  const [a2023, a2024] = corpus.filter((r) => r.agency.name === corpus[0].agency.name);
  const other = corpus.find((r) => r.agency.name !== a2023.agency.name && r.year === 2024)!;
  const upload = (bytes: Buffer | Uint8Array, name: string, fields: Record<string, string> = {}) => {
    const r = request(app.getHttpServer()).post('/api/upload').set('authorization', `Bearer ${tokens.admin}`);
    for (const [k, v] of Object.entries(fields)) r.field(k, v);
    return r.attach('files', Buffer.from(bytes), name);
  };
  const gql = (query: string, variables: object = {}, token?: string) => {
    const r = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (token) r.set('authorization', `Bearer ${token}`);
    return r.send({ query, variables });
  };
  const count = async (): Promise<number> => (await ds.query(`SELECT count(*)::int AS n FROM report_revision`))[0].n;

  beforeAll(async () => {
    app = await bootTestApp();
    svc = app.get(IngestService);
    ds = app.get(DataSource);
    const auth = app.get(AuthService);
    tokens = {
      viewer: (await auth.create('viewer', 'h-viewer')).token,
      analyst: (await auth.create('analyst', 'h-analyst')).token,
      admin: (await auth.create('admin', 'h-admin')).token,
    };
  }, 60_000);
  afterAll(async () => {
    await app.close();
  });

  it('stops a file whose printed year differs from the year given, with both; override stores the given year with a finding', async () => {
    expect(a2024.template).toBe('2021');
    const before = await count();
    const res = await upload(a2024.bytes, 'y.txt', { year: '2020' });
    expect(res.body.results[0]).toMatchObject({
      status: 'failed',
      errorCode: 'hint_conflict',
      conflict: { field: 'year', given: '2020', printed: '2024' },
    });
    expect(res.body.results[0].error).toMatch(/^y\.txt: the file prints year "2024" but "2020" was given/);
    expect(await count()).toBe(before);
    // The admin insists: stored as 2020, and the 2021 tables under a 2020 report raise a finding.
    const forced = await upload(a2024.bytes, 'y.txt', { year: '2020', override: 'true' });
    expect(forced.body.results[0]).toMatchObject({ status: 'new', year: 2020 });
    const codes = await ds.query(
      `SELECT f.code, f.severity FROM finding f WHERE f.revision_id = $1 AND f.code LIKE '%template%'`,
      [forced.body.results[0].revisionId],
    );
    expect(codes).toEqual([{ code: 'year_template_mismatch', severity: 'warning' }]);
  }, 60_000);

  it("stops a file printing another body's full name than the one given; a partial printed name takes the hint", async () => {
    const res = await upload(other.bytes, 'o.txt', { agency: a2023.agency.name });
    expect(res.body.results[0]).toMatchObject({
      status: 'failed',
      errorCode: 'hint_conflict',
      conflict: { field: 'agency', given: a2023.agency.name, printed: other.agency.name },
    });
    const partial = await upload(withName(a2023, '我局'), 'p.txt', { agency: a2023.agency.name });
    expect(partial.body.results[0]).toMatchObject({
      status: 'new',
      agencyName: a2023.agency.name,
      agencyResolved: true,
      year: 2023,
    });
  }, 60_000);

  it('claims a waiting report when it is imported again with its body named; a taken year is refused with the report', async () => {
    const bytes = withName(a2024, '市某某局');
    const first = await svc.ingest({ bytes, fileName: 'claim-me.txt' });
    expect(first).toMatchObject({ status: 'new', agencyResolved: false });
    const target = '合成辛市测试认领局';
    const claimed = await upload(bytes, 'claim-me.txt', { agency: target });
    expect(claimed.body.results[0]).toMatchObject({
      status: 'claimed',
      reportId: first.reportId,
      agencyName: target,
      agencyResolved: true,
    });
    expect(claimed.body.counts.claimed).toBe(1);
    const owner = await ds.query(
      `SELECT a.name, a.status FROM report r JOIN agency a ON a.id = r.agency_id WHERE r.id = $1`,
      [first.reportId],
    );
    expect(owner).toEqual([{ name: target, status: 'resolved' }]);
    const log = await ds.query(
      `SELECT actor, detail->>'reportId' AS report FROM admin_log WHERE action = 'claim_report' ORDER BY id DESC LIMIT 1`,
    );
    expect(log).toEqual([{ actor: 'h-admin', report: first.reportId }]);
    // Again: now simply unchanged.
    expect((await upload(bytes, 'claim-me.txt', { agency: target })).body.results[0]).toMatchObject({
      status: 'unchanged',
    });

    // A second waiting copy of the same year cannot be claimed by re-import: the body has 2024 already.
    const copy = withName(a2024, '市某某局', '\n（转载）\n');
    const waiting = await svc.ingest({ bytes: copy, fileName: 'claim-me-too.txt' });
    const refused = await upload(copy, 'claim-me-too.txt', { agency: target });
    expect(refused.body.results[0]).toMatchObject({
      status: 'failed',
      errorCode: 'claim_refused',
      reportId: waiting.reportId,
    });
    expect(refused.body.results[0].error).toMatch(/already has a 2024 report/);
  }, 60_000);

  it('moving onto a year the body has asks for a mode: as_revision, replace or keep_apart', async () => {
    const target = (await ds.query(`SELECT id FROM agency WHERE name = '合成辛市测试认领局'`))[0].id as number;
    const occupied = (
      await ds.query(
        `SELECT id::text, current_revision_id::text AS cur FROM report WHERE agency_id = $1 AND year = 2024`,
        [target],
      )
    )[0];
    const waiting = (
      await ds.query(`SELECT r.id::text, r.current_revision_id::text AS cur FROM report r JOIN agency a ON a.id = r.agency_id
      WHERE a.name = '未识别机关（claim-me-too.txt）'`)
    )[0];
    const move = (mode: string | null, token = tokens.admin) =>
      gql(
        `mutation($r: ID!, $t: Int!, $m: MoveMode) { moveReport(reportId: $r, toAgencyId: $t, mode: $m) {
      reportId joined keptApart } }`,
        { r: waiting.id, t: target, m: mode },
        token,
      );
    for (const token of [tokens.viewer, tokens.analyst])
      expect((await move('replace', token)).body.errors[0].extensions.code).toBe('FORBIDDEN');
    const ask = await move(null);
    expect(ask.body.errors[0]).toMatchObject({
      extensions: { code: 'BAD_REQUEST' },
      message: expect.stringMatching(/^mode: .*already has a 2024 report/),
    });
    const apart = await move('keep_apart');
    expect(apart.body.data.moveReport).toEqual({ reportId: waiting.id, joined: false, keptApart: true });
    expect((await ds.query(`SELECT kept_apart_from FROM report WHERE id = $1`, [waiting.id]))[0].kept_apart_from).toBe(
      target,
    );
    const report = await gql(`query($id: ID!) { report(id: $id) { agencyResolved keptApartFrom } }`, {
      id: waiting.id,
    });
    expect(report.body.data.report).toEqual({ agencyResolved: false, keptApartFrom: '合成辛市测试认领局' });

    // replace: joins, and the moved copy becomes current although the target's own is as good.
    const replaced = await move('replace');
    expect(replaced.body.data.moveReport).toEqual({ reportId: occupied.id, joined: true, keptApart: false });
    const revs = await ds.query(
      `SELECT v.id::text, v.reason, (r.current_revision_id = v.id) AS current FROM report_revision v
      JOIN report r ON r.id = v.report_id WHERE r.id = $1 ORDER BY v.revision_no`,
      [occupied.id],
    );
    expect(revs).toEqual([
      { id: occupied.cur, reason: 'first_ingest', current: false },
      { id: waiting.cur, reason: 'moved_in', current: true },
    ]);

    // as_revision: a copy that reads one cell fewer (行政许可 left blank) joins as a revision; the better one stays current.
    const worse = Buffer.from(
      withName(a2024, '市某某局', '\n（摘录）\n')
        .toString('utf8')
        .replace(/(行政许可 \| )\d+/, '$1'),
      'utf8',
    );
    const third = await svc.ingest({ bytes: worse, fileName: 'claim-worse.txt' });
    const joined = await gql(
      `mutation($r: ID!, $t: Int!) { moveReport(reportId: $r, toAgencyId: $t, mode: as_revision) { reportId joined } }`,
      { r: third.reportId, t: target },
      tokens.admin,
    );
    expect(joined.body.data.moveReport).toEqual({ reportId: occupied.id, joined: true });
    const after = await ds.query(
      `SELECT v.id::text, v.cells_read, (r.current_revision_id = v.id) AS current FROM report_revision v
      JOIN report r ON r.id = v.report_id WHERE r.id = $1 ORDER BY v.revision_no`,
      [occupied.id],
    );
    expect(after.map((x: { id: string; current: boolean }) => [x.id, x.current])).toEqual([
      [occupied.cur, false],
      [waiting.cur, true],
      [third.revisionId, false],
    ]);
    expect(after[2].cells_read).toBe(after[1].cells_read - 1);
  }, 60_000);
});
