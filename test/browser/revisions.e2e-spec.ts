// Which copy counts, in the browser (issue 13): the report page's revisions in the reader's language with a grouped
// diff and an admin switch; the import page's hint conflicts, needs-claiming link and make-current offer; the claim
// form asking what to do when the body already has the year; a cell correction shown beside the published value, then withdrawn.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { synthCorpus } from '@dh/synth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp, type RunningApp } from './app-process';
import { launchChromium } from './browser';
import { ARTIFACTS, makeDataDirWithAdminToken } from './helpers';

const SAMPLES = path.resolve(__dirname, '../../data/samples/reports');
const [synth] = [
  ...synthCorpus({
    agencies: 1,
    years: [2024, 2024],
    seed: 1313,
    city: '合成壬市',
    missingRate: 0,
    forms: ['text'],
    faultRate: { gbk: 0 },
  }),
];

describe('revisions, hints and claims in the dashboard', () => {
  let app: RunningApp;
  let browser: Browser;
  let ctx: BrowserContext;
  let token: string;
  let dataDir: string;
  const errors: string[] = [];

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    ({ dir: dataDir, token } = makeDataDirWithAdminToken());
    // The real samples only: the synthetic city is not needed here.
    app = await startApp({ PGLITE_DATA_DIR: dataDir, DEMO_SYNTH_AGENCIES: '0' }, 180_000);
    browser = await launchChromium();
    ctx = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    await ctx.addInitScript((tk) => sessionStorage.setItem('dh.token', tk), token);
  }, 300_000);
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
  const reportId = async (agencyName: string, year: number): Promise<string> => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($n: String!, $y: Int!) { report(agencyName: $n, year: $y) { id } }',
        variables: { n: agencyName, y: year },
      }),
    });
    return ((await res.json()) as { data: { report: { id: string } } }).data.report.id;
  };

  it("shows 平潭 2019's revisions: the page current, the text copy's changes grouped by table; an admin switches", async () => {
    const page = await open(`/report/${await reportId('平潭综合实验区（管委会）', 2019)}`);
    const rev1 = page.locator('[data-testid=revision-1]');
    const rev2 = page.locator('[data-testid=revision-2]');
    await rev2.locator('[data-testid=revision-diff]').waitFor({ timeout: 60_000 });
    expect(await rev1.textContent()).toMatch(/#1 · 首次入库.*当前版本.*2019_pingtan_zonghe_shiyanqu\.html · 机关网页/);
    expect(await rev2.textContent()).toMatch(/#2 · 内容有变化.*2019_pingtan_zonghe_shiyanqu\.txt · 文本副本/);
    expect(await rev2.locator('[data-testid=revision-current]').count()).toBe(0);
    const diff = rev2.locator('[data-testid=revision-diff]');
    expect(await diff.locator('.sides').textContent()).toBe(
      '#1 2019_pingtan_zonghe_shiyanqu.html · 机关网页 → #2 2019_pingtan_zonghe_shiyanqu.txt · 文本副本',
    );
    const summaries = await diff.locator('summary').allTextContents();
    expect(summaries[0]).toMatch(/^表二 主动公开政府信息情况：\d+ 处改变/);
    expect(summaries.length).toBeLessThanOrEqual(3);
    // The penalty decisions the page printed (430) are among table 二's changes: the copy has only the digit run 26480430.
    expect(
      await diff.locator('details').first().locator('li', { hasText: '行政处罚 · 处理决定数量' }).textContent(),
    ).toBe('行政处罚 · 处理决定数量：430 → 26480430');
    expect(await page.textContent('[data-testid=report-revisions]')).not.toMatch(
      /first_ingest|first ingest|content_changed/,
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'page-report-revisions.png'), fullPage: true });

    await page.click('[data-testid=make-current-2]');
    await rev2.locator('[data-testid=revision-current]').waitFor({ timeout: 30_000 });
    expect(await rev1.locator('[data-testid=revision-current]').count()).toBe(0);
    await page.click('[data-testid=make-current-1]');
    await rev1.locator('[data-testid=revision-current]').waitFor({ timeout: 30_000 });
    await page.close();
  }, 120_000);

  it('import: a conflicting year stops the file with both values; hints clear after the drop; the printed year can be chosen', async () => {
    const page = await open('/import');
    await page.fill('[data-testid=hint-year] input', '2020');
    await page.locator('[data-testid=hint-year] input').blur();
    await page.setInputFiles('[data-testid=upload] input[type=file]', {
      name: 'year-2024.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(synth.bytes),
    });
    const row = page.locator('[data-testid=import-results] tr', { hasText: 'year-2024.txt' });
    await row.locator('[data-testid=conflict]').waitFor({ timeout: 60_000 });
    expect(await row.getAttribute('data-status')).toBe('failed');
    expect(await row.locator('[data-testid=conflict]').textContent()).toMatch(
      /文件写明的年度是「2024」，填写的是「2020」/,
    );
    expect(await page.inputValue('[data-testid=hint-year] input')).toBe('');
    await page.screenshot({ path: path.join(ARTIFACTS, 'page-import-conflict.png'), fullPage: true });
    await row.locator('[data-testid=keep-printed]').click();
    const stored = page.locator('[data-testid=import-results] tr[data-status=new]', { hasText: 'year-2024.txt' });
    await stored.waitFor({ timeout: 60_000 });
    expect(await stored.textContent()).toMatch(new RegExp(`${synth.agency.name}.*2024`));
    await page.close();
  }, 120_000);

  it('import: a report naming no body says it needs claiming and links to its page; a worse copy offers to be made current', async () => {
    const page = await open('/import');
    const partial = Buffer.from(
      Buffer.from(synth.bytes).toString('utf8').split(synth.agency.name).join('市某某局'),
      'utf8',
    );
    await page.setInputFiles('[data-testid=upload] input[type=file]', {
      name: 'no-body.txt',
      mimeType: 'text/plain',
      buffer: partial,
    });
    const row = page.locator('[data-testid=import-results] tr', { hasText: 'no-body.txt' });
    await row.locator('[data-testid=needs-claim]').waitFor({ timeout: 60_000 });
    expect(await row.locator('[data-testid=needs-claim]').textContent()).toBe('待认领');
    const href = await row.locator('[data-testid=claim-link]').getAttribute('href');
    expect(href).toMatch(/^\/report\/\d+$/);

    // The 2020 text copy is stored already as a non-current revision: the same bytes offer the switch.
    await page.setInputFiles('[data-testid=upload] input[type=file]', {
      name: '2020_pingtan_zonghe_shiyanqu.txt',
      mimeType: 'text/plain',
      buffer: fs.readFileSync(path.join(SAMPLES, '2020_pingtan_zonghe_shiyanqu.txt')),
    });
    const copy = page.locator('[data-testid=import-results] tr[data-status=unchanged]', { hasText: '2020_pingtan' });
    await copy.locator('[data-testid=make-current]').waitFor({ timeout: 60_000 });
    expect(await copy.locator('[data-testid=not-current]').textContent()).toMatch(/与已存的非当前版本相同/);
    await copy.locator('[data-testid=make-current]').click();
    await copy.locator('[data-testid=made-current]').waitFor({ timeout: 30_000 });

    // The claim form on the report page: the body has 2024 already, so it asks; keeping it apart says so.
    await page.goto(`${app.url}${href}`);
    const claim = page.locator('[data-testid=claim-report]');
    await claim.waitFor({ timeout: 30_000 });
    await page.click('[data-testid=claim-target]');
    // The body is looked up by the API as one types, not picked from a list the page loaded (which stopped at 1,000).
    const searched = page.waitForRequest(
      (r) =>
        r.url().endsWith('/graphql') && (r.postData() ?? '').includes(`"search":${JSON.stringify(synth.agency.name)}`),
    );
    await page.keyboard.type(synth.agency.name);
    await searched;
    await page.locator('.n-base-select-option', { hasText: synth.agency.name }).first().click();
    await page.click('[data-testid=claim-move]');
    await page.locator('[data-testid=claim-modes]').waitFor({ timeout: 30_000 });
    expect(await page.textContent('[data-testid=claim-modes]')).toMatch(
      /该机关已有本年度报告.*并入为新版本.*并入并设为当前版本.*不并入，单独保留/,
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'page-report-claim-modes.png'), fullPage: true });
    await page.click('[data-testid=claim-mode-keep_apart]');
    await page.locator('[data-testid=kept-apart]').waitFor({ timeout: 30_000 });
    expect(await page.textContent('[data-testid=kept-apart]')).toContain(synth.agency.name);
    await page.close();
  }, 180_000);

  it('report page: an admin corrects a cell (both values shown, listed with its note) and withdraws it (the published value counts again)', async () => {
    const page = await open(`/report/${await reportId('平潭综合实验区（管委会）', 2019)}`);
    const cell = page.locator('[data-testid=table-二] td[data-key="t2.penalty.decisions"]');
    await cell.waitFor({ timeout: 60_000 });
    expect((await cell.textContent())?.trim()).toBe('430');
    await cell.click();
    // The click fills the form with the cell and the value it holds now.
    expect(await page.inputValue('[data-testid=correct-value] input')).toBe('430');
    await page.fill('[data-testid=correct-value] input', '431');
    await page.locator('[data-testid=correct-value] input').blur();
    await page.fill('[data-testid=correct-note] input', '核对原件：处理决定431件');
    await page.click('[data-testid=correct-submit]');
    await cell.locator('[data-testid=cell-corrected]').waitFor({ timeout: 30_000 });
    expect(await cell.locator('[data-testid=cell-published]').textContent()).toBe('430');
    expect(await cell.locator('[data-testid=cell-corrected]').textContent()).toBe('431');
    expect(await cell.getAttribute('title')).toMatch(/公布值 430，更正为 431（核对原件：处理决定431件；/);
    const item = page.locator('[data-testid=report-corrections] li').first();
    expect(await item.textContent()).toMatch(
      /行政处罚 · 处理决定数量：公布值 430 → 431 · 核对原件：处理决定431件 · .*有效/,
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'page-report-correction.png'), fullPage: true });

    await item.locator('button', { hasText: '撤回' }).click();
    await page.locator('[data-testid=report-corrections] li', { hasText: '已撤回' }).waitFor({ timeout: 30_000 });
    expect(await cell.locator('[data-testid=cell-corrected]').count()).toBe(0);
    expect((await cell.textContent())?.trim()).toBe('430');
    expect(await page.locator('[data-testid=report-corrections] li').first().textContent()).toMatch(
      /公布值 430 → 431.*已撤回/,
    );
    await page.close();
  }, 120_000);

  it('logged no console errors', () => {
    expect(errors).toEqual([]);
  });
});
