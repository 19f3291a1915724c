// The ranking page's what-if sliders in headless Chromium on the demo data: they sit on the profile's own scale
// where the profile is, a drag changes that one weight (the others stay), the profile picker keeps its profile, and
// the table follows the order the API gives for the dragged weights.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startApp, type RunningApp } from './app-process';
import { launchChromium } from './browser';
import { makeDataDirWithAdminToken } from './helpers';

describe('ranking page what-if sliders', () => {
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

  const names = (page: Page) =>
    page.$$eval('[data-testid=ranking-table] tbody tr td:nth-child(2)', (tds) =>
      tds.map((td) => td.textContent?.replace(/未发布|not published/, '').trim()),
    );
  const weightOf = async (page: Page, key: string) => Number(await page.textContent(`[data-testid=wv-${key}]`));

  it("starts on the profile's scale, a drag moves one weight, and the order is the API's for those weights", async () => {
    const page = await browser.newPage({ viewport: { width: 1500, height: 1000 } });
    await page.goto(`${app.url}/ranking?year=2025`);
    await page.waitForSelector('[data-testid=ranking-table] tbody tr', { timeout: 60_000 });
    // 默认方案 v2: 20 · 15 · 25 · 15 · 10 · 15, sliders 0–50 (twice the largest weight).
    const start = {
      timeliness: 20,
      format_complete: 15,
      data_accuracy: 25,
      application_handling: 15,
      review_correction: 10,
      content_original: 15,
    };
    for (const [k, w] of Object.entries(start)) {
      expect(await weightOf(page, k)).toBe(w);
      expect(await page.getAttribute(`[data-testid=w-${k}] [role=slider]`, 'aria-valuenow')).toBe(String(w));
      expect(await page.getAttribute(`[data-testid=w-${k}] [role=slider]`, 'aria-valuemax')).toBe('50');
    }
    expect(await page.textContent('[data-testid=filter-profile]')).toContain('默认方案 v2');

    // Drag 按时发布's thumb to 80 % of the rail: 40 of 50.
    const rail = (await page.locator('[data-testid=w-timeliness] .n-slider-rail').boundingBox())!;
    const handle = (await page.locator('[data-testid=w-timeliness] [role=slider]').boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(rail.x + rail.width * 0.8, rail.y + rail.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.waitForURL((u) => u.search.includes('w='), { timeout: 30_000 });
    const dragged = await weightOf(page, 'timeliness');
    expect(Math.abs(dragged - 40)).toBeLessThanOrEqual(1);
    for (const [k, w] of Object.entries(start)) if (k !== 'timeliness') expect(await weightOf(page, k)).toBe(w);
    // The picker still names the profile the what-if started from (it showed "0" before).
    expect(await page.textContent('[data-testid=filter-profile]')).toContain('默认方案 v2');

    // The table shows the API's order for exactly these weights.
    const whatIf = Object.entries({ ...start, timeliness: dragged }).map(([indicator, weight]) => ({
      indicator,
      weight,
    }));
    const expected = await page.evaluate(async (w) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'query($w: [IndicatorWeightInput!]) { ranking(year: 2025, whatIf: $w, limit: 1000) { rows { agencyName } } }',
          variables: { w },
        }),
      });
      return ((await res.json()) as { data: { ranking: { rows: { agencyName: string }[] } } }).data.ranking.rows.map(
        (r) => r.agencyName,
      );
    }, whatIf);
    await page.waitForFunction(
      (first) => {
        const td = document.querySelector('[data-testid=ranking-table] tbody tr td:nth-child(2)');
        return !!td && (td.textContent ?? '').startsWith(first);
      },
      expected[0],
      { timeout: 30_000 },
    );
    await page.waitForFunction(
      () => !document.querySelector('[data-testid=ranking-table] .n-data-table--loading'),
      null,
      { timeout: 30_000 },
    );
    expect((await names(page)).slice(0, 15)).toEqual(expected.slice(0, 15));
    // Explanations are on the page, not only in a tooltip.
    expect(await page.locator('[data-testid=why]').first().textContent()).toMatch(/本组第一|比|并列/);
    await page.close();
  }, 180_000);
});
