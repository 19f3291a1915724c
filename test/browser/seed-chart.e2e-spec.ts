// Opens the dashboard served by the built app and checks the seed report's chart really rendered:
// a canvas with ink on it, and Chinese text drawn with real glyphs rather than missing-glyph boxes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { startApp, type RunningApp } from './app-process';
import { launchChromium } from './browser';
import { ARTIFACTS, canvasHash, ink as inkOf, rendered, waitForChart } from './helpers';

describe('dashboard in headless Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    app = await startApp();
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the seed report table 二 as a bar chart with Chinese labels', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${app.url}/report`);
    // Pick the seed report in the report picker (naive-ui select with search).
    await page.click('[data-testid=report-picker]');
    await page.keyboard.type('鞍山市应急管理局');
    await page.locator('.n-base-select-option', { hasText: '鞍山市应急管理局 2020' }).first().click();
    await page.waitForURL(/\/report\/\w+/);
    await waitForChart(page, 'art20-chart'); // drawn, entry animation finished
    expect(await inkOf(page, 'art20-chart')).toBeGreaterThan(5000);
    // A font without CJK draws every missing glyph with one box width; real glyphs differ from it.
    const widths = await page.evaluate(() => {
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = '16px sans-serif';
      return { cjk: ctx.measureText('规范性文件').width, tofu: ctx.measureText('\u{10FFFD}'.repeat(5)).width };
    });
    expect(widths.cjk).not.toBeCloseTo(widths.tofu, 1);
    await expect(page.getByTestId('report-title').textContent()).resolves.toContain('鞍山市应急管理局');
    // A text copy with a 落款 date and no page date: the signature date is shown as such, and the page says so.
    await expect(page.getByTestId('report-dates').textContent()).resolves.toContain('落款日期 2021年1月25日');
    await expect(page.getByTestId('signature-only').textContent()).resolves.toBe('仅有落款日期，发布日期不详');
    // The source text is shown as printed and as text only: no markup from the report reaches the DOM.
    const source = page.getByTestId('report-source-text');
    await expect(source.textContent()).resolves.toContain('行政处罚 | 0 | 8 | 8 |');
    await expect(source.evaluate((el) => el.children.length)).resolves.toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'seed-report.png'), fullPage: true });
    expect(errors).toEqual([]);
  }, 60_000);

  // Titles and mark lines are registered lazily with lines and heatmaps (charts/echarts.ts), which keeps them out
  // of the first page's JS: the overview must draw without them, and a chart must wait for them when it needs them.
  it('loads the lazily registered chart parts only when a chart needs them, and then draws with them', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const extras: string[] = [];
    page.on('request', (r) => {
      if (/echarts-extras-[\w-]+\.js$/.test(r.url())) extras.push(r.url());
    });
    await page.goto(`${app.url}/overview`);
    await waitForChart(page, 'overview-collection-chart');
    expect(extras).toEqual([]);
    // Compare without quartiles draws plain bars; with them, each series gets mark lines: the canvas must change.
    await page.goto(`${app.url}/compare?q=0`);
    await waitForChart(page, 'compare-chart');
    expect(extras).toEqual([]);
    const before = await canvasHash(page, 'compare-chart');
    const n = await rendered(page, 'compare-chart');
    await page
      .locator('label', { hasText: /四分位|quartiles/i })
      .locator('.n-switch')
      .click();
    await page.waitForURL((u) => !u.search.includes('q=0'));
    await waitForChart(page, 'compare-chart', 30_000, n);
    expect(extras.length).toBe(1);
    expect(await canvasHash(page, 'compare-chart')).not.toBe(before);
    await page.close();
  }, 60_000);
});
