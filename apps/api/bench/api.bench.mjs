// npm run bench:api — series, compare and ranking through HTTP GraphQL on 10,000 synthetic agencies × 7 years in a real
// PostgreSQL (its own database, BENCH_DATABASE_URL, default dh_bench on 127.0.0.1), against the same aggregate as raw SQL
// with `pg`, request by request in turn. Prints one JSON line per measure. Build first (npm run build).
// BENCH_N requests per query (default 100); BENCH_RELOAD=1 rebuilds the data (otherwise kept between runs);
// BENCH_QUERIES=ranking,series runs only those (default: all).
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import pg from 'pg';
import { BENCH_MARK, DEPT_TYPES, loadSynthetic } from './load-synthetic.mjs';
import { RAW, QUERIES } from './queries.mjs';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
const URL_ = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/dh_bench';
const N = Number(process.env.BENCH_N ?? 100);
const WARMUP = 5;
const ONLY = process.env.BENCH_QUERIES ? new Set(process.env.BENCH_QUERIES.split(',')) : null;
const out = (metric, value, unit, extra = {}) =>
  console.log(JSON.stringify({ bench: 'api', metric, value: Math.round(value * 10) / 10, unit, ...extra }));
const note = (s) => process.stderr.write(`bench:api: ${s}\n`);

async function prepareDatabase(migrate) {
  const u = new URL(URL_);
  const db = u.pathname.slice(1);
  if (db === 'test') throw new Error('refusing to use the database "test" (the test suites drop its schema)');
  const admin = new pg.Client({ connectionString: Object.assign(new URL(URL_), { pathname: '/postgres' }).toString() });
  await admin.connect();
  const { rows } = await admin.query(
    `SELECT shobj_description(oid, 'pg_database') AS mark FROM pg_database WHERE datname = $1`,
    [db],
  );
  const fresh = process.env.BENCH_RELOAD === '1' || rows[0]?.mark !== BENCH_MARK;
  if (fresh) {
    await admin.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${db}"`);
  }
  await migrate(URL_); // the real migrations; on kept data this applies only new ones
  if (fresh) {
    const c = new pg.Client({ connectionString: URL_ });
    await c.connect();
    const t0 = performance.now();
    const n = await loadSynthetic(c, (s) => note(`loaded ${s} (${((performance.now() - t0) / 1000).toFixed(0)} s)`));
    await c.end();
    await admin.query(`COMMENT ON DATABASE "${db}" IS '${BENCH_MARK}'`);
    out('load_s', (performance.now() - t0) / 1000, 's', n);
  }
  await admin.end();
}

function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

async function main() {
  const { migrate } = require(path.join(ROOT, 'apps/api/dist/database/database.js'));
  const { createServer } = require(path.join(ROOT, 'apps/api/dist/server.js'));
  await prepareDatabase(migrate);
  process.env.RATE_LIMIT_PER_MIN = '0'; // the bench measures latency, not the limiter
  // The server as deployed (docker/Dockerfile): NODE_ENV=production turns off Apollo's development-only checks, and a
  // server database gets the pool of 8 that DATABASE_URL would give it (createServer's own URL leaves the embedded 2).
  process.env.NODE_ENV ??= 'production';
  process.env.DB_POOL_MAX ??= '8';
  const app = await createServer({ databaseUrl: URL_, webDist: null, quiet: true });
  await app.listen(0, '127.0.0.1');
  const endpoint = `http://127.0.0.1:${app.getHttpServer().address().port}/graphql`;
  const raw = new pg.Client({ connectionString: URL_ });
  await raw.connect();
  const { rows: ids } = await raw.query(
    `SELECT array_agg(id) FILTER (WHERE level = 'city') AS cities, array_agg(id) FILTER (WHERE level = 'county') AS counties FROM region`,
  );
  const ctx = { cities: ids[0].cities, counties: ids[0].counties, types: DEPT_TYPES.filter((t) => t !== 'government') };

  const gql = async (query, variables) => {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    if (!res.ok || body.errors) throw new Error(`GraphQL ${res.status}: ${JSON.stringify(body.errors ?? body)}`);
    return body.data;
  };
  const time = async (f) => {
    const t = performance.now();
    await f();
    return performance.now() - t;
  };

  out('loadavg_1m', os.loadavg()[0], 'load', { cores: os.cpus().length });
  for (const [name, q] of Object.entries(QUERIES)) {
    if (ONLY && !ONLY.has(name)) continue;
    const next = rng(42);
    const g = [],
      s = [];
    for (let i = 0; i < WARMUP + N; i++) {
      const v = q.vars(ctx, next);
      // Whichever runs second finds the first one's pages in the cache: alternate who goes first so neither side
      // always gets the warm cache (raw-always-second made the API look up to 1.6× slower on series than it was).
      let tg, ts;
      if (i === 0 && q.agrees) {
        const api = await gql(q.query, v);
        const sqlRows = (await raw.query(RAW[name], q.sqlParams(v))).rows;
        if (!q.agrees(api, sqlRows)) {
          throw new Error(
            `${name}: the raw SQL and the API disagree on ${JSON.stringify(v)}:\n api ${JSON.stringify(api).slice(0, 1500)}\n sql ${JSON.stringify(sqlRows).slice(0, 1500)}`,
          );
        }
      }
      if (i % 2 === 0) {
        tg = await time(() => gql(q.query, v));
        ts = await time(() => raw.query(RAW[name], q.sqlParams(v)));
      } else {
        ts = await time(() => raw.query(RAW[name], q.sqlParams(v)));
        tg = await time(() => gql(q.query, v));
      }
      if (i >= WARMUP) {
        g.push(tg);
        s.push(ts);
      }
    }
    out(`${name}_p50_ms`, pct(g, 50), 'ms', { sql_p50_ms: Math.round(pct(s, 50) * 10) / 10 });
    out(`${name}_p95_ms`, pct(g, 95), 'ms', {
      ratio: Math.round((pct(g, 95) / pct(s, 95)) * 100) / 100,
      sql_p95_ms: Math.round(pct(s, 95) * 10) / 10,
      n: N,
    });
  }
  out('loadavg_1m_end', os.loadavg()[0], 'load');
  await raw.end();
  await app.close();
}

main().catch((e) => {
  process.stderr.write(`bench:api failed: ${e.stack ?? e}\n`);
  process.exit(1);
});
