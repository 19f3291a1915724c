// A filter changed twice quickly: the first answer is held back by the test (route interception) until the
// second has been drawn, then let through. The page must keep the second filter's result (useLoader drops the
// older answer); before, the slow first answer overwrote it. Also: the body picker searches the API, and the
// report page and the overview ask bounded questions (no listing of every report, no 1,000-row ranking).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { startApp, type RunningApp } from './app-process';
import { launchChromium } from './browser';
import { makeDataDirWithAdminToken } from './helpers';

describe('dashboard data layer: newest answer wins, searched pickers, bounded questions', () => {
  let app: RunningApp;
  let browser: Browser;
  let dataDir: string;

  beforeAll(async () => {
    ({ dir: dataDir } = makeDataDirWithAdminToken());
    app = await startApp({ PGLITE_DATA_DIR: dataDir }, 180_000);
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (dataDir) fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  });

  const labels = (page: Page) =>
    page.$$eval('[data-testid=compare-table] tbody tr td:first-child', (tds) =>
      tds.map((td) => td.textContent?.trim() ?? ''),
    );
  const isCompare = (r: Request, groupBy: string) =>
    r.url().endsWith('/graphql') &&
    String(r.postDataJSON()?.query).includes('compare(') &&
    r.postDataJSON()?.variables?.groupBy === groupBy;
  async function labelsOf(url: string): Promise<string[]> {
    const page = await browser.newPage();
    await page.goto(`${app.url}${url}`);
    await page.waitForSelector('[data-testid=compare-table] tbody tr td:first-child', { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const l = await labels(page);
    await page.close();
    return l;
  }
  const groupBy = (page: Page, text: RegExp) =>
    page.locator('[data-testid=filter-groupby] label', { hasText: text }).click();

  it('compare: grouped by type (answer held back), then by region: the table stays on regions after the first answer lands', async () => {
    // What each grouping looks like when asked alone, to tell them apart below.
    const byRegion = await labelsOf('/compare?groupBy=region');
    const byType = await labelsOf('/compare?groupBy=type');
    expect(byRegion.length).toBeGreaterThan(0);
    expect(byType).not.toEqual(byRegion);

    const page = await browser.newPage();
    await page.goto(`${app.url}/compare`);
    await page.waitForSelector('[data-testid=compare-table] tbody tr td:first-child', { timeout: 60_000 });

    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    let heldOnce = false;
    await page.route('**/graphql', async (route) => {
      if (!heldOnce && isCompare(route.request(), 'type')) {
        heldOnce = true;
        await held;
      }
      await route.continue();
    });
    const firstAnswer = page.waitForResponse((r) => isCompare(r.request(), 'type'), { timeout: 60_000 });
    const secondAnswer = page.waitForResponse((r) => isCompare(r.request(), 'region'), { timeout: 60_000 });
    // The second change comes while the first question is out (sent, its answer held).
    const firstAsked = page.waitForRequest((r) => isCompare(r, 'type'), { timeout: 30_000 });
    await groupBy(page, /按类型|By type/);
    await firstAsked;
    await groupBy(page, /按地区|By region/);
    await secondAnswer;
    await page.waitForFunction(
      (want) =>
        [...document.querySelectorAll('[data-testid=compare-table] tbody tr td:first-child')]
          .map((td) => td.textContent?.trim())
          .join('|') === want,
      byRegion.join('|'),
      { timeout: 30_000 },
    );
    expect(heldOnce).toBe(true);

    release();
    await firstAnswer;
    // Give the page time to (wrongly) draw the late answer: a few frames and a macrotask after it arrived.
    await page.evaluate(
      () => new Promise((r) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(r)), 300)),
    );
    expect(await labels(page)).toEqual(byRegion);
    expect(new URL(page.url()).searchParams.get('groupBy')).toBe('region');
    await page.close();
  }, 180_000);

  const opsOf = (page: Page) => {
    const ops: { query: string; variables: Record<string, unknown> }[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && r.method() === 'POST') ops.push(r.postDataJSON());
    });
    return ops;
  };

  it('compare: the body picker asks the API for what is typed (20 at most) and the table follows the picked body', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/compare?groupBy=agency&region=0&years=2020`); // the seed body reported for 2020
    await page.waitForSelector('[data-testid=compare-table] tbody tr td:first-child', { timeout: 60_000 });
    await page.click('[data-testid=filter-agencies]');
    const searched = page.waitForRequest(
      (r) => r.url().endsWith('/graphql') && r.postDataJSON()?.variables?.filter?.search === '鞍山市应急管理局',
      { timeout: 30_000 },
    );
    await page.keyboard.type('鞍山市应急管理局');
    expect((await searched).postDataJSON().variables.limit).toBe(20);
    await page.locator('.n-base-select-option', { hasText: '鞍山市应急管理局' }).first().click();
    await page.waitForURL(/agencies=\d+/);
    // The table's rows: the picked body, then the summary row (合计).
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid=compare-table] tbody tr td:first-child')]
          .map((td) => td.textContent?.trim())
          .join('|') === '鞍山市应急管理局|合计',
      null,
      { timeout: 30_000 },
    );
    await page.close();
  }, 120_000);

  it('report page: opens one report without paging through all, and the overview asks the ranking for ten rows', async () => {
    const page = await browser.newPage();
    const ops = opsOf(page);
    await page.goto(`${app.url}/report`);
    await page.waitForSelector('[data-testid=report-title]', { timeout: 60_000 });
    const lists = ops.filter((o) => /reports\(/.test(o.query));
    expect(lists.length).toBeGreaterThan(0);
    for (const o of lists) {
      expect(Number(o.variables.first)).toBeLessThanOrEqual(20);
      expect(o.variables.after ?? null).toBeNull();
    }
    await page.goto(`${app.url}/overview`);
    await page.waitForSelector('[data-testid=overview-top] tbody tr', { timeout: 60_000 });
    const rankings = ops.filter((o) => /ranking\(/.test(o.query));
    expect(rankings.map((o) => o.variables.ends)).toEqual(rankings.map(() => 5));
    expect(await page.$$eval('[data-testid=overview-top] tbody tr', (trs) => trs.length)).toBe(5);
    expect(await page.$$eval('[data-testid=overview-bottom] tbody tr', (trs) => trs.length)).toBe(5);
    await page.close();
  }, 120_000);
});
