// Every surface tells the same story: the 对比 table and its CSV/XLSX hold the same cells; 总览, 趋势 and 排名 print
// whole (the last ranked body and the last year on the paper); every page works on a 390 × 844 phone. Screenshots
// (1440 × 900 and 390 × 844) and the PDFs go to test/artifacts/surface/ to be looked at.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp, type RunningApp } from './app-process';
import { launchChromium } from './browser';
import { ARTIFACTS, makeDataDirWithAdminToken, waitForChart } from './helpers';

const OUT = path.join(ARTIFACTS, 'surface');
const PAGES = ['overview', 'compare', 'trends', 'ranking', 'report', 'collection', 'roster', 'findings', 'import'];
const CHARTS: Record<string, string[]> = {
  overview: ['overview-collection-chart', 'overview-score-chart'],
  compare: ['compare-chart'],
  trends: ['trend-chart', 'heatmap-chart'],
  ranking: ['ranking-chart'],
  report: ['art20-chart'],
  collection: ['collection-chart'],
};

/** A number as the page prints it (1,234 件 · +12 件 · −15.7% · 12.3%), or null for "—" and an empty cell. */
function numberOf(text: string): number | null {
  const m = /[+−-]?\d[\d,]*(\.\d+)?/.exec(text.replace(/\s/g, ''));
  return m ? Number(m[0].replace(/,/g, '').replace('−', '-').replace('+', '')) : null;
}

describe('one story on every surface', () => {
  let app: RunningApp;
  let browser: Browser;
  let token: string;
  let dataDir: string;

  beforeAll(async () => {
    fs.mkdirSync(OUT, { recursive: true });
    ({ dir: dataDir, token } = makeDataDirWithAdminToken());
    app = await startApp({ PGLITE_DATA_DIR: dataDir }, 300_000);
    browser = await launchChromium();
  }, 420_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (dataDir) fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  });

  async function context(width: number, height: number, lang = 'zh-CN', signedIn = false): Promise<BrowserContext> {
    const ctx = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
    await ctx.addInitScript(
      ([l, tk]) => {
        localStorage.setItem('dh.locale', l);
        if (tk) sessionStorage.setItem('dh.token', tk);
      },
      [lang, signedIn ? token : ''] as const,
    );
    return ctx;
  }
  async function ready(page: Page, name: string): Promise<void> {
    for (const c of CHARTS[name] ?? []) await waitForChart(page, c, 60_000);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
  }

  async function bodyIds(n: number): Promise<number[]> {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ agencies(filter: { search: "合成市" }, limit: 40) { id name } }' }),
    });
    const bodies = ((await res.json()) as { data: { agencies: { id: number; name: string }[] } }).data.agencies;
    // Departments: a government's compiled report is a series of its own, never in a departments' total.
    return bodies
      .filter((b) => /局$/.test(b.name))
      .slice(0, n)
      .map((b) => b.id);
  }

  it.each(['zh-CN', 'en'])(
    'the 对比 table on screen and its CSV and XLSX hold the same cells (%s)',
    async (lang) => {
      const ids = await bodyIds(5);
      const ctx = await context(1440, 900, lang, true);
      const page = await ctx.newPage();
      await page.goto(`${app.url}/compare?agencies=${ids.join(',')}`);
      await page.waitForSelector('[data-testid=compare-table] tbody tr td', { timeout: 60_000 });
      await ready(page, 'compare');
      const header = await page.$$eval('[data-testid=compare-table] thead th', (ths) =>
        ths.map((th) => (th as HTMLElement).innerText.trim()),
      );
      const screen = await page.$$eval('[data-testid=compare-table] tbody tr', (trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText.trim())),
      );
      expect(screen).toHaveLength(6); // five bodies and the totals row
      expect(screen[5][0]).toBe(lang === 'en' ? 'Total' : '合计');

      const save = async (button: string): Promise<Buffer> => {
        const [dl] = await Promise.all([
          page.waitForEvent('download'),
          page.click(`[data-testid=compare-table] [data-testid=${button}]`),
        ]);
        return fs.readFileSync((await dl.path())!);
      };
      const csv = parse((await save('csv')).toString('utf8').replace(/^\uFEFF/, ''), {
        relax_column_count: true,
      }) as string[][];
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await save('xlsx')) as unknown as ArrayBuffer);
      const xlsx = wb.worksheets[0]
        .getSheetValues()
        .filter(Boolean)
        .map((r) => (r as unknown[]).slice(1).map((v) => (v ?? null) as string | number | null));
      fs.writeFileSync(path.join(OUT, `compare-${lang}.csv`), csv.map((r) => r.join(',')).join('\n'));

      for (const [name, rows] of [
        ['csv', csv],
        ['xlsx', xlsx],
      ] as const) {
        const h = rows.findIndex((r) => r[0] === header[0] && r.length >= header.length);
        expect([name, rows[h]]).toEqual([name, header]);
        // Header rows name the bodies (not ids) and the metrics (not keys).
        const filters = rows
          .slice(1, h)
          .map((r) => r.join(' '))
          .join(' ');
        expect(filters).not.toMatch(/"ids"|t3\.new\.total|\{/);
        expect(filters).toContain(screen[0][0]);
        const body = rows.slice(h + 1, h + 1 + screen.length);
        for (let i = 0; i < screen.length; i++) {
          for (let j = 0; j < header.length; j++) {
            const shown = screen[i][j];
            const cell = body[i][j];
            if (j === 0) {
              expect([name, i, cell]).toEqual([name, i, shown]);
              continue;
            }
            const v = cell === '' || cell === null || cell === undefined ? null : Number(cell);
            // The page prints exact values (up to 4 decimals) and percentages to one decimal, as the file holds them.
            expect([name, header[j], i, v === null ? null : Math.round(v * 1e4) / 1e4]).toEqual([
              name,
              header[j],
              i,
              numberOf(shown),
            ]);
          }
        }
      }
      await ctx.close();
    },
    180_000,
  );

  it.each([
    ['overview', '/overview'],
    ['trends', '/trends'],
    ['ranking', '/ranking'],
  ])(
    'prints %s to PDF with its last ranked body and last year on the paper',
    async (name, url) => {
      const ctx = await context(1440, 900);
      const page = await ctx.newPage();
      await page.goto(`${app.url}${url}`);
      await ready(page, name);
      const want: string[] = [];
      if (name === 'ranking')
        want.push(
          await page.$$eval('[data-testid=ranking-table] tbody tr', (trs) =>
            trs[trs.length - 1].querySelectorAll('td')[1].textContent!.trim(),
          ),
        );
      if (name === 'overview')
        want.push(
          await page.$$eval('[data-testid=overview-bottom] tbody tr', (trs) =>
            trs[trs.length - 1].querySelectorAll('td')[1].textContent!.trim(),
          ),
        );
      if (name === 'trends')
        want.push(
          await page.$$eval('[data-testid=trend-table] thead th', (ths) => ths[ths.length - 1].textContent!.trim()),
        );
      else want.push((await page.textContent('[data-testid=filter-year]'))!.trim());
      const file = path.join(OUT, `print-${name}.pdf`);
      fs.writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
      for (const old of fs.readdirSync(OUT).filter((f) => f.startsWith(`print-${name}-`)))
        fs.rmSync(path.join(OUT, old));
      execFileSync('pdftoppm', ['-png', '-r', '60', file, path.join(OUT, `print-${name}`)]); // pages as pictures, for review
      for (const w of want)
        expect([name, w, text.replace(/\s/g, '').includes(w.replace(/\s/g, ''))]).toEqual([name, w, true]);
      await ctx.close();
    },
    120_000,
  );

  it.each(PAGES)(
    '%s at 390 × 844: compact header, menu drawer, nothing wider than the screen',
    async (name) => {
      const ctx = await context(390, 844);
      const page = await ctx.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${app.url}/${name}`);
      await ready(page, name);
      const header = await page.$eval('.top', (el) => el.getBoundingClientRect().height);
      expect(header).toBeLessThanOrEqual(48);
      expect(await page.$('[data-testid=nav]')).toBeNull(); // no side menu taking the width
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // Tables scroll inside their card; no card sticks out of the screen.
      const wide = await page.$$eval(
        '.n-card',
        (cards) => cards.map((c) => c.getBoundingClientRect()).filter((r) => r.right > 391 || r.left < -1).length,
      );
      expect(wide).toBe(0);
      await page.screenshot({ path: path.join(OUT, `phone-${name}.png`), fullPage: true });
      await page.click('[data-testid=menu-open]');
      await page.waitForSelector('[data-testid=nav-drawer]');
      const next = PAGES[(PAGES.indexOf(name) + 1) % PAGES.length];
      await page.locator('[data-testid=nav-drawer] .n-menu-item').nth(PAGES.indexOf(next)).click();
      await page.waitForURL(new RegExp(`/${next}`));
      expect(errors).toEqual([]);
      await ctx.close();
    },
    120_000,
  );

  it.each(PAGES)(
    '%s at 1440 × 900 (screenshot for review)',
    async (name) => {
      const ctx = await context(1440, 900);
      const page = await ctx.newPage();
      await page.goto(`${app.url}/${name}`);
      await ready(page, name);
      expect(await page.$('[data-testid=nav]')).not.toBeNull();
      expect(await page.$('[data-testid=menu-open]')).toBeNull();
      await page.screenshot({ path: path.join(OUT, `desktop-${name}.png`), fullPage: true });
      await ctx.close();
    },
    120_000,
  );
});
