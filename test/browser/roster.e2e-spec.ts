// The roster (名录) page, the 逐级汇总 table and the home region in headless Chromium against the built app on the
// demo data. When the demo loads no roster of its own, the test imports one for the demo city (合成市, its first 30
// bodies as `npm start` loads them) through the REST route, as an office would.
import { REPORT_KIND_LABELS, suggestKind } from '@dh/domain';
import { SYNTH_CITY, synthAgencies } from '@dh/synth';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp, type RunningApp } from './app-process';
import { launchChromium } from './browser';
import { ARTIFACTS, makeDataDirWithAdminToken } from './helpers';

const DEMO_BODIES = 30; // DEMO_SYNTH_AGENCIES' default

/** The demo city's roster: each body's kind from its name, parent the government of its region (or the one above). */
function demoRosterCsv(): string {
  const bodies = synthAgencies(DEMO_BODIES);
  const govOf = (p: string[]) =>
    bodies.find((b) => b.regionPath.join('/') === p.join('/') && suggestKind(b.name) === 'government_compiled')?.name ??
    '';
  const lines = bodies.map((b) => {
    const kind = suggestKind(b.name);
    const parent =
      kind === 'government_compiled'
        ? govOf(b.regionPath.slice(0, -1))
        : govOf(b.regionPath) || govOf(b.regionPath.slice(0, -1));
    return [b.regionPath.join('/'), b.name, kind, b.level, parent, '', '', '', '', '', ''].join(',');
  });
  return ['region,name,kind,level,parent,first_year,last_year,successor,aliases,source_urls,note', ...lines].join('\n');
}

describe('roster page, 逐级汇总 and home region', () => {
  let app: RunningApp;
  let browser: Browser;
  let ctx: BrowserContext;
  let token: string;
  let dataDir: string;
  const errors: string[] = [];
  const gql = async <T>(query: string, variables: object = {}): Promise<T> => {
    const r = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await r.json()) as { data: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
    return body.data;
  };

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    ({ dir: dataDir, token } = makeDataDirWithAdminToken());
    app = await startApp({ PGLITE_DATA_DIR: dataDir }, 180_000);
    const { roster } = await gql<{ roster: { onRoster: number } }>(
      '{ roster(onRosterOnly: true, limit: 1) { onRoster } }',
    );
    if (roster.onRoster === 0) {
      const form = new FormData();
      form.append('file', new Blob([demoRosterCsv()], { type: 'text/csv' }), 'demo-roster.csv');
      const res = await fetch(`${app.url}/api/roster`, {
        method: 'POST',
        body: form,
        headers: { authorization: `Bearer ${token}` },
      });
      if (res.status !== 201) throw new Error(`demo roster import refused: ${res.status} ${await res.text()}`);
    }
    browser = await launchChromium();
    ctx = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (dataDir) fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  });

  async function open(url: string, admin = false): Promise<Page> {
    const page = await ctx.newPage();
    // The refused import answers 400 on purpose; the browser logs that response as an error.
    page.on('console', (m) => {
      if (m.type() === 'error' && !(m.location().url.endsWith('/api/roster') && m.text().includes('400')))
        errors.push(`${url}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${url}: ${e.message}`));
    await page.goto(`${app.url}${url}`);
    if (admin) {
      await page.evaluate((tk) => sessionStorage.setItem('dh.token', tk), token);
      await page.reload();
    }
    return page;
  }
  const names = (page: Page) =>
    page.$$eval('[data-testid=roster-table] [data-testid=roster-name]', (els) => els.map((e) => e.textContent ?? ''));

  it('opens on the home region: the overview counts its roster bodies as 应报', async () => {
    const { homeRegion } = await gql<{ homeRegion: { id: number; name: string } }>('{ homeRegion { id name } }');
    expect(homeRegion.name).toBe(SYNTH_CITY);
    const page = await open('/overview');
    await page.waitForSelector('[data-testid=kpi-expected] .v', { timeout: 30_000 });
    await page.waitForFunction(
      (name) => document.querySelector('[data-testid=filter-region]')?.textContent?.trim() === name,
      SYNTH_CITY,
      { timeout: 30_000 },
    );
    const year = Number((await page.textContent('[data-testid=filter-year]'))?.trim());
    const { collectionStatus: c } = await gql<{ collectionStatus: { expected: number; missing: number } }>(
      'query($y: Int!, $r: Int) { collectionStatus(year: $y, regionId: $r) { expected missing } }',
      { y: year, r: homeRegion.id },
    );
    expect(c.expected).toBeGreaterThan(0);
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid=kpi-expected] .v')?.textContent?.trim() === String(n),
      c.expected,
      { timeout: 30_000 },
    );
    expect((await page.textContent('[data-testid=kpi-missing] .v'))?.trim()).toBe(String(c.missing));
    expect(await page.textContent('[data-testid=kpi-sums]')).toContain('各机关本级报告合计，不含政府汇总报告');
    // 全部 is still there: region=0 in the URL shows every body (the picker names it 全部).
    await page.goto(`${page.url().split('?')[0]}?region=0`);
    await page.waitForFunction(
      () => document.querySelector('[data-testid=filter-region]')?.textContent?.trim() === '全部',
      undefined,
      { timeout: 30_000 },
    );
    await page.close();
  }, 90_000);

  it('逐级汇总 shows each compiled report beside its computed sum', async () => {
    const page = await open('/overview');
    await page.waitForSelector('[data-testid=kpi-expected] .v', { timeout: 30_000 });
    const year = Number((await page.textContent('[data-testid=filter-year]'))?.trim());
    const { homeRegion } = await gql<{ homeRegion: { id: number } }>('{ homeRegion { id } }');
    const { rollup } = await gql<{
      rollup: {
        agencyName: string;
        reportId: string | null;
        cells: { metric: string; reported: number | null; computed: number | null }[];
      }[];
    }>(
      'query($y: Int!, $r: Int) { rollup(year: $y, metrics: ["t3.new.total"], regionId: $r) { agencyName reportId cells { metric reported computed } } }',
      { y: year, r: homeRegion.id },
    );
    expect(rollup.map((r) => r.agencyName)).toEqual(
      expect.arrayContaining([`${SYNTH_CITY}人民政府`, '东阳区人民政府']),
    );
    // The table loads when its place below the fold scrolls into view, as a reader scrolling down does; whether the
    // place starts within reach of the first screen depends on how fast the parts above it filled.
    await page.locator('[data-testid=rollup-anchor]').scrollIntoViewIfNeeded();
    await page.locator('[data-testid=rollup]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-testid=rollup-table] tbody tr', { timeout: 30_000 });
    expect(
      await page.$$eval('[data-testid=rollup-table] tbody tr', (trs) =>
        trs.map((tr) => tr.getAttribute('data-agency')),
      ),
    ).toEqual(rollup.map((r) => r.agencyName));
    for (const r of rollup) {
      const cell = r.cells.find((c) => c.metric === 't3.new.total')!;
      const row = page.locator(`[data-testid=rollup-table] tbody tr[data-agency="${r.agencyName}"]`);
      expect(await row.locator('[data-cell="t3.new.total|computed"]').getAttribute('data-value')).toBe(
        String(cell.computed ?? ''),
      );
      // The printed figure, checked against the compiled report's own cell.
      if (r.reportId) {
        const { report } = await gql<{ report: { cells: { key: string; value: number | null }[] } }>(
          'query($id: ID!) { report(id: $id) { cells { key value } } }',
          { id: r.reportId },
        );
        const own = report.cells.find((c) => c.key === 't3.new.total')?.value ?? null;
        expect(await row.locator('[data-cell="t3.new.total|reported"]').getAttribute('data-value')).toBe(
          String(own ?? ''),
        );
        const state = await row.locator('[data-cell="t3.new.total|difference"]').getAttribute('data-state');
        expect(state).toBe(
          own === null || cell.computed === null ? 'unknown' : own === cell.computed ? 'match' : 'differs',
        );
      }
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'page-overview-rollup.png'), fullPage: true });
    await page.close();
  }, 90_000);

  it('名录 lists the home region’s bodies, roster first, and search narrows the list', async () => {
    const page = await open('/roster');
    await page.waitForSelector('[data-testid=roster-table] [data-testid=roster-name]', { timeout: 30_000 });
    const all = await names(page);
    expect(all).toEqual(expect.arrayContaining([`${SYNTH_CITY}人民政府`, `${SYNTH_CITY}教育局`, '东阳区人民政府']));
    const { homeRegion } = await gql<{ homeRegion: { id: number } }>('{ homeRegion { id } }');
    const { roster } = await gql<{ roster: { onRoster: number; offRoster: number } }>(
      'query($r: Int) { roster(regionId: $r, limit: 1) { onRoster offRoster } }',
      { r: homeRegion.id },
    );
    expect(roster.onRoster).toBeGreaterThanOrEqual(DEMO_BODIES);
    expect(await page.textContent('[data-testid=roster-counts]')).toBe(
      `名录内 ${roster.onRoster} · 名录外 ${roster.offRoster}`,
    );
    const kindCell = await page
      .locator('[data-testid=roster-table] tr', { hasText: '东阳区人民政府' })
      .first()
      .textContent();
    expect(kindCell).toContain(REPORT_KIND_LABELS.government_compiled.zh);
    await page.fill('[data-testid=roster-search] input', '教育');
    await page.waitForURL(/q=/);
    await page.waitForFunction(
      () => {
        const n = [...document.querySelectorAll('[data-testid=roster-table] [data-testid=roster-name]')].map(
          (e) => e.textContent ?? '',
        );
        return n.length > 0 && n.every((x) => x.includes('教育'));
      },
      null,
      { timeout: 30_000 },
    );
    expect((await names(page)).sort()).toEqual(
      [`${SYNTH_CITY}教育局`, '东阳区教育局'].filter((n) => all.includes(n)).sort(),
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'page-roster.png'), fullPage: true });
    // 全部: the real samples' bodies are not on the demo city's roster; listed after it, marked, with a suggested kind.
    await page.goto(`${app.url}/roster?region=0`);
    const off = page
      .locator('[data-testid=roster-table] tr', { has: page.locator('[data-testid=off-roster]') })
      .first();
    await off.waitFor({ timeout: 30_000 });
    expect(await off.textContent()).toMatch(/名录外 · not on the roster.*\(按名称建议\)/);
    await page.close();
  }, 90_000);

  it('an admin edits an entry and sees the change in its history', async () => {
    const page = await open(`/roster?q=${encodeURIComponent(`${SYNTH_CITY}统计局`)}`, true);
    const edit = page.locator('[data-testid=roster-table] [data-testid=roster-edit]').first();
    await page.waitForFunction(
      () =>
        /编辑|Edit/.test(
          document.querySelector('[data-testid=roster-table] [data-testid=roster-edit]')?.textContent ?? '',
        ),
      null,
      { timeout: 30_000 },
    );
    await edit.click();
    const drawer = page.locator('[data-testid=roster-drawer]');
    await drawer.waitFor({ timeout: 15_000 });
    await page.fill('[data-testid=edit-note] input', '浏览器测试备注');
    await page.fill('[data-testid=edit-last-year] input', '2030');
    await page.locator('[data-testid=edit-last-year] input').blur();
    await page.click('[data-testid=edit-save]');
    const line = page.locator('[data-testid=roster-history] .n-timeline-item', { hasText: '浏览器测试备注' });
    await line.waitFor({ timeout: 30_000 });
    expect(await line.textContent()).toMatch(/roster_update.*lastYear: — → 2030; note: .* → 浏览器测试备注/); // the demo roster may carry a note already;
    const { roster } = await gql<{
      roster: { entries: { name: string; note: string | null; lastYear: number | null }[] };
    }>('query($s: String) { roster(search: $s) { entries { name note lastYear } } }', { s: `${SYNTH_CITY}统计局` });
    expect(roster.entries).toEqual([{ name: `${SYNTH_CITY}统计局`, note: '浏览器测试备注', lastYear: 2030 }]);
    await page.close();
  }, 90_000);

  it('an import with a bad line is refused whole, the line and its reason shown', async () => {
    const before = await gql<{ roster: { onRoster: number } }>('{ roster(onRosterOnly: true, limit: 1) { onRoster } }');
    const page = await open('/roster', true);
    await page.waitForSelector('[data-testid=roster-import]', { timeout: 30_000 });
    const csv = [
      'region,name,kind,level,parent,first_year,last_year,successor,aliases,source_urls,note',
      `合成省/${SYNTH_CITY},浏览器测试新局,department,city,${SYNTH_CITY}人民政府,,,,,,`,
      `合成省/${SYNTH_CITY},浏览器测试坏局,bureau,city,,,,,,,`,
    ].join('\n');
    await page.setInputFiles('[data-testid=roster-upload] input[type=file]', {
      name: 'bad-roster.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    const row = page.locator('[data-testid=roster-line-errors] tr[data-line="3"]');
    await row.waitFor({ timeout: 30_000 });
    expect(await row.textContent()).toMatch(/^3kind"bureau" is not a kind/);
    expect(await page.textContent('[data-testid=roster-refused]')).toMatch(
      /文件被拒绝，未导入任何内容：bad-roster\.csv: refused, nothing imported/,
    );
    // Nothing half-imported: the good line did not land either.
    expect(await gql('{ roster(onRosterOnly: true, limit: 1) { onRoster } }')).toEqual(before);
    await page.close();
  }, 90_000);

  it('logged no console errors', () => {
    expect(errors).toEqual([]);
  });
});
