// Two monitor passes over a loopback government site: posted reports with their dates, the edit between passes as a
// new revision with the changed cell named, the removed page, the robots.txt-disallowed path left alone, the slow
// page timed out without stalling the others, the redirect loop cut, and a private-address URL refused.
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuthService } from '../src/modules/auth/auth.service';
import { MonitorService } from '../src/modules/monitor/monitor.service';
import { PoliteFetcher } from '../src/modules/monitor/polite-fetcher';
import { RosterService } from '../src/modules/roster/roster.service';
import { startMonitorSite, type MonitorSite } from './monitor-site';
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
  const check = async (name: string, year = 2021) =>
    (await monitor.list(year)).find((c) => c.agency_id === ids[name])!;

  beforeAll(async () => {
    app = await bootTestApp();
    ds = app.get(DataSource);
    monitor = app.get(MonitorService);
    site = await startMonitorSite(SLOW_MS);
    const b = site.base;
    const lines = [
      ['监测甲局', `${b}/a/ndbg/index.html`], ['监测乙局', `${b}/b/list.html`], ['监测丙办公厅', `${b}/c/list.html`], ['监测丁局', `${b}/d/list.html`],
      ['监测戊局', `${b}/e/list.html`], ['监测己局', `${b}/private/list.html`], ['监测庚局', `${b}/g/list.html`], ['监测辛局', 'http://10.255.255.1/ndbg/'],
    ];
    const csv = ['region,name,kind,level,source_urls', ...lines.map(([n, u]) => `监测省/监测市,${n},department,city,${u}`)].join('\n');
    const roster = app.get(RosterService);
    await roster.import('monitor.csv', await roster.parseFile('monitor.csv', Buffer.from(csv)), { replace: false, actor: 'test' });
    for (const [n] of lines) ids[n] = (await ds.query('SELECT id FROM agency WHERE name = $1', [n]))[0].id;
  }, 60_000);
  afterAll(async () => { await site.close(); await app.close(); });

  it('first pass: finds each posted report with its posting date, refuses what it must, and a slow site stalls no one', async () => {
    const ids2021 = ['监测甲局', '监测乙局', '监测丁局', '监测戊局', '监测己局', '监测庚局', '监测辛局'].map((n) => ids[n]);
    const sum = await monitor.pass(2021, { ...fast, agencyIds: ids2021 });
    // One host, one request at a time: the request after the slow page's waits for the timeout, not for the page.
    const slow = site.times.findIndex((t) => t.path === '/e/list.html');
    expect(slow).toBeGreaterThanOrEqual(0);
    expect(site.times.length).toBeGreaterThan(slow + 1);
    expect(site.times[slow + 1].at - site.times[slow].at).toBeLessThan(SLOW_MS - 1000);
    expect(sum).toMatchObject({ bodies: 7, posted: 3, failed: 4 });
    expect(await check('监测甲局')).toMatchObject({ status: 'posted', posted_on: '2022-02-08', page_url: `${site.base}/a/202202/t20220208_80613.htm`,
      list_url: `${site.base}/a/ndbg/index_1.html`, in_column: true });
    expect((await check('监测甲局')).content_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await check('监测乙局')).toMatchObject({ status: 'posted', posted_on: '2022-01-25', page_url: `${site.base}/b/detail.html` });
    const b = await ds.query(`SELECT v.source_url FROM report r JOIN report_revision v ON v.id = r.current_revision_id WHERE r.agency_id = $1 AND r.year = 2021`, [ids['监测乙局']]);
    expect(b).toEqual([{ source_url: `${site.base}/b/files/report.pdf` }]);
    expect(await check('监测戊局')).toMatchObject({ status: 'failed', note: expect.stringMatching(new RegExp(`no answer within ${TIMEOUT_MS} ms`)) });
    expect(await check('监测己局')).toMatchObject({ status: 'failed', note: expect.stringMatching(/disallowed by robots\.txt/) });
    expect(site.hits).not.toContain('/private/list.html');
    expect(await check('监测庚局')).toMatchObject({ status: 'failed', note: expect.stringMatching(/more than 5 redirects/) });
    expect(await check('监测辛局')).toMatchObject({ status: 'failed', note: expect.stringMatching(/10\.255\.255\.1 .*\(private\), a non-public address/) });
  }, 60_000);

  it('reads a GBK site', async () => {
    const sum = await monitor.pass(2019, { ...fast, agencyIds: [ids['监测丙办公厅']] });
    expect(sum).toMatchObject({ posted: 1 });
    const [r] = await ds.query(`SELECT c.value::float8 AS v FROM report r JOIN report_cell c ON c.revision_id = r.current_revision_id AND c.key = 't3.new.total' WHERE r.agency_id = $1`, [ids['监测丙办公厅']]);
    expect(r.v).toBeGreaterThan(0);
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
    const revs = await ds.query(`SELECT v.id::text, v.source_url FROM report_revision v JOIN report r ON r.id = v.report_id WHERE r.agency_id = $1 ORDER BY v.id`, [ids['监测甲局']]);
    expect(revs.map((r: { id: string }) => r.id)).toEqual([before.revision_id, a.revision_id]);
    expect(await check('监测丁局')).toMatchObject({ status: 'gone', note: expect.stringMatching(/^HTTP 410/) });
    const events = await ds.query(`SELECT kind FROM monitor_event WHERE agency_id = $1 ORDER BY id`, [ids['监测丁局']]);
    expect(events.map((e: { kind: string }) => e.kind)).toEqual(['found', 'gone']);
  }, 60_000);

  it('keeps one request at a time per host with the delay between them', async () => {
    const f = new PoliteFetcher({ ...fast, hostDelayMs: 200, maxBytes: 1 << 20, maxRedirects: 5, userAgent: 't' });
    await Promise.all(['/a/ndbg/index.html', '/b/list.html', '/c/list.html', '/d/list.html'].map((p) => f.get(`${site.base}${p}`)));
    const at = f.sent.map((s) => s.at);
    for (let i = 1; i < at.length; i++) expect(at[i] - at[i - 1]).toBeGreaterThanOrEqual(195);
  });

  it('serves the checks to everyone and runs a pass for admins only', async () => {
    const tokens: Record<string, string> = {};
    for (const role of ['viewer', 'analyst', 'admin']) tokens[role] = (await app.get(AuthService).create(role, `monitor-${role}`)).token;
    const gql = (query: string, token?: string) => {
      const r = request(app.getHttpServer()).post('/graphql').send({ query });
      return token ? r.set('authorization', `Bearer ${token}`) : r;
    };
    const list = await gql('{ publicationChecks(year: 2021) { agencyName status postedOn changedCells { key before after } } }');
    expect(list.body.data.publicationChecks).toContainEqual({ agencyName: '监测甲局', status: 'posted', postedOn: '2022-02-08',
      changedCells: [{ key: 't2.penalty.decisions', before: 1282, after: 1283 }] });
    const coll = await gql('{ collectionStatus(year: 2021) { bodies { agencyName publication postedOnSite siteUrl editedAfterPosting } } }');
    const bodies = coll.body.data.collectionStatus.bodies;
    expect(bodies).toContainEqual({ agencyName: '监测甲局', publication: 'posted', postedOnSite: '2022-02-08', siteUrl: `${site.base}/a/202202/t20220208_80613.htm`, editedAfterPosting: true });
    expect(bodies).toContainEqual(expect.objectContaining({ agencyName: '监测丁局', publication: 'gone' }));
    expect(bodies).toContainEqual(expect.objectContaining({ agencyName: '监测己局', publication: 'failed' }));
    const csv = await request(app.getHttpServer()).get(`/api/export?format=csv&query=collection&args=${encodeURIComponent(JSON.stringify({ year: 2021 }))}`)
      .set('authorization', `Bearer ${tokens.analyst}`);
    const line = csv.text.split(/\r?\n/).find((l) => l.startsWith('监测甲局,'))!;
    expect(line.split(',').slice(-4)).toEqual(['已公开', '2022-02-08', '是', `${site.base}/a/202202/t20220208_80613.htm`]);
    for (const t of [undefined, tokens.viewer, tokens.analyst]) {
      const r = await gql('mutation { runMonitor(year: 2030) { bodies } }', t);
      expect(r.body.errors[0].extensions.code).toBe(t ? 'FORBIDDEN' : 'UNAUTHENTICATED');
    }
  });
});
