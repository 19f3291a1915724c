// CPU per ranking request, API against its raw SQL (bench:api's `ranking`), on a kept bench database: this process's
// CPU (the server and its HTTP client) and the CPU of the PostgreSQL backends each side uses (/proc/<pid>/stat of its
// connections: the server must run on this machine). Wall times on a shared 2-core machine move by 2× from run to run
// with the others' load; CPU times move by a few per cent, so a before/after shows here when bench:api cannot.
// Build first; run bench:api once to load the data. BENCH_ROOT: the checkout whose build is measured (default this
// one); BENCH_N requests per side (default 150). Run with READ_CACHE_MB=0, as bench:api.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import pg from 'pg';

const ROOT = process.env.BENCH_ROOT ?? path.resolve(import.meta.dirname, '../../..');
const require = createRequire(path.join(ROOT, 'apps/api/bench/queries.mjs'));
const { RAW, QUERIES } = await import(path.join(ROOT, 'apps/api/bench/queries.mjs'));
const URL_ = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/dh_bench';
const N = Number(process.env.BENCH_N ?? 150);
const DB = new URL(URL_).pathname.slice(1);

const { createServer } = require(path.join(ROOT, 'apps/api/dist/server.js'));
process.env.RATE_LIMIT_PER_MIN = '0'; // as bench:api: latency, not the limiter
const app = await createServer({ databaseUrl: URL_, webDist: null, quiet: true });
await app.listen(0, '127.0.0.1');
const endpoint = `http://127.0.0.1:${app.getHttpServer().address().port}/graphql`;
const raw = new pg.Client({ connectionString: URL_ });
await raw.connect();
const rawPid = (await raw.query('SELECT pg_backend_pid() AS p')).rows[0].p;
const cities = (await raw.query(`SELECT array_agg(id) FILTER (WHERE level = 'city') AS c FROM region`)).rows[0].c;

const TICK_MS = 10; // USER_HZ 100
/** CPU milliseconds (user + system) a process has used; 0 when /proc does not show it. */
const cpuOf = (pid) => {
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) * TICK_MS;
  } catch {
    return 0;
  }
};
const gql = async (r) => {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERIES.ranking.query, variables: { r } }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
};
let at = 0;
const city = () => cities[at++ % cities.length];
for (let i = 0; i < 10; i++) {
  const r = city();
  await gql(r);
  await raw.query(RAW.ranking, [r]);
}
// The server's pool is open by now: its backends are the bench database's other connections.
const apiPids = (
  await raw.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [DB])
).rows.map((r) => r.pid);
const pgOf = (pids) => pids.reduce((a, p) => a + cpuOf(p), 0);
const mine = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const sum = { apiNode: 0, apiPg: 0, rawNode: 0, rawPg: 0 };
for (let i = 0; i < N; i++) {
  const r = city();
  let [n0, p0] = [mine(), pgOf(apiPids)];
  await gql(r);
  sum.apiNode += mine() - n0;
  sum.apiPg += pgOf(apiPids) - p0;
  [n0, p0] = [mine(), cpuOf(rawPid)];
  await raw.query(RAW.ranking, [r]);
  sum.rawNode += mine() - n0;
  sum.rawPg += cpuOf(rawPid) - p0;
}
const per = (x) => Math.round((x / N) * 100) / 100;
console.log(
  JSON.stringify({
    bench: 'ranking-cpu',
    load: os.loadavg().map((x) => Math.round(x * 100) / 100),
    n: N,
    api_connections: apiPids.length,
    api_node_ms: per(sum.apiNode),
    api_pg_ms: per(sum.apiPg),
    raw_node_ms: per(sum.rawNode),
    raw_pg_ms: per(sum.rawPg),
    ratio: Math.round(((sum.apiNode + sum.apiPg) / (sum.rawNode + sum.rawPg)) * 100) / 100,
  }),
);
await raw.end();
await app.close();
