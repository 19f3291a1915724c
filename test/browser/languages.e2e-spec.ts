// Both languages complete: every page, in Chinese and in English, shows its interface text (navigation, headings,
// card titles, column headers, buttons, form labels and placeholders) in that language only. Data — body and region
// names, text quoted from reports — is not interface text and is not looked at.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startApp, type RunningApp } from './app-process';
import { launchChromium } from './browser';
import { ARTIFACTS } from './helpers';

const PAGES = ['overview', 'compare', 'trends', 'ranking', 'report', 'collection', 'roster', 'findings', 'import'];
const UI =
  'nav, header, h1, h2, h3, h4, th, button, label, .n-card-header__main, .n-radio__label, .n-tabs-tab__label, .n-form-item-label';
// Words that are the same in both languages on this dashboard.
const SHARED = /\b(PNG|CSV|Excel|API|GraphQL|YoY|P25|P50|P75)\b/g;

async function interfaceText(page: Page): Promise<string[]> {
  // The language switch names the other language on purpose; the region picker shows a region's name (data).
  // A heading may hold a name (marked data-name, e.g. the report's body): that part is left out, the rest is read.
  return page
    .$$eval(UI, (els) =>
      els
        .filter((e) => !e.closest('[data-testid=lang-switch]') && !e.querySelector('[data-testid=filter-region]'))
        .map((e) =>
          [...e.querySelectorAll('[data-name]')]
            .reduce((s, n) => s.replace((n as HTMLElement).innerText, ''), (e as HTMLElement).innerText)
            .trim(),
        )
        .filter(Boolean),
    )
    .then(async (texts) => [
      ...texts,
      ...(await page.$$eval('[placeholder]', (els) => els.map((e) => e.getAttribute('placeholder') ?? ''))),
    ]);
}

describe('interface language', () => {
  let app: RunningApp;
  let browser: Browser;
  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    app = await startApp({ DEMO_SYNTH_AGENCIES: '5' }, 300_000);
    browser = await launchChromium();
  }, 420_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const cases = PAGES.flatMap((p) => [
    [p, 'zh-CN'],
    [p, 'en'],
  ]);
  it.each(cases)(
    '%s in %s has no interface text in the other language',
    async (name, lang) => {
      const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      await ctx.addInitScript((l) => localStorage.setItem('dh.locale', l), lang);
      const page = await ctx.newPage();
      await page.goto(`${app.url}/${name}`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      const texts = await interfaceText(page);
      expect(texts.length).toBeGreaterThan(5);
      const wrong =
        lang === 'en'
          ? texts.filter((t) => /[\u3400-\u9fff]/.test(t))
          : texts.filter((t) => /[A-Za-z]{3,}/.test(t.replace(SHARED, '')));
      await page.screenshot({ path: path.join(ARTIFACTS, `lang-${name}-${lang}.png`), fullPage: true });
      await ctx.close();
      expect(wrong).toEqual([]);
    },
    90_000,
  );
});
