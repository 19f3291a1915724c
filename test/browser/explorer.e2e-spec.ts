// The GraphQL explorer at /explorer against the built app on the demo data: GraphiQL from this server only (its
// CSP allows nothing else), the Docs panel with the Query type's fields, autocomplete, the dashboard's token, and
// docs/api.md's worked queries as examples that run; no console errors.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp, type RunningApp } from './app-process';
import { launchChromium } from './browser';
import { ARTIFACTS, makeDataDirWithAdminToken } from './helpers';

describe('explorer', () => {
  let app: RunningApp;
  let browser: Browser;
  let ctx: BrowserContext;
  let token: string;
  let dataDir: string;
  const errors: string[] = [];
  const foreign: string[] = [];

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    ({ dir: dataDir, token } = makeDataDirWithAdminToken());
    // A small synthetic city is enough here (the region 合成市 exists); the docs test runs on the full demo.
    app = await startApp({ PGLITE_DATA_DIR: dataDir, DEMO_SYNTH_AGENCIES: '5' }, 300_000);
    browser = await launchChromium();
    ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  }, 420_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (dataDir) fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  });

  async function open(): Promise<Page> {
    const page = await ctx.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => {
      if (!r.url().startsWith(app.url) && !/^(data|blob):/.test(r.url())) foreign.push(r.url());
    });
    await page.goto(`${app.url}/explorer`);
    await page.waitForSelector('.graphiql-container', { timeout: 60_000 });
    return page;
  }

  it('opens the Docs panel on the Query type and lists its fields, with zero console errors', async () => {
    const page = await open();
    await page.click('[aria-label="Show Documentation Explorer"]');
    await page
      .locator('.graphiql-doc-explorer-content a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ })
      .first()
      .click();
    await page.waitForSelector('.graphiql-doc-explorer-title >> text=Query');
    const fields = await page
      .locator('.graphiql-doc-explorer-content .graphiql-doc-explorer-field-name')
      .allTextContents();
    expect(fields).toEqual(
      expect.arrayContaining(['compare', 'series', 'ranking', 'findings', 'collectionStatus', 'regions']),
    );
    // compare(metrics: [String!]!) nests ofType four levels: its page opens with the argument's type.
    await page.locator('.graphiql-doc-explorer-field-name', { hasText: /^compare$/ }).click();
    await page.waitForSelector('.graphiql-doc-explorer-title >> text=compare');
    expect(await page.locator('.graphiql-doc-explorer-content').textContent()).toContain('[String!]!');
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-docs.png') });
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  }, 120_000);

  it('completes field names from the schema as one types', async () => {
    const page = await open();
    const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('{ collectionSt');
    await page.keyboard.press('Control+Space');
    const suggestion = page.locator('.suggest-widget .monaco-list-row', { hasText: 'collectionStatus' });
    await suggestion.first().waitFor({ timeout: 20_000 });
    expect(await suggestion.count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it("takes a token left under the explorer's old localStorage key into the shared store once, and drops the old key", async () => {
    const page = await open();
    await page.evaluate((t) => {
      sessionStorage.removeItem('dh.token');
      localStorage.setItem('dh-token', t);
    }, token);
    await page.reload();
    await page.waitForSelector('[data-testid=explorer-who] >> text=admin', { timeout: 30_000 });
    expect(await page.evaluate(() => [sessionStorage.getItem('dh.token'), localStorage.getItem('dh-token')])).toEqual([
      token,
      null,
    ]);
    await page.evaluate(() => sessionStorage.removeItem('dh.token'));
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('loads a worked query of docs/api.md with its region looked up, runs it with the dashboard token, and shows data', async () => {
    const page = await open();
    await page.evaluate((t) => sessionStorage.setItem('dh.token', t), token);
    await page.reload();
    await page.waitForSelector('[data-testid=explorer-who] >> text=admin', { timeout: 30_000 });
    await page.click('[aria-label="Show 示例 · Examples"]');
    await page.locator('[data-testid=explorer-examples] button', { hasText: /^Collection status/ }).click();
    // The variables editor gets the id of 合成市, looked up by name, never a number printed in the docs.
    await page.waitForFunction(
      () =>
        /"regionId":\s*\d+/.test(document.querySelectorAll('.graphiql-editor .monaco-editor')[1]?.textContent ?? ''),
      null,
      { timeout: 20_000 },
    );
    await page.click('.graphiql-execute-button');
    // Monaco renders spaces as no-break spaces: \s matches both.
    await page.waitForFunction(
      () => /"expected":\s*\d+/.test(document.querySelector('.result-window')?.textContent ?? ''),
      null,
      { timeout: 30_000 },
    );
    expect(await page.textContent('.result-window')).toMatch(/"deadline":\s*"2025-01-31"/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-example.png') });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
