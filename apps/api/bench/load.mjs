// npm run test:load — many dashboard users at once, on loopback, for a bounded time. Starts the built app as a process
// (DATABASE_URL → that server; else the embedded default in a fresh temporary directory), lets it load the demo data if
// the database is empty, then autocannon plays the overview page's own queries (taken from apps/web/src/api/ops.ts, run
// through a stand-in for its `gql` to record what it sends) over every region × year, each connection one client with
// its own address (X-Forwarded-For, TRUST_PROXY=loopback), so the per-client rate limit applies as it would in an office.
// Prints one JSON line: req/s, p50/p99, errors, non-2xx, 503s, 200s with GraphQL errors, load average.
// LOAD_CLIENTS (200), LOAD_SECONDS (60), LOAD_TIMEOUT_S (10: a request slower than this counts as an error),
// LOAD_YEARS (2023,2024: the years the overview is opened on), LOAD_ABUSERS (1: connections that send only the
// alias-amplified query, ~450 aliases of findingCount; they must be refused without any other client failing).
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 200);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const TIMEOUT_S = Number(process.env.LOAD_TIMEOUT_S ?? 10);
const ABUSERS = Number(process.env.LOAD_ABUSERS ?? 1);
const AMPLIFIED = JSON.stringify({
  query: `{ ${Array.from({ length: 450 }, (_, i) => `c${i}: findingCount`).join(' ')} }`,
});
const note = (s) => process.stderr.write(`test:load: ${s}\n`);
const load = () => os.loadavg().map((x) => Math.round(x * 100) / 100);

const compile = (rel, out, tmp) =>
  fs.writeFileSync(
    path.join(tmp, out),
    ts
      .transpileModule(fs.readFileSync(path.join(ROOT, rel), 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      })
      .outputText.replace(/from '\.\/graphql'/, "from './recorder.mjs'"),
  );

/**
 * The dashboard's operations module and the overview's headline choice, compiled as they are, `gql` replaced by a
 * recorder. Written under the repository's node_modules so that their imports (@dh/domain) resolve.
 */
async function dashboardOps() {
  fs.mkdirSync(path.join(ROOT, 'node_modules/.cache'), { recursive: true }); // absent after a fresh npm ci
  const tmp = fs.mkdtempSync(path.join(ROOT, 'node_modules/.cache/dh-load-'));
  fs.writeFileSync(
    path.join(tmp, 'recorder.mjs'),
    `export const sent = [];
export const gql = (query, variables = {}) => { sent.push({ query, variables }); return new Promise(() => {}); };`,
  );
  compile('apps/web/src/api/ops.ts', 'ops.mjs', tmp);
  compile('apps/web/src/features/overview/headline.ts', 'headline.mjs', tmp);
  const ops = await import(path.join(tmp, 'ops.mjs'));
  const { headlineMetrics } = await import(path.join(tmp, 'headline.mjs'));
  const { sent } = await import(path.join(tmp, 'recorder.mjs'));
  fs.rmSync(tmp, { recursive: true, force: true });
  return { ops, sent, headlineMetrics };
}

function startApp(tmp) {
  const env = { ...process.env, PORT: '0', HOST: '127.0.0.1', TRUST_PROXY: 'loopback', LOG_LEVEL: 'error' };
  if (!env.DATABASE_URL) env.PGLITE_DATA_DIR = path.join(tmp, 'pg');
  const child = spawn(process.execPath, [path.join(ROOT, 'apps/api/dist/main.js')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /GraphQL:\s+http:\/\/localhost:(\d+)\//.exec(out);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.stderr.on('data', (d) => process.stderr.write(d));
    child.once('exit', (code) => reject(new Error(`the app exited (${code}) before it was ready`)));
  });
}

async function post(port, query, variables = {}) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(body.errors[0].message);
  return body.data;
}

/** What the overview sends for one year and region (as OverviewPage.vue's loaders: top and bottom five of the ranking,
 * this and last year's collection), plus the reference data it loads once. */
async function overviewRequests(port) {
  const { ops, sent, headlineMetrics } = await dashboardOps();
  const { regions } = await post(port, '{ regions { id level } }');
  const years = (process.env.LOAD_YEARS ?? '2023,2024').split(',').map(Number);
  const regionIds = [undefined, ...regions.filter((r) => r.level !== 'township').map((r) => r.id)];
  for (const year of years) {
    for (const regionId of regionIds) {
      const filter = regionId ? { regionId } : {};
      ops.collectionQuery(year, regionId);
      ops.collectionQuery(year - 1, regionId);
      ops.compareQuery({
        filter,
        groupBy: 'region',
        metrics: headlineMetrics(year).map((h) => h.key),
        years: [year - 1, year],
        limit: 1,
      });
      ops.topBottomQuery({ year, filter, ends: 5 });
      ops.findingCountQuery({ years: [year], agency: filter });
    }
  }
  ops.metricsQuery();
  ops.regionsQuery();
  ops.yearsQuery();
  ops.agenciesQuery({});
  ops.whoamiQuery();
  return sent.map((s) => JSON.stringify(s));
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-load-'));
  const started = performance.now();
  const { child, port } = await startApp(tmp);
  try {
    note(`app ready on port ${port} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    const bodies = await overviewRequests(port);
    note(`${bodies.length} distinct requests; ${CLIENTS} clients × ${SECONDS} s`);
    let gqlErrors = 0;
    const abuse = { sent: 0, status: {} };
    const samples = new Set();
    let n = 0;
    const cursor = new Map();
    const requests = [
      {
        method: 'POST',
        path: '/graphql',
        // The request list's context is reset each time autocannon wraps round it, so a connection's identity lives in
        // its iterator's initial context (setupClient) and its place in the list here, by address.
        setupRequest: (req, context) => {
          const ip = context.ip ?? '10.255.255.255';
          const at = cursor.get(ip) ?? 0;
          cursor.set(ip, at + 1);
          const body = context.abuser ? AMPLIFIED : bodies[(at + (context.offset ?? 0)) % bodies.length];
          return { ...req, body, headers: { 'content-type': 'application/json', 'x-forwarded-for': ip } };
        },
        onResponse: (status, resBody, context) => {
          if (context.abuser) {
            abuse.sent++;
            abuse.status[status] = (abuse.status[status] ?? 0) + 1;
            return;
          }
          if (status === 200 && resBody.includes('"errors":')) {
            gqlErrors++;
            if (samples.size < 3) samples.add(resBody.slice(0, 300));
          } else if (status >= 400 && status !== 503 && samples.size < 3)
            samples.add(`${status} ${resBody.slice(0, 200)}`);
        },
      },
    ];
    const before = load();
    const r = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: CLIENTS,
      duration: SECONDS,
      timeout: TIMEOUT_S,
      requests,
      // Each connection is a client of its own: its own address (as users of an office behind a proxy), its own
      // starting place in the list (users look at different regions and years).
      setupClient: (client) => {
        const i = n++;
        client.requestIterator.initialContext = {
          ip: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
          offset: (i * 7919) % bodies.length,
          abuser: i < ABUSERS,
        };
        client.requestIterator.resetContext();
      },
    });
    const others = (code) => (r.statusCodeStats?.[code]?.count ?? 0) - (abuse.status[code] ?? 0);
    const s503 = others('503');
    // The abusers' refusals (400) are what they should get; everything else counts as the other clients' answers.
    const abuseNon2xx = Object.entries(abuse.status)
      .filter(([c]) => !c.startsWith('2'))
      .reduce((a, [, v]) => a + v, 0);
    console.log(
      JSON.stringify({
        bench: 'load',
        database: process.env.DATABASE_URL ? 'postgres' : 'pglite',
        clients: CLIENTS,
        seconds: SECONDS,
        cores: os.availableParallelism(),
        requests: r.requests.total,
        reqPerSec: r.requests.average,
        p50_ms: r.latency.p50,
        p90_ms: r.latency.p90,
        p99_ms: r.latency.p99,
        max_ms: r.latency.max,
        errors: r.errors,
        timeouts: r.timeouts,
        non2xx: r.non2xx - abuseNon2xx,
        s503,
        s429: others('429'),
        s5xxOther: Object.keys(r.statusCodeStats ?? {})
          .filter((c) => c.startsWith('5') && c !== '503')
          .reduce((a, c) => a + others(c), 0),
        gqlErrors,
        amplified: abuse,
        errorSamples: [...samples],
        loadavg_before: before,
        loadavg_after: load(),
      }),
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  note(e.message);
  process.exit(1);
});
