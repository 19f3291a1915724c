// Every page of the dashboard in headless Chromium against the built app on the demo data: charts drawn with
// data, filters in the URL, what-if re-ranking, PNG and XLSX downloads, an upload error, no console errors.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp, type RunningApp } from './app-process';
import { launchChromium } from './browser';
import { ARTIFACTS, canvasHash, ink, makeDataDirWithAdminToken, rendered, waitForChart } from './helpers';

describe('dashboard pages', () => {
  let app: RunningApp;
  let browser: Browser;
  let ctx: BrowserContext;
  let token: string;
  let dataDir: string;
  const errors: string[] = [];

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    ({ dir: dataDir, token } = makeDataDirWithAdminToken());
    app = await startApp({ PGLITE_DATA_DIR: dataDir }, 180_000);
    browser = await launchChromium();
    ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  }, 300_000);
  // A test that fails leaves its page open with whatever requests it had waiting. Chromium gives a host six
  // connections, so a few such pages would stall every later navigation of this shared context: one failure became
  // ten. Whatever a test opened is closed after it, passed or not.
  afterEach(async () => {
    await Promise.all((ctx?.pages() ?? []).map((p) => p.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (dataDir) fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  });

  async function open(url: string): Promise<Page> {
    const page = await ctx.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${url}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${url}: ${e.message}`));
    await page.goto(`${app.url}${url}`);
    return page;
  }

  it.each([
    ['overview', '/overview', ['overview-collection-chart', 'overview-score-chart']],
    ['compare', '/compare', ['compare-chart']],
    ['trends', '/trends', ['trend-chart', 'heatmap-chart']],
    ['ranking', '/ranking', ['ranking-chart']],
    ['collection', '/collection', ['collection-chart']],
    ['report', '/report', ['art20-chart']],
  ])(
    '%s draws its charts with data',
    async (name, url, charts) => {
      const page = await open(url);
      for (const c of charts) {
        await waitForChart(page, c);
        expect([c, (await ink(page, c)) > 3000]).toEqual([c, true]);
      }
      await page.screenshot({ path: path.join(ARTIFACTS, `page-${name}.png`), fullPage: true });
      await page.close();
    },
    90_000,
  );

  it.each(['/compare', '/findings', '/ranking'])(
    'marks synthetic demo data on %s',
    async (url) => {
      const page = await open(url);
      await page.waitForSelector('[data-testid=synthetic-mark]', { timeout: 30_000 });
      expect(await page.textContent('[data-testid=synthetic-mark]')).toMatch(/合成|synthetic/);
      await page.close();
    },
    60_000,
  );

  it('a filter change redraws the chart and lands in the URL; back restores it', async () => {
    const page = await open('/compare');
    await waitForChart(page, 'compare-chart');
    const before = await canvasHash(page, 'compare-chart');
    const n = await rendered(page, 'compare-chart');
    await page.locator('[data-testid=filter-groupby] label', { hasText: /按类型|By type/ }).click();
    await page.waitForURL(/groupBy=type/);
    await waitForChart(page, 'compare-chart', 30_000, n);
    expect(await canvasHash(page, 'compare-chart')).not.toBe(before);
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('groupBy'));
    // The type filter offers the bodies' types (agencyFacts), each a filter the chart answers.
    await page.click('[data-testid=filter-type]');
    const types = page.locator('.n-base-select-option');
    await types.nth(1).waitFor();
    expect(await types.count()).toBeGreaterThan(2); // 全部 and the demo city's types
    const m = await rendered(page, 'compare-chart');
    await types.nth(1).click();
    await page.waitForURL(/type=\w+/);
    await waitForChart(page, 'compare-chart', 30_000, m);
    await page.close();
  }, 90_000);

  it('the overview offers the year filter; another year redraws the ranking chart and lands in the URL', async () => {
    const page = await open('/overview');
    await waitForChart(page, 'overview-score-chart');
    const select = page.locator('[data-testid=filter-year]');
    const shown = (await select.textContent())?.trim() ?? '';
    expect(shown).toMatch(/^20\d\d$/); // the default year, taken from the data
    const other = String(Number(shown) - 1);
    const n = await rendered(page, 'overview-score-chart');
    const before = await canvasHash(page, 'overview-score-chart');
    await select.click();
    await page.locator('.n-base-select-option', { hasText: other }).click();
    await page.waitForURL(new RegExp(`year=${other}`));
    await waitForChart(page, 'overview-score-chart', 30_000, n);
    expect((await select.textContent())?.trim()).toBe(other);
    expect(await canvasHash(page, 'overview-score-chart')).not.toBe(before);
    await page.close();
  }, 90_000);

  it('prints the overview on one A4 landscape page, charts included', async () => {
    const page = await open('/overview');
    await waitForChart(page, 'overview-collection-chart');
    await waitForChart(page, 'overview-score-chart');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true }); // the app's @page: A4 landscape
    fs.writeFileSync(path.join(ARTIFACTS, 'print-overview.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await page.close();
  }, 90_000);

  it('what-if weights re-rank the table', async () => {
    const page = await open('/ranking');
    await page.waitForSelector('[data-testid=ranking-table] tbody tr', { timeout: 30_000 });
    const order = () =>
      page.$$eval('[data-testid=ranking-table] tbody tr td:nth-child(2)', (tds) =>
        tds.slice(0, 10).map((td) => td.textContent),
      );
    const before = await order();
    // Put all the weight on one indicator: the order must follow that indicator alone.
    const sliders = await page.$$('[data-testid=weights] [data-testid^=w-]');
    expect(sliders.length).toBeGreaterThan(1);
    const ids = await Promise.all(sliders.map((s) => s.getAttribute('data-testid')));
    const w = ids.map((id, i) => `${id!.slice(2)}:${i === ids.length - 1 ? 5 : 0}`).join(',');
    await page.goto(`${app.url}/ranking?w=${encodeURIComponent(w)}`);
    await waitForChart(page, 'ranking-chart'); // drawn from the what-if answer, which also fills the table
    await page.waitForSelector('[data-testid=ranking-table] tbody tr', { timeout: 30_000 });
    expect(await order()).not.toEqual(before);
    await page.close();
  }, 90_000);

  it('an admin saves what-if weights as a scoring profile, which the page then ranks by', async () => {
    const page = await open(
      '/ranking?w=on_time:5,complete:0,findings:0,proactive_volume:0,application_outcomes:0,review_corrected:0',
    );
    await page.evaluate((tk) => sessionStorage.setItem('dh.token', tk), token);
    await page.reload();
    await page.locator('[data-testid=save-profile]').waitFor({ timeout: 30_000 });
    await page.fill('[data-testid=save-profile-name] input', '只看按时');
    await page.click('[data-testid=save-profile-button]');
    await page.waitForURL((u) => /profile=\d+/.test(u.search) && !u.search.includes('w='), { timeout: 30_000 });
    await page.waitForFunction(
      () => document.querySelector('[data-testid=filter-profile]')?.textContent?.includes('只看按时 v1'),
      null,
      { timeout: 30_000 },
    );
    // Ranked by the saved profile (no longer a what-if): the save box is gone and the sliders show its weights.
    expect(await page.locator('[data-testid=save-profile]').count()).toBe(0);
    await page.close();
  }, 90_000);

  it('downloads a chart as PNG and a table as XLSX', async () => {
    const page = await open('/compare');
    await page.evaluate((tk) => sessionStorage.setItem('dh.token', tk), token);
    await waitForChart(page, 'compare-chart');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=compare-chart] [data-testid=png]'),
    ]);
    const pngBytes = fs.readFileSync((await png.path())!);
    expect(pngBytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(pngBytes.length).toBeGreaterThan(5000);
    const [xlsx] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.click('[data-testid=compare-table] [data-testid=xlsx]'),
    ]);
    const x = fs.readFileSync((await xlsx.path())!);
    expect(x.subarray(0, 2).toString()).toBe('PK'); // an XLSX is a zip
    expect(x.includes(Buffer.from('xl/worksheets/sheet1.xml'))).toBe(true);
    await page.close();
  }, 90_000);

  it('tells a visitor without a token that exports need an analyst token, instead of downloading', async () => {
    const page = await open('/compare');
    const hint = page.locator('[data-testid=compare-table] [data-testid=export-needs-token]');
    await hint.waitFor({ timeout: 30_000 });
    expect(await hint.textContent()).toMatch(/分析员令牌|analyst token/);
    let downloads = 0;
    page.on('download', () => {
      downloads++;
    });
    await page.click('[data-testid=compare-table] [data-testid=csv]');
    await page.waitForSelector('[data-testid=compare-table] [data-testid=token-box]', { timeout: 15_000 });
    expect(downloads).toBe(0);
    await page.close();
  }, 60_000);

  it('an uploaded bad file shows its error', async () => {
    const page = await open('/import');
    await page.fill('[data-testid=token-input] input', token); // naive-ui wraps the <input>
    await page.click('[data-testid=token-apply]');
    await page.waitForSelector('[data-testid=token-box] .n-tag', { timeout: 15_000 });
    await page.setInputFiles('[data-testid=upload] input[type=file]', {
      name: 'broken.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('not a pdf at all'),
    });
    const row = page.locator('[data-testid=import-results] tr[data-status=failed]');
    await row.waitFor({ timeout: 60_000 });
    expect(await row.textContent()).toContain('broken.pdf');
    // The reason in Chinese (the page's language), the server's words beneath it.
    expect(await row.locator('.why').textContent()).toMatch(/无法识别的文件格式.*broken\.pdf: not a PDF/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'page-import.png'), fullPage: true });
    await page.close();
  }, 120_000);

  it('imports a copy that prints no year once the year and body are given on the page', async () => {
    const page = await open('/import');
    await page.evaluate((tk) => sessionStorage.setItem('dh.token', tk), token);
    await page.reload();
    const file = fs.readFileSync(
      path.resolve(__dirname, '../../data/samples/reports/unknownyear_unknown_ju_2019format_partial.txt'),
    );
    const upload = (name: string) =>
      page.setInputFiles('[data-testid=upload] input[type=file]', { name, mimeType: 'text/plain', buffer: file });
    // Without hints the file fails and says how to give the year.
    await upload('no-year.txt');
    const failed = page.locator('[data-testid=import-results] tr[data-status=failed]', { hasText: 'no-year.txt' });
    await failed.waitFor({ timeout: 60_000 });
    expect(await failed.locator('.why').textContent()).toMatch(/文中未写明年度.*no report year.*import page/);
    // With the year and the body given, the same bytes are stored under that body and year.
    await page.fill('[data-testid=hint-agency] input', '测试导入局');
    await page.fill('[data-testid=hint-year] input', '2019');
    await page.locator('[data-testid=hint-year] input').blur();
    await upload('with-year.txt');
    const stored = page.locator('[data-testid=import-results] tr[data-status=new]', { hasText: 'with-year.txt' });
    await stored.waitFor({ timeout: 60_000 });
    expect(await stored.textContent()).toMatch(/测试导入局.*2019/);
    await page.close();
  }, 120_000);

  it('overview shows the findings count once its own query answers', async () => {
    const page = await open('/overview');
    await page.waitForFunction(
      () => /\d/.test(document.querySelector('[data-testid=kpi-findings] .v')?.textContent ?? ''),
      null,
      { timeout: 30_000 },
    );
    expect(Number((await page.textContent('[data-testid=kpi-findings] .v'))!.replace(/\D/g, ''))).toBeGreaterThan(0);
    await page.close();
  }, 60_000);

  it("overview counts the year's reports waiting to be claimed under 已收到", async () => {
    // 2023's copy from 尼勒克 names no body (INDEX.tsv): it is received, and waits for an admin.
    const page = await open('/overview?year=2023&region=0'); // 全部: the copy is from another city than the home region
    const card = page.locator('[data-testid=kpis] .n-card', { hasText: '已收到' });
    await card.waitFor({ timeout: 30_000 });
    await page.waitForFunction(
      () => /待认领 \d/.test(document.querySelector('[data-testid=kpis]')?.textContent ?? ''),
      null,
      { timeout: 30_000 },
    );
    expect(await card.textContent()).toMatch(/其中待认领 1/);
    await page.close();
  }, 60_000);

  it("collection lists one year's bodies to chase, problems first, with failed checks marked", async () => {
    const page = await open('/collection?year=2020&region=0'); // 全部: 平潭 is not in the home region
    const rows = page.locator('[data-testid=collection-table] tbody tr');
    await rows.first().waitFor({ timeout: 30_000 });
    const texts = await rows.allTextContents();
    // Problems first: missing (roster bodies only), late, undated, failed checks, then on time.
    const rank = (s: string) => ['未提交', '逾期', '无发布日期', '检查未通过', '按时'].findIndex((k) => s.includes(k));
    const ranks = texts.map(rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // 平潭 2020's result rows add up to 27 against a total of 21 (INDEX.tsv): its checks failed.
    expect(texts.find((x) => x.includes('平潭综合实验区（管委会）'))).toMatch(/检查未通过/);
    expect(texts.at(-1)).toMatch(/按时/); // on-time bodies last
    await page.close();
  }, 60_000);

  it('findings page lists findings', async () => {
    const page = await open('/findings');
    await page.waitForSelector('[data-testid=findings-table] tbody tr', { timeout: 30_000 });
    expect(await page.locator('[data-testid=findings-table] tbody tr').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'page-findings.png'), fullPage: true });
    // All years by default; a year narrows the list and lands in the URL; clearing it goes back to all years.
    const year = page.locator('[data-testid=filter-year]');
    expect((await year.textContent())?.trim()).toMatch(/全部年度|All years/);
    await year.click();
    await page.locator('.n-base-select-option', { hasText: '2022' }).click();
    await page.waitForURL(/year=2022/);
    await page.waitForFunction(
      () => {
        const cells = [...document.querySelectorAll('[data-testid=findings-table] tbody tr td:first-child')];
        return cells.length > 0 && cells.every((td) => td.textContent?.trim() === '2022');
      },
      null,
      { timeout: 30_000 },
    );
    await year.hover();
    await page.locator('[data-testid=filter-year] .n-base-clear').click();
    await page.waitForURL((u) => !u.search.includes('year='));
    await page.close();
  }, 60_000);

  it('an admin moves an unclaimed report to the body chosen on its page', async () => {
    const list = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ reports(first: 200) { nodes { id agencyName year } } }' }),
    }).then((r) => r.json());
    const unclaimed = list.data.reports.nodes.find((n: { agencyName: string }) =>
      n.agencyName.startsWith('未识别机关'),
    );
    expect(unclaimed).toBeDefined();
    const page = await open(`/report/${unclaimed.id}`);
    await page.evaluate((tk) => sessionStorage.setItem('dh.token', tk), token);
    await page.reload();
    const claim = page.locator('[data-testid=claim-report]');
    await claim.waitFor({ timeout: 30_000 });
    expect(await claim.textContent()).toMatch(/待认领/);
    await page.click('[data-testid=claim-target]');
    const first = page.locator('.n-base-select-option').first();
    const body = ((await first.textContent()) ?? '').trim();
    expect(body.length).toBeGreaterThan(2);
    await first.click();
    await page.screenshot({ path: path.join(ARTIFACTS, 'page-report-claim.png') });
    await page.click('[data-testid=claim-move]');
    const titled = (): Promise<unknown> =>
      page.waitForFunction(
        (name) => document.querySelector('[data-testid=report-title]')?.textContent?.includes(name),
        body,
        { timeout: 30_000 },
      );
    // A body that already has a report of that year asks how to file the claimed one: here it replaces it.
    const modes = page.locator('[data-testid=claim-modes]');
    await Promise.race([modes.waitFor({ timeout: 30_000 }), titled()]).catch(() => undefined);
    if (await modes.count()) await page.click('[data-testid=claim-mode-replace]');
    await titled();
    expect(await claim.count()).toBe(0);
    await page.close();
  }, 90_000);

  it('logged no console errors on any page', () => {
    expect(errors).toEqual([]);
  });
});
