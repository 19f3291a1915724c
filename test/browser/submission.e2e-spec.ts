// The collection loop in the browser (issue 16): a bureau signs in, uploads a draft with a broken sum, sees the
// finding, corrects it in the form, submits; a reviewer returns it with a comment; the bureau resubmits; the reviewer
// accepts; the report then counts in compare and ranking.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { synthCorpus } from '@dh/synth';
import type { Browser, Page } from 'playwright-core';
import { renderSubmissionHtml } from '../../apps/api/src/modules/submission/submission-document';
import { startApp, type RunningApp } from './app-process';
import { launchChromium } from './browser';
import { ARTIFACTS, makeDataDirWithAdminToken } from './helpers';

const YEAR = 2025;
const corpus = [
  ...synthCorpus({
    agencies: 6,
    years: [YEAR - 1, YEAR],
    seed: 1661,
    city: '合成申乙市',
    missingRate: 0,
    forms: ['html'],
    faultRate: { gbk: 0, late_publication: 0, broken_sum: 0, label_typo: 0 },
  }),
];
const dept = corpus.find((r) => r.agency.kind === 'department' && r.year === YEAR)!;
const lastYear = corpus.find((r) => r.agency.name === dept.agency.name && r.year === YEAR - 1)!;
const good: Record<string, string> = Object.fromEntries([...dept.values].map(([k, v]) => [k, v.raw]));
const rightTotal = good['t4.reconsideration.total'];
const broken = { ...good, 't4.reconsideration.total': String(Number(rightTotal) + 1) };
const PASSWORD = 'browser-loop-password';

describe('the submission loop in the dashboard', () => {
  let app: RunningApp;
  let browser: Browser;
  let token: string;
  let dataDir: string;
  let agencyId: number;
  const errors: string[] = [];

  const api = async (query: string, variables: object = {}) => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data: Record<string, unknown>; errors?: { message: string }[] };
    if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data;
  };

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    ({ dir: dataDir, token } = makeDataDirWithAdminToken());
    app = await startApp({ PGLITE_DATA_DIR: dataDir, DEMO_SYNTH_AGENCIES: '0' }, 180_000);
    browser = await launchChromium();
    // The body exists with last year's report (stored by an admin's upload); accounts are made by the admin API.
    const form = new FormData();
    form.append('files', new Blob([Buffer.from(lastYear.bytes)]), lastYear.fileName);
    form.append('agency', dept.agency.name);
    form.append('region', dept.agency.regionPath.join('/'));
    const up = await fetch(`${app.url}/api/upload`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}` },
    });
    const stored = (await up.json()) as { results: { status: string; error?: string }[] };
    if (stored.results[0].status !== 'new')
      throw new Error(`last year's report not stored: ${JSON.stringify(stored.results[0])}`);
    agencyId = (
      (
        await api('query($n: String!, $y: Int!) { report(agencyName: $n, year: $y) { agencyId } }', {
          n: dept.agency.name,
          y: YEAR - 1,
        })
      ).report as { agencyId: number }
    ).agencyId;
    const create =
      'mutation($u: String!, $p: String!, $k: String!, $a: Int) { createAccount(username: $u, password: $p, kind: $k, agencyId: $a) { id } }';
    await api(create, { u: 'loop-bureau', p: PASSWORD, k: 'bureau', a: agencyId });
    await api(create, { u: 'loop-reviewer', p: PASSWORD, k: 'reviewer', a: null });
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (dataDir) fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  });

  async function signedIn(username: string): Promise<Page> {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await ctx.newPage();
    page.on('pageerror', (e) => errors.push(`${username}: ${e.message}`));
    await page.goto(`${app.url}/signin`);
    await page.fill('[data-testid=signin-user] input', username);
    await page.fill('[data-testid=signin-password] input', PASSWORD);
    await page.click('[data-testid=signin-go]');
    return page;
  }
  const deskState = (page: Page) => page.locator('[data-testid=desk-state]').textContent();

  it('walks draft → finding → form correction → submit → return → resubmit → accept, then compare and ranking show the report', async () => {
    const bureau = await signedIn('loop-bureau');
    await bureau.waitForURL(/\/submit$/, { timeout: 60_000 });
    await bureau.locator('[data-testid=desk-agency]', { hasText: dept.agency.name }).waitFor({ timeout: 60_000 });
    await bureau.fill('[data-testid=desk-year] input', String(YEAR));
    await bureau.keyboard.press('Enter');
    expect(await bureau.locator('[data-testid=desk-deadline]').textContent()).toContain(`${YEAR + 1}-01-31`);

    // A draft with 行政复议 总计 one too high: the saved draft's findings and the live check both name it.
    const draft = path.join(ARTIFACTS, 'loop-draft.html');
    fs.writeFileSync(
      draft,
      renderSubmissionHtml({
        agencyName: dept.agency.name,
        year: YEAR,
        template: '2021',
        values: broken,
        sections: { overview: '总体情况。' },
      }),
    );
    await bureau.setInputFiles('[data-testid=draft-upload] input[type=file]', draft);
    await bureau
      .locator('[data-testid=saved-findings] [data-code=t4_total][data-severity=error]')
      .waitFor({ timeout: 60_000 });
    await bureau.locator('[data-testid=live-checks] [data-code=t4_total]').waitFor();
    expect(await bureau.locator('[data-testid=submit]').isDisabled()).toBe(true);
    expect(await bureau.locator('[data-sum="t4.reconsideration.total"]').textContent()).toContain(rightTotal);

    // Corrected in the form: the live check clears as it is typed; saved, the draft has no error; submitted.
    await bureau.fill('input[data-key="t4.reconsideration.total"]', rightTotal);
    await bureau.locator('[data-testid=live-checks] .ok').waitFor();
    await bureau.click('[data-testid=save-form]');
    await bureau.waitForFunction(
      () => !document.querySelector('[data-testid=saved-findings] [data-severity=error]'),
      null,
      { timeout: 30_000 },
    );
    await bureau.click('[data-testid=submit]');
    await bureau.waitForFunction(
      () => document.querySelector('[data-testid=desk-state]')?.textContent?.includes('已提交'),
      null,
      { timeout: 30_000 },
    );

    // The reviewer returns it with a comment on a cell.
    const reviewer = await signedIn('loop-reviewer');
    await reviewer.waitForURL(/\/review$/, { timeout: 60_000 });
    const row = reviewer.locator(`[data-testid=review-queue] tr[data-agency="${dept.agency.name}"]`);
    await row.waitFor({ timeout: 60_000 });
    await row.locator('[data-testid=review-open]').click();
    await reviewer.locator('[data-testid=review-title]').waitFor();
    await reviewer.fill('[data-testid=comment-text] input', '请核对行政复议数据');
    await reviewer.click('[data-testid=review-return]');
    await reviewer
      .locator('[data-testid=review-history]', { hasText: '请核对行政复议数据' })
      .waitFor({ timeout: 30_000 });

    // The bureau sees the comment and resubmits.
    await bureau.reload();
    await bureau.fill('[data-testid=desk-year] input', String(YEAR));
    await bureau.keyboard.press('Enter');
    await bureau
      .locator('[data-testid=review-comments]', { hasText: '请核对行政复议数据' })
      .waitFor({ timeout: 30_000 });
    expect(await deskState(bureau)).toContain('退回');
    await bureau.click('[data-testid=submit]');
    await bureau.waitForFunction(
      () => document.querySelector('[data-testid=desk-state]')?.textContent?.includes('已提交'),
      null,
      { timeout: 30_000 },
    );

    // The reviewer accepts.
    await reviewer.reload();
    await row.waitFor({ timeout: 60_000 });
    await row.locator('[data-testid=review-open]').click();
    await reviewer.click('[data-testid=review-accept]');
    await reviewer.locator('[data-testid=review-title]', { hasText: '已通过' }).waitFor({ timeout: 60_000 });
    await reviewer.screenshot({ path: path.join(ARTIFACTS, 'submission-review.png'), fullPage: true });

    // Compare and ranking use it.
    const newTotal = good['t3.new.total'];
    await reviewer.goto(`${app.url}/compare?agencies=${agencyId}&years=${YEAR}&metrics=t3.new.total&region=0`);
    await reviewer
      .locator('[data-testid=compare-table] tbody tr', { hasText: dept.agency.name })
      .waitFor({ timeout: 60_000 });
    expect(
      await reviewer.locator('[data-testid=compare-table] tbody tr', { hasText: dept.agency.name }).textContent(),
    ).toContain(newTotal);
    await reviewer.goto(`${app.url}/ranking?year=${YEAR}&region=0`);
    await reviewer
      .locator('[data-testid=ranking-table] tbody tr', { hasText: dept.agency.name })
      .waitFor({ timeout: 60_000 });
    expect(errors).toEqual([]);
  });
});
