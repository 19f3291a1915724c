// The publication monitor over a loopback "province": BENCH_MONITOR_HOSTS sites (each its own host:port), each with
// BENCH_MONITOR_BODIES bodies whose 年报栏目 runs to 20 list pages (the monitor's cap), the year's report on the last
// one — 1,000 list pages by default. One pass through the real MonitorService (polite fetcher, ingest into a real
// PostgreSQL server). Prints pages/s and whether the per-host delay held: the smallest gap the sites saw between two
// requests to the same host, against the configured delay. The ratio is the pass time over the politeness floor (the
// busiest host's requests × the delay): 1.0 would be a pass limited only by politeness.
//   npm run build && node apps/api/bench/monitor.bench.mjs
// BENCH_MONITOR_HOSTS (10), BENCH_MONITOR_BODIES (5 per host), BENCH_MONITOR_DELAY_MS (50), DATABASE_URL (server; scratch database bench_monitor).
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { Client } = require('pg');
const { NestFactory } = require('@nestjs/core');
const { AppModule } = require('../dist/app.module.js');
const { migrate } = require('../dist/database/database.js');
const { MonitorService, MAX_LIST_PAGES } = require('../dist/modules/monitor/monitor.service.js');
const { RosterService } = require('../dist/modules/roster/roster.service.js');

const HOSTS = Number(process.env.BENCH_MONITOR_HOSTS ?? 10);
const BODIES = Number(process.env.BENCH_MONITOR_BODIES ?? 5);
const DELAY = Number(process.env.BENCH_MONITOR_DELAY_MS ?? 50);
const PAGES = MAX_LIST_PAGES;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const load = () => os.loadavg().map((x) => Number(x.toFixed(2)));
const server = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
const adminUrl = new URL(server);
adminUrl.pathname = '/postgres';
const benchUrl = new URL(server);
benchUrl.pathname = '/bench_monitor';
const line = (metric, value, unit, extra = {}) =>
  console.log(JSON.stringify({ bench: 'monitor', metric, value: Number(value.toFixed(3)), unit, ...extra }));

// A real report page (平潭 2021), each body's copy marked as its own bytes.
const report = fs.readFileSync(path.join(ROOT, 'data/samples/reports/2021_pingtan_zonghe_shiyanqu.html'), 'utf8');
const list = (body, n) => {
  const items =
    n === PAGES - 1
      ? `<li><a href="../r/${body}.htm">监测${body}2021年度政府信息公开工作年度报告</a><span>2022-01-28</span></li>`
      : Array.from(
          { length: 15 },
          (_, i) =>
            `<li><a href="../n/${body}-${n}-${i}.htm">监测${body}第${n * 15 + i}号通知</a><span>2021-12-01</span></li>`,
        ).join('');
  const next = n < PAGES - 1 ? `<a href="${n + 1}.html">下一页</a>` : '';
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开年报</title></head><body><ul>${items}</ul>${next}</body></html>`;
};

async function startSite() {
  const seen = [];
  const srv = http.createServer((req, res) => {
    seen.push(process.hrtime.bigint());
    const u = new URL(req.url, 'http://x');
    let m;
    if (u.pathname === '/robots.txt')
      return res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
    if ((m = /^\/(b\d+)\/ndbg\/(\d+)\.html$/.exec(u.pathname)))
      return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(list(m[1], Number(m[2])));
    if ((m = /^\/(b\d+)\/r\/(b\d+)\.htm$/.exec(u.pathname)))
      return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`${report}<!-- ${m[2]} -->`);
    res.writeHead(404).end();
  });
  await new Promise((r) => srv.listen(0, '127.0.0.1', r));
  return { srv, seen, base: `http://127.0.0.1:${srv.address().port}` };
}

async function main() {
  const c = new Client({ connectionString: adminUrl.toString() });
  await c.connect();
  await c.query('DROP DATABASE IF EXISTS bench_monitor WITH (FORCE)');
  await c.query('CREATE DATABASE bench_monitor');
  await c.end();
  await migrate(benchUrl.toString());
  const sites = await Promise.all(Array.from({ length: HOSTS }, startSite));
  const app = await NestFactory.createApplicationContext(AppModule.register({ databaseUrl: benchUrl.toString() }), {
    logger: ['error'],
  });
  try {
    const bodies = sites.flatMap((s, h) =>
      Array.from({ length: BODIES }, (_, i) => ({
        name: `监测${h}-${i}局`,
        url: `${s.base}/b${h * BODIES + i}/ndbg/0.html`,
      })),
    );
    const csv = [
      'region,name,kind,level,source_urls',
      ...bodies.map((b) => `监测省/监测市,${b.name},department,city,${b.url}`),
    ].join('\n');
    const roster = app.get(RosterService);
    await roster.import('bench.csv', await roster.parseFile('bench.csv', Buffer.from(csv)), {
      replace: false,
      actor: 'bench',
    });
    const before = load();
    const t0 = process.hrtime.bigint();
    const sum = await app
      .get(MonitorService)
      .pass(2021, { hostDelayMs: DELAY, timeoutMs: 10_000, retries: 0, allowHosts: ['127.0.0.1'] });
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    const listPages = HOSTS * BODIES * PAGES;
    const requests = sites.reduce((n, s) => n + s.seen.length, 0);
    // The smallest gap between two requests any one host saw (server side), against the delay asked for.
    const gaps = sites.flatMap((s) => s.seen.slice(1).map((t, i) => Number(t - s.seen[i]) / 1e6));
    const minGap = Math.min(...gaps);
    const floor = Math.max(...sites.map((s) => (s.seen.length - 1) * DELAY)) / 1000;
    if (sum.posted !== HOSTS * BODIES)
      throw new Error(`expected ${HOSTS * BODIES} reports found, got ${JSON.stringify(sum)}`);
    const common = {
      hosts: HOSTS,
      bodies: HOSTS * BODIES,
      list_pages: listPages,
      requests,
      delay_ms: DELAY,
      load_before: before,
      load_after: load(),
    };
    line('pass_s', secs, 's', {
      ...common,
      polite_floor_s: Number(floor.toFixed(3)),
      ratio: Number((secs / floor).toFixed(3)),
    });
    line('list_pages_per_s', listPages / secs, 'pages/s', common);
    line('requests_per_s', requests / secs, 'req/s', common);
    // 1 ms of slack: timers fire on millisecond boundaries and the server stamps after the socket is read.
    line('min_host_gap_ms', minGap, 'ms', { ...common, delay_honoured: minGap >= DELAY - 1 });
  } finally {
    await app.close();
    for (const s of sites) s.srv.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
