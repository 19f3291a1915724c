// The publication check on the collection page: two monitor passes (run through the API, as an admin would) over a
// loopback government site built from the real pages, then the page shows per body posted with its date, edited after
// posting, removed, outside the 年报 column, differing from the copy received, not found; the findings page lists the
// faults with their evidence.
import * as path from 'node:path';
import { receivedCopyOfH, startMonitorSite, type MonitorSite } from '../../apps/api/test/monitor-site';
import { ARTIFACTS, openDashboard, type Dashboard } from './helpers';

describe('publication check on the collection page', () => {
  let d: Dashboard;
  let site: MonitorSite;
  const names = ['公开甲局', '公开丁局', '公开壬局', '公开癸局'];

  beforeAll(async () => {
    site = await startMonitorSite(60_000);
    d = await openDashboard({ DEMO_DATA: 'off', MONITOR_ALLOW_HOSTS: '127.0.0.1' });
    const b = site.base;
    const urls = [`${b}/a/ndbg/index.html`, `${b}/d/list.html`, `${b}/h/tzgg.html`, `${b}/i/list.html`];
    const csv = [
      'region,name,kind,level,source_urls',
      ...names.map((n, i) => `公开省/公开市,${n},department,city,${urls[i]}`),
    ].join('\n');
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'roster.csv');
    const r = await fetch(`${d.app.url}/api/roster`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${d.token}` },
    });
    if (r.status !== 201) throw new Error(`roster import refused: ${r.status} ${await r.text()}`);
    // What the office received from 公开壬局 before the site was checked: one figure differs from what it posted.
    const up = new FormData();
    up.append('files', new Blob([new Uint8Array(receivedCopyOfH())], { type: 'text/html' }), 'received.html');
    up.append('agency', '公开壬局');
    up.append('year', '2021');
    up.append('override', 'true');
    const u = await fetch(`${d.app.url}/api/upload`, {
      method: 'POST',
      body: up,
      headers: { authorization: `Bearer ${d.token}` },
    });
    if (u.status !== 201) throw new Error(`upload refused: ${u.status} ${await u.text()}`);
    await d.gql('mutation { runMonitor(year: 2021) { bodies } }');
    site.pass = 2;
    await d.gql('mutation { runMonitor(year: 2021) { bodies } }');
  }, 300_000);
  afterAll(async () => {
    await d?.close();
    await site?.close();
  });

  it('shows what the monitor found for each body, and the findings page lists the faults', async () => {
    const page = await d.ctx.newPage();
    await page.goto(`${d.app.url}/collection?year=2021&region=0`);
    const table = page.getByTestId('collection-table');
    await table.getByText('公开甲局').waitFor();
    const row = (name: string) => table.locator('tr', { hasText: name });
    const cell = async (name: string) => (await row(name).getByTestId('publication').innerText()).replace(/\s+/g, ' ');
    expect(await row('公开甲局').getByTestId('publication').getAttribute('data-state')).toBe('posted');
    expect(await cell('公开甲局')).toMatch(/已公开 2022年2月8日.*公开后修改/);
    expect(await row('公开丁局').getByTestId('publication').getAttribute('data-state')).toBe('gone');
    expect(await cell('公开壬局')).toMatch(/已公开.*不在年报栏目.*与报送稿不一致 1 处/);
    expect(await row('公开癸局').getByTestId('publication').getAttribute('data-state')).toBe('not_found');
    expect(await row('公开甲局').locator('a', { hasText: '打开网页' }).getAttribute('href')).toBe(
      `${site.base}/a/202202/t20220208_80613.htm`,
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'collection-publication.png'), fullPage: true });

    // The findings page, filtered to the website kind: each fault with its URL.
    await page.goto(`${d.app.url}/findings?year=2021&region=0&kind=publication`);
    await page.getByText('公开后被修改').first().waitFor();
    const text = await page.locator('.content').innerText();
    await page.screenshot({ path: path.join(ARTIFACTS, 'findings-publication.png'), fullPage: true });
    expect(text).toContain('逾期未在网站公开');
    expect(text).toContain('网站公开稿与报送稿不一致');
    expect(text).toContain(`${site.base}/i/list.html`);
    await page.close();
  }, 120_000);
});
