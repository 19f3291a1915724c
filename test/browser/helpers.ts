// Helpers of the dashboard browser tests: an admin token made with the CLI before the app starts (on a
// temporary data directory the app then opens), canvas ink, and downloads.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ROOT, startApp, type RunningApp } from './app-process';
import { launchChromium } from './browser';

export const ARTIFACTS = path.join(ROOT, 'test/artifacts');

export function makeDataDirWithAdminToken(): { dir: string; token: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-web-'));
  const out = execFileSync(
    process.execPath,
    [path.join(ROOT, 'apps/api/dist/cli/main.js'), 'token', 'create', '--role', 'admin', '--name', 'browser-test'],
    {
      cwd: ROOT,
      env: { ...process.env, PGLITE_DATA_DIR: path.join(dir, 'pg'), DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return { dir: path.join(dir, 'pg'), token: out.trim().split('\n').pop()!.trim() };
}

/** Non-transparent pixels of the first canvas under a test id (0 when there is none). */
export function ink(page: Page, testid: string): Promise<number> {
  return page.$eval(`[data-testid=${testid}] canvas`, (c) => {
    const cv = c as HTMLCanvasElement;
    const d = cv.getContext('2d')!.getImageData(0, 0, cv.width, cv.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
    return n;
  });
}

/** A cheap fingerprint of what a canvas shows, to tell that a chart changed. */
export function canvasHash(page: Page, testid: string): Promise<string> {
  return page.$eval(`[data-testid=${testid}] canvas`, (c) => {
    const d = (c as HTMLCanvasElement)
      .getContext('2d')!
      .getImageData(0, 0, (c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height).data;
    let h = 0;
    for (let i = 0; i < d.length; i += 7) h = (h * 31 + d[i]) | 0;
    return String(h);
  });
}

/** Waits until the chart has drawn at least `after + 1` times: ECharts' `finished` (which bumps the counter) comes
 *  after the entry animation, so the canvas is final then, with no sleep. */
export async function waitForChart(page: Page, testid: string, timeout = 30_000, after = 0): Promise<void> {
  await page.waitForFunction(
    ([sel, k]) => {
      const el = document.querySelector(sel);
      return !!el && !!el.querySelector('canvas') && Number(el.getAttribute('data-rendered')) > k;
    },
    [`[data-testid=${testid}] [data-rendered]`, after] as const,
    { timeout },
  );
}

export async function rendered(page: Page, testid: string): Promise<number> {
  return Number(await page.getAttribute(`[data-testid=${testid}] [data-rendered]`, 'data-rendered'));
}

export interface Dashboard {
  app: RunningApp;
  browser: Browser;
  ctx: BrowserContext;
  token: string;
  /** GraphQL as the admin; throws with the server's messages on an error. */
  gql<T>(query: string, variables?: object): Promise<T>;
  close(): Promise<void>;
}

/**
 * The usual set-up of a dashboard browser test: a data directory with an admin token, the built app on it, Chromium
 * and a context, and one close() for all of it.
 */
export async function openDashboard(
  env: Record<string, string> = {},
  viewport = { width: 1366, height: 900 },
): Promise<Dashboard> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const { dir, token } = makeDataDirWithAdminToken();
  const app = await startApp({ PGLITE_DATA_DIR: dir, ...env }, 180_000);
  const browser = await launchChromium();
  const ctx = await browser.newContext({ viewport });
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
  return {
    app,
    browser,
    ctx,
    token,
    gql,
    close: async () => {
      await browser.close();
      await app.stop();
      fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    },
  };
}
