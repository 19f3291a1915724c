// npm run bench:web — the dashboard's budget, measured in headless Chromium against the built app:
// JS (gzip) of the first page, first load time, and the re-render of a 300-body chart after a filter change.
// Prints one JSON line per metric. Build first (npm run build).
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '../..');
const out = (metric, value, unit, extra = {}) =>
  console.log(JSON.stringify({ bench: 'web', metric, value: Math.round(value * 10) / 10, unit, ...extra }));

function startApp() {
  const proc = spawn(process.execPath, [path.join(ROOT, 'apps/api/dist/main.js')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', PGLITE_DATA_DIR: 'memory://', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  return new Promise((resolve, reject) => {
    const onData = (b) => {
      log += b.toString();
      const m = /dashboard: (http:\/\/localhost:\d+)\//.exec(log);
      if (m) resolve({ url: m[1], proc });
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    proc.once('exit', (code) => reject(new Error(`app exited with ${code}:\n${log}`)));
  });
}

// 300 bodies in the shape of the compare API, values shifted by `seed` so each answer draws differently.
function compareOf(seed, groupBy) {
  const metric = {
    key: 't3.new.total',
    section: '三',
    labelZh: '本年新收',
    labelEn: 'Received',
    unit: '件',
    comparability: 'same',
    templates: ['2019', '2021'],
    note: null,
  };
  const rows = Array.from({ length: 300 }, (_, i) => ({
    key: String(i),
    label: `合成局${i}`,
    agencies: 1,
    cells: [2023, 2024].map((year) => ({
      metric: metric.key,
      year,
      value: ((i * 37 + seed * 101) % 500) + year - 2000,
      reports: 1,
      yoy: null,
      yoyRate: 0.1,
      yoyNote: null,
      share: null,
    })),
  }));
  return {
    data: {
      compare: {
        groupBy,
        years: [2023, 2024],
        rowCount: 300,
        metrics: [metric],
        rows,
        totals: [],
        quantiles: [{ metric: metric.key, year: 2024, n: 300, p25: 100, p50: 250, p75: 400 }],
      },
    },
  };
}

// 1. First page in a fresh context (empty cache): every JS file the overview loads, gzipped here (the server sends
//    them uncompressed), DOMContentLoaded, and the time to the first chart.
async function firstLoad() {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await ctx.newPage();
  const js = new Map();
  const bodies = [];
  page.on('response', (r) => {
    // Kept and awaited below: a body read still pending when the context closes rejects, and an unhandled
    // rejection ended the whole bench ("Target page, context or browser has been closed").
    if (r.url().endsWith('.js'))
      bodies.push(
        r.body().then(
          (b) => js.set(r.url(), gzipSync(b, { level: 9 }).length),
          () => undefined,
        ),
      );
  });
  // Which GraphQL operation the first chart waited on: each operation's own time, as the browser saw it.
  const ops = [];
  page.on('requestfinished', (r) => {
    if (!r.url().endsWith('/graphql')) return;
    const op = /^\s*query (\w+)/.exec(r.postDataJSON()?.query ?? '')?.[1] ?? '?';
    ops.push({ op, ms: Math.round(r.timing().responseEnd) });
  });
  const t0 = Date.now();
  await page.goto(`${app.url}/overview`);
  await page
    .waitForSelector('[data-testid=overview-collection-chart] [data-rendered]:not([data-rendered="0"])', {
      timeout: 60_000,
    })
    .catch(() => null);
  const firstChart = Date.now() - t0;
  await page.waitForLoadState('networkidle');
  await Promise.all(bodies);
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0];
    return { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd };
  });
  await ctx.close();
  return {
    kb: [...js.values()].reduce((a, b) => a + b, 0) / 1024,
    files: js.size,
    dcl: nav.dcl,
    firstChart,
    slowest: ops.sort((a, b) => b.ms - a.ms).slice(0, 3),
  };
}

const T0 = Date.now();
const step = (s) => process.stderr.write(`[bench-web ${((Date.now() - T0) / 1000).toFixed(1)} s] ${s}\n`);
const app = await startApp();
step(`app up at ${app.url}`);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  // The very first visit after the server starts pays its warm-up (each query's first run is slower); the budget
  // is for a reader's first visit to a running server, measured next in a new context with an empty cache.
  const cold = await firstLoad();
  step('cold first load');
  out('first_load_first_chart_cold_server_ms', cold.firstChart, 'ms', { slowest: cold.slowest });
  const warm = await firstLoad();
  step('first load');
  out('first_page_js_gzip_kb', warm.kb, 'KB', { files: warm.files });
  out('first_load_dom_content_loaded_ms', warm.dcl, 'ms');
  out('first_load_first_chart_ms', warm.firstChart, 'ms', { slowest: warm.slowest });

  // 2. A chart of 300 bodies: compare answers come from a stub, so the time is the page's own (Vue + ECharts).
  const ctx2 = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const p2 = await ctx2.newPage();
  let seed = 0;
  await p2.route('**/graphql', async (route) => {
    const body = route.request().postDataJSON();
    if (!String(body?.query).includes('compare(')) return route.continue();
    seed++;
    return route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify(compareOf(seed, body.variables.groupBy)),
    });
  });
  await p2.goto(`${app.url}/compare`);
  await p2.waitForSelector('[data-testid=compare-chart] [data-rendered]:not([data-rendered="0"])', { timeout: 60_000 });
  await p2.waitForTimeout(500);
  const times = [];
  for (const label of ['按类型', '按地区', '按层级', '按机关', '按类型', '按地区']) {
    times.push(
      await p2.evaluate(
        (text) =>
          new Promise((resolve) => {
            const el = document.querySelector('[data-testid=compare-chart] [data-rendered]');
            const start = Number(el.getAttribute('data-rendered'));
            const t = performance.now();
            const obs = new MutationObserver(() => {
              if (Number(el.getAttribute('data-rendered')) > start) {
                obs.disconnect();
                resolve(performance.now() - t);
              }
            });
            obs.observe(el, { attributes: true });
            setTimeout(() => {
              obs.disconnect();
              resolve(-1);
            }, 15_000); // never hang the bench: counted as a failed run
            [...document.querySelectorAll('[data-testid=filter-groupby] label')]
              .find((l) => l.textContent.includes(text))
              .click();
          }),
        label,
      ),
    );
  }
  const ok = times.filter((x) => x >= 0).sort((a, b) => a - b);
  out('rerender_300_bodies_ms', ok.length ? ok[Math.floor(ok.length / 2)] : NaN, 'ms', {
    runs: ok.length,
    failed: times.length - ok.length,
    max: Math.round(ok.at(-1) ?? NaN),
  });
  await ctx2.close();
} finally {
  await browser.close();
  app.proc.kill('SIGTERM');
}
