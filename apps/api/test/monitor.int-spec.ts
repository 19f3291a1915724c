// Two monitor passes over a loopback government site: posted reports with their dates, the edit between passes as a
// new revision with the changed cell named, the removed page, the robots.txt-disallowed path left alone, the slow
// page timed out without stalling the others, the redirect loop cut, and a private-address URL refused.
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuthService } from '../src/modules/auth/auth.service';
import { FindingKind } from '../src/modules/finding/finding.model';
import { FindingService } from '../src/modules/finding/finding.service';
import { IngestService } from '../src/modules/ingest/ingest.service';
import { MonitorService } from '../src/modules/monitor/monitor.service';
import { PoliteFetcher } from '../src/modules/monitor/polite-fetcher';
import { RosterService } from '../src/modules/roster/roster.service';
import { receivedCopyOfH, startMonitorSite, type MonitorSite } from './monitor-site';
import { bootTestApp } from './test-app';

const SLOW_MS = 4000;
const TIMEOUT_MS = 800;
const fast = { hostDelayMs: 50, timeoutMs: TIMEOUT_MS, retries: 0, allowHosts: ['127.0.0.1'] };

describe(`publication monitor (${process.env.TEST_DB_KIND ?? 'db'})`, () => {
  let app: NestExpressApplication;
  let ds: DataSource;
  let site: MonitorSite;
  let monitor: MonitorService;
  const ids: Record<string, number> = {};
  const check = async (name: string, year = 2021) => (await monitor.list(year)).find((c) => c.agency_id === ids[name])!;

  beforeAll(async () => {
    app = await bootTestApp();
    ds = app.get(DataSource);
    monitor = app.get(MonitorService);
    site = await startMonitorSite(SLOW_MS);
    const b = site.base;
    const lines = [
      ['监测甲局', `${b}/a/ndbg/index.html`],
      ['监测乙局', `${b}/b/list.html`],
      ['监测丙办公厅', `${b}/c/list.html`],
      ['监测丁局', `${b}/d/list.html`],
      ['监测戊局', `${b}/e/list.html`],
      ['监测己局', `${b}/private/list.html`],
      ['监测庚局', `${b}/g/list.html`],
      ['监测辛局', 'http://10.255.255.1/ndbg/'],
      ['监测壬局', `${b}/h/tzgg.html`],
      ['监测癸局', `${b}/i/list.html`],
    ];
    const csv = [
      'region,name,kind,level,source_urls',
      ...lines.map(([n, u]) => `监测省/监测市,${n},department,city,${u}`),
    ].join('\n');
    const roster = app.get(RosterService);
    await roster.import('monitor.csv', await roster.parseFile('monitor.csv', Buffer.from(csv)), {
      replace: false,
      actor: 'test',
    });
    for (const [n] of lines) ids[n] = (await ds.query('SELECT id FROM agency WHERE name = $1', [n]))[0].id;
  }, 60_000);
  afterAll(async () => {
    await site.close();
    await app.close();
  });

  it('first pass: finds each posted report with its posting date, refuses what it must, and a slow site stalls no one', async () => {
    const ids2021 = ['监测甲局', '监测乙局', '监测丁局', '监测戊局', '监测己局', '监测庚局', '监测辛局'].map(
      (n) => ids[n],
    );
    const sum = await monitor.pass(2021, { ...fast, agencyIds: ids2021 });
    // One host, one request at a time: the request after the slow page's waits for the timeout, not for the page.
    const slow = site.times.findIndex((t) => t.path === '/e/list.html');
    expect(slow).toBeGreaterThanOrEqual(0);
    expect(site.times.length).toBeGreaterThan(slow + 1);
    expect(site.times[slow + 1].at - site.times[slow].at).toBeLessThan(SLOW_MS - 1000);
    expect(sum).toMatchObject({ bodies: 7, posted: 3, failed: 4 });
    expect(await check('监测甲局')).toMatchObject({
      status: 'posted',
      posted_on: '2022-02-08',
      page_url: `${site.base}/a/202202/t20220208_80613.htm`,
      list_url: `${site.base}/a/ndbg/index_1.html`,
      in_column: true,
    });
    expect((await check('监测甲局')).content_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await check('监测乙局')).toMatchObject({
      status: 'posted',
      posted_on: '2022-01-25',
      page_url: `${site.base}/b/detail.html`,
    });
    const b = await ds.query(
      `SELECT v.source_url FROM report r JOIN report_revision v ON v.id = r.current_revision_id WHERE r.agency_id = $1 AND r.year = 2021`,
      [ids['监测乙局']],
    );
    expect(b).toEqual([{ source_url: `${site.base}/b/files/report.pdf` }]);
    expect(await check('监测戊局')).toMatchObject({
      status: 'failed',
      note: expect.stringMatching(new RegExp(`no answer within ${TIMEOUT_MS} ms`)),
    });
    expect(await check('监测己局')).toMatchObject({
      status: 'failed',
      note: expect.stringMatching(/disallowed by robots\.txt/),
    });
    expect(site.hits).not.toContain('/private/list.html');
    expect(await check('监测庚局')).toMatchObject({
      status: 'failed',
      note: expect.stringMatching(/more than 5 redirects/),
    });
    expect(await check('监测辛局')).toMatchObject({
      status: 'failed',
      note: expect.stringMatching(/10\.255\.255\.1 .*\(private\), a non-public address/),
    });
  }, 60_000);

  it('reads a GBK site', async () => {
    const sum = await monitor.pass(2019, { ...fast, agencyIds: [ids['监测丙办公厅']] });
    expect(sum).toMatchObject({ posted: 1 });
    const [r] = await ds.query(
      `SELECT c.value::float8 AS v FROM report r JOIN report_cell c ON c.revision_id = r.current_revision_id AND c.key = 't3.new.total' WHERE r.agency_id = $1`,
      [ids['监测丙办公厅']],
    );
    expect(r.v).toBeGreaterThan(0);
  }, 60_000);

  it('holds the posted copy against the copy received, tells the 年报 column from elsewhere, and knows the deadline', async () => {
    const up = await app.get(IngestService).ingest({
      bytes: new Uint8Array(receivedCopyOfH()),
      fileName: 'h.html',
      agencyName: '监测壬局',
      year: 2021,
      override: true,
      channel: 'upload',
      actor: 'test',
    });
    expect(up.status).toBe('new');
    const sum = await monitor.pass(2021, { ...fast, agencyIds: [ids['监测壬局'], ids['监测癸局']] });
    expect(sum).toMatchObject({ bodies: 2, posted: 1, notFound: 1 });
    expect(await check('监测壬局')).toMatchObject({
      status: 'posted',
      in_column: false,
      list_url: `${site.base}/h/tzgg.html`,
      due_on: '2022-01-31',
      compared_source: 'upload',
      compared_revision_id: up.revisionId,
      differs_keys: [{ key: 't2.penalty.decisions', before: 1281, after: 1282 }],
    });
    expect(await check('监测癸局')).toMatchObject({ status: 'not_found', due_on: '2022-01-31', compared_source: null });
    // The posted page outranks the upload: it is now what analytics read.
    const [cur] = await ds.query(
      `SELECT c.value::float8 AS v FROM report r JOIN report_cell c ON c.revision_id = r.current_revision_id AND c.key = 't2.penalty.decisions'
      WHERE r.agency_id = $1 AND r.year = 2021`,
      [ids['监测壬局']],
    );
    expect(cur.v).toBe(1282);
  }, 60_000);

  it('second pass: the edit after posting is a new revision naming the changed cell; the removed page is gone', async () => {
    site.pass = 2;
    const before = await check('监测甲局');
    const sum = await monitor.pass(2021, { ...fast, agencyIds: [ids['监测甲局'], ids['监测丁局']] });
    expect(sum).toMatchObject({ edited: 1, gone: 1 });
    const a = await check('监测甲局');
    expect(a.revision_id).not.toBe(before.revision_id);
    expect(a.content_hash).not.toBe(before.content_hash);
    expect(a.changed_keys).toEqual([{ key: 't2.penalty.decisions', before: 1282, after: 1283 }]);
    expect(a.edited_at).not.toBeNull();
    const revs = await ds.query(
      `SELECT v.id::text, v.source_url FROM report_revision v JOIN report r ON r.id = v.report_id WHERE r.agency_id = $1 ORDER BY v.id`,
      [ids['监测甲局']],
    );
    expect(revs.map((r: { id: string }) => r.id)).toEqual([before.revision_id, a.revision_id]);
    expect(await check('监测丁局')).toMatchObject({ status: 'gone', note: expect.stringMatching(/^HTTP 410/) });
    const events = await ds.query(`SELECT kind FROM monitor_event WHERE agency_id = $1 ORDER BY id`, [ids['监测丁局']]);
    expect(events.map((e: { kind: string }) => e.kind)).toEqual(['found', 'gone']);
  }, 60_000);

  it('files each fault as a finding with its evidence: URL, time fetched, hash, cells', async () => {
    const findings = app.get(FindingService);
    const filter = { kinds: [FindingKind.publication], agency: { ids: Object.values(ids) }, years: [2021] };
    const all = await findings.list(filter, 2000);
    const codes = (name: string): string[] =>
      all
        .filter((f) => f.agencyId === ids[name])
        .map((f) => f.code)
        .sort();
    expect(codes('监测甲局')).toEqual(['publication.edited', 'publication.late']);
    expect(codes('监测乙局')).toEqual([]);
    expect(codes('监测丁局')).toEqual(['publication.gone']);
    expect(codes('监测戊局')).toEqual(['publication.unreachable']);
    // The detail page's own 发布时间 (2022-02-08) wins over the list's date.
    expect(codes('监测壬局')).toEqual(['publication.differs', 'publication.late', 'publication.outside_column']);
    expect(codes('监测癸局')).toEqual(['publication.not_posted']);
    expect(await findings.count(filter)).toBe(all.length);
    const a = await check('监测甲局');
    const edited = all.find((f) => f.agencyId === ids['监测甲局'] && f.code === 'publication.edited')!;
    expect(edited).toMatchObject({
      kind: 'publication',
      severity: 'warning',
      keys: ['t2.penalty.decisions'],
      reportId: expect.any(String),
    });
    expect(edited.messageZh).toContain('1282→1283');
    expect(edited.messageZh).toContain(a.page_url!);
    expect(edited.messageZh).toContain(a.content_hash!.slice(0, 12));
    expect(edited.messageEn).toContain('Edited after posting');
    const late = all.find((f) => f.agencyId === ids['监测甲局'] && f.code === 'publication.late')!;
    expect(late.messageZh).toContain('2022-02-08');
    expect(late.messageZh).toContain('2022-01-31');
    const differs = all.find((f) => f.code === 'publication.differs')!;
    expect(differs.messageZh).toMatch(/上传稿.*1281→1282/);
    const missing = all.find((f) => f.code === 'publication.not_posted')!;
    expect(missing).toMatchObject({ reportId: null, severity: 'warning' });
    expect(missing.messageZh).toContain(`${site.base}/i/list.html`);
    expect(all.find((f) => f.code === 'publication.unreachable')!.severity).toBe('info');
    // A reviewer can dismiss one like any computed finding; the id names it.
    const after = await findings.setStatus(missing.id, 'dismissed' as never, '已电话确认，另有网址', 'test');
    expect(after).toMatchObject({ id: `publication:${ids['监测癸局']}:2021:not_posted`, status: 'dismissed' });
  });

  it('keeps one request at a time per host with the delay between them', async () => {
    const f = new PoliteFetcher({ ...fast, hostDelayMs: 200, maxBytes: 1 << 20, maxRedirects: 5, userAgent: 't' });
    await Promise.all(
      ['/a/ndbg/index.html', '/b/list.html', '/c/list.html', '/d/list.html'].map((p) => f.get(`${site.base}${p}`)),
    );
    const at = f.sent.map((s) => s.at);
    for (let i = 1; i < at.length; i++) expect(at[i] - at[i - 1]).toBeGreaterThanOrEqual(195);
  });

  it('serves the checks to everyone and runs a pass for admins only', async () => {
    const tokens: Record<string, string> = {};
    for (const role of ['viewer', 'analyst', 'admin'])
      tokens[role] = (await app.get(AuthService).create(role, `monitor-${role}`)).token;
    const gql = (query: string, token?: string) => {
      const r = request(app.getHttpServer()).post('/graphql').send({ query });
      return token ? r.set('authorization', `Bearer ${token}`) : r;
    };
    const list = await gql(
      '{ publicationChecks(year: 2021) { agencyName status postedOn changedCells { key before after } } }',
    );
    expect(list.body.data.publicationChecks).toContainEqual({
      agencyName: '监测甲局',
      status: 'posted',
      postedOn: '2022-02-08',
      changedCells: [{ key: 't2.penalty.decisions', before: 1282, after: 1283 }],
    });
    const coll = await gql(
      '{ collectionStatus(year: 2021) { bodies { agencyName publication postedOnSite siteUrl editedAfterPosting } } }',
    );
    const bodies = coll.body.data.collectionStatus.bodies;
    expect(bodies).toContainEqual({
      agencyName: '监测甲局',
      publication: 'posted',
      postedOnSite: '2022-02-08',
      siteUrl: `${site.base}/a/202202/t20220208_80613.htm`,
      editedAfterPosting: true,
    });
    expect(bodies).toContainEqual(expect.objectContaining({ agencyName: '监测丁局', publication: 'gone' }));
    expect(bodies).toContainEqual(expect.objectContaining({ agencyName: '监测己局', publication: 'failed' }));
    const csv = await request(app.getHttpServer())
      .get(`/api/export?format=csv&query=collection&args=${encodeURIComponent(JSON.stringify({ year: 2021 }))}`)
      .set('authorization', `Bearer ${tokens.analyst}`);
    const line = csv.text.split(/\r?\n/).find((l) => l.startsWith('监测甲局,'))!;
    expect(line.split(',').slice(-6)).toEqual([
      '已公开',
      '2022-02-08',
      '是',
      `${site.base}/a/202202/t20220208_80613.htm`,
      '是',
      '',
    ]);
    const h = csv.text.split(/\r?\n/).find((l) => l.startsWith('监测壬局,'))!;
    expect(h.split(',').slice(-2)).toEqual(['否', '1']);
    const body = (name: string) => bodies.find((x: { agencyName: string }) => x.agencyName === name);
    const more = await gql('{ collectionStatus(year: 2021) { bodies { agencyName postedInColumn differingCells } } }');
    expect(more.body.data.collectionStatus.bodies).toContainEqual({
      agencyName: '监测壬局',
      postedInColumn: false,
      differingCells: 1,
    });
    expect(body('监测甲局')).toBeDefined();
    for (const t of [undefined, tokens.viewer, tokens.analyst]) {
      const r = await gql('mutation { runMonitor(year: 2030) { bodies } }', t);
      expect(r.body.errors[0].extensions.code).toBe(t ? 'FORBIDDEN' : 'UNAUTHENTICATED');
    }
  });
});
