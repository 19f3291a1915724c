// Ingest throughput into a real PostgreSQL server: synthetic reports → parse (worker threads) → store, through the
// CLI's batch pipeline (modules/ingest/ingest-pipeline.ts: BENCH_BATCH reports per transaction on BENCH_CONCURRENCY
// lanes, overlapping the parse), then a raw COPY of the very rows the store wrote, in the same run, as the floor.
//   npx tsc -b apps/api/tsconfig.json && node apps/api/bench/ingest.bench.mjs
// BENCH_REPORTS (10000), BENCH_CONCURRENCY (2), BENCH_BATCH (16), BENCH_PHASES (1: parse all, then store), DATABASE_URL (server; a scratch database <its name>_bench is made on it,
// so engineers sharing one server do not drop each other's), BENCH_PROFILE (1: time every statement by kind, printed
// after the run as store_sql lines: where the store's time goes, waits on other lanes' locks included).
import { createRequire } from 'node:module';
import * as os from 'node:os';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { Client } = require('pg');
const { from: copyFrom } = require('pg-copy-streams');
const { synthCorpus } = require('@dh/synth');
const { cliContext } = require('../dist/cli/cli.module.js');
const { IngestModule } = require('../dist/modules/ingest/ingest.module.js');
const { runIngestPipeline } = require('../dist/modules/ingest/ingest-pipeline.js');
const { migrate } = require('../dist/database/database.js');
const { IngestService } = require('../dist/modules/ingest/ingest.service.js');
const { ParsePool } = require('../dist/modules/ingest/parse-pool.js');

const N = Number(process.env.BENCH_REPORTS ?? 10000);
// Two store lanes on two cores: more lanes mostly wait on each other's row locks (agency, region) and share the CPU.
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 2);
const BATCH = Number(process.env.BENCH_BATCH ?? 16);
const PHASES = process.env.BENCH_PHASES === '1';
const load = () => os.loadavg().map((x) => Number(x.toFixed(2)));
const server = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
const adminUrl = new URL(server);
adminUrl.pathname = '/postgres';
const benchDb = `${server.pathname.slice(1) || 'test'}_bench`;
const benchUrl = new URL(server);
benchUrl.pathname = `/${benchDb}`;
const line = (metric, value, unit, extra = {}) =>
  console.log(JSON.stringify({ bench: 'ingest', metric, value: Number(value.toFixed(3)), unit, ...extra }));
const secs = (t0) => Number(process.hrtime.bigint() - t0) / 1e9;

// BENCH_PROFILE: each statement's round trip, summed by its first words (the batch insert by its first CTE).
const profile = new Map();
if (process.env.BENCH_PROFILE === '1') {
  const query = Client.prototype.query;
  Client.prototype.query = function (config, ...rest) {
    const result = query.call(this, config, ...rest);
    const text = typeof config === 'string' ? config : config?.text;
    if (text && typeof result?.then === 'function') {
      const kind = text.replace(/\s+/g, ' ').trim().slice(0, 60),
        t0 = process.hrtime.bigint();
      const done = () => {
        const p = profile.get(kind) ?? { n: 0, s: 0 };
        p.n++;
        p.s += secs(t0);
        profile.set(kind, p);
      };
      result.then(done, done);
    }
    return result;
  };
}
const printProfile = () => {
  for (const [kind, p] of [...profile].sort((a, b) => b[1].s - a[1].s).slice(0, 15)) {
    line('store_sql', p.s, 's', { calls: p.n, ms_per_call: Number(((1000 * p.s) / p.n).toFixed(2)), sql: kind });
  }
};

async function freshDatabase() {
  const c = new Client({ connectionString: adminUrl.toString() });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${benchDb}" WITH (FORCE)`);
  await c.query(`CREATE DATABASE "${benchDb}"`);
  await c.end();
  await migrate(benchUrl.toString());
}

// COPY text format: tabs, newlines and backslashes escaped; \N for null.
const esc = (v) =>
  v === null || v === undefined
    ? '\\N'
    : String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
const row = (xs) => `${xs.map(esc).join('\t')}\n`;

async function copyBaseline(parsed, ids) {
  const c = new Client({ connectionString: benchUrl.toString() });
  await c.connect();
  // Same columns, defaults and indexes as the real tables; no foreign keys, no transaction per report.
  for (const t of ['report_revision', 'report_cell', 'report_section', 'finding']) {
    await c.query(`CREATE TABLE copy_${t} (LIKE ${t} INCLUDING DEFAULTS INCLUDING INDEXES)`);
  }
  const copy = async (sql, gen) => pipeline(Readable.from(gen()), c.query(copyFrom(sql)));
  const t0 = process.hrtime.bigint();
  await copy(
    `COPY copy_report_revision (id, agency_id, report_id, revision_no, content_hash, file_name, form, encoding, bytes, template,
    agency_name_printed, published_on, truncated, reason, source_text, agency_match, source_kind, cells_read, cells_unresolved, error_count,
    section_count, table_count, proactive, apps_handled, apps_disclosed, review_total, review_corrected) FROM STDIN`,
    function* () {
      for (let i = 0; i < parsed.length; i++) {
        const p = parsed[i],
          id = ids[i];
        yield row([
          id.revisionId,
          id.agencyId,
          id.reportId,
          1,
          id.hash,
          p.source.fileName,
          p.source.form,
          p.source.encoding,
          p.source.bytes,
          p.template,
          p.agencyName,
          p.publishedOn,
          p.truncated,
          'first_ingest',
          p.sourceText,
          'given',
          p.source.form === 'text' ? 'text_copy' : 'page',
          p.cells.filter((x) => x.kind === 'number' || x.kind === 'zero').length,
          p.cells.filter((x) => x.kind === 'unresolved').length,
          p.findings.filter((x) => x.severity === 'error').length,
          ...id.facts,
        ]);
      }
    },
  );
  await copy(
    `COPY copy_report_cell (agency_id, revision_id, year, key, section, row_label, col_label, raw, value, kind, unit, raw_unit,
    inferred, candidates, loc) FROM STDIN`,
    function* () {
      for (let i = 0; i < parsed.length; i++) {
        const id = ids[i];
        for (const x of parsed[i].cells) {
          yield row([
            id.agencyId,
            id.revisionId,
            id.year,
            x.key,
            x.section,
            x.rowLabel,
            x.colLabel,
            x.raw,
            x.value,
            x.kind,
            x.unit ?? null,
            x.rawUnit ?? null,
            x.inferred ?? false,
            x.candidates ? JSON.stringify(x.candidates) : null,
            JSON.stringify(x.loc),
          ]);
        }
      }
    },
  );
  await copy('COPY copy_report_section (agency_id, revision_id, no, title, text) FROM STDIN', function* () {
    for (let i = 0; i < parsed.length; i++)
      for (const s of parsed[i].sections) yield row([ids[i].agencyId, ids[i].revisionId, s.no, s.title, s.text]);
  });
  await copy(
    'COPY copy_finding (agency_id, revision_id, code, severity, message_zh, message_en, loc, keys) FROM STDIN',
    function* () {
      for (let i = 0; i < parsed.length; i++) {
        for (const f of parsed[i].findings) {
          yield row([
            ids[i].agencyId,
            ids[i].revisionId,
            f.code,
            f.severity,
            f.messageZh,
            f.messageEn,
            f.loc ? JSON.stringify(f.loc) : null,
            f.keys ? `{${f.keys.map((k) => `"${k}"`).join(',')}}` : null,
          ]);
        }
      }
    },
  );
  const s = secs(t0);
  await c.end();
  return s;
}

async function main() {
  let t0 = process.hrtime.bigint();
  const agencies = Math.ceil(N / 7 / 0.95) + 5;
  const corpus = [];
  for (const r of synthCorpus({ agencies, years: [2019, 2025], seed: 1 })) {
    if (corpus.length === N) break;
    corpus.push(r);
  }
  line('generate_s', secs(t0), 's', { reports: corpus.length });

  await freshDatabase();
  const app = await cliContext(benchUrl.toString(), [IngestModule]);
  const svc = app.get(IngestService);
  const pool = new ParsePool({ threads: os.availableParallelism() });
  try {
    // The CLI's pipeline: parse workers run ahead while store lanes take the next batch once it is parsed.
    // BENCH_PHASES=1 parses everything first, then stores (the store step alone, for the ratio against COPY).
    t0 = process.hrtime.bigint();
    const parsed = new Array(corpus.length);
    let parsedCount = 0,
      parseS = 0;
    const parseOne = async (i) => {
      parsed[i] = await pool.parse(corpus[i]);
      if (++parsedCount === corpus.length) {
        parseS = secs(t0);
        line('parse_s', parseS, 's', { workers: pool.size, load: load() });
      }
      return parsed[i];
    };
    if (PHASES) await Promise.all(corpus.map((_, i) => parseOne(i)));
    const byName = new Map(corpus.map((r, i) => [r.fileName, i]));
    profile.clear();
    const t1 = process.hrtime.bigint();
    const input = async (i) => {
      const r = corpus[i];
      return {
        bytes: r.bytes,
        fileName: r.fileName,
        agencyName: r.agency.name,
        region: r.agency.regionPath,
      };
    };
    const { results, laneWaitS } = await runIngestPipeline(
      svc,
      corpus.length,
      input,
      (x) => (PHASES ? Promise.resolve(parsed[byName.get(x.fileName)]) : parseOne(byName.get(x.fileName))),
      {
        lanes: CONCURRENCY,
        batchSize: BATCH,
        ahead: pool.size * 2 + BATCH,
        groupOf: (i) => `${corpus[i].agency.regionPath.join('/')}|${corpus[i].agency.name}`,
      },
    );
    const storeS = secs(t1);
    const totalS = secs(t0);
    const failed = results.filter((r) => r.status !== 'new');
    if (failed.length) throw new Error(`${failed.length} reports not stored as new, e.g. ${JSON.stringify(failed[0])}`);
    // store_s: wall time of the store lanes less their mean wait for a parsed report.
    const storeStep = storeS - laneWaitS / CONCURRENCY;
    line('store_s', storeStep, 's', {
      concurrency: CONCURRENCY,
      batch: BATCH,
      wall: Number(storeS.toFixed(3)),
      load: load(),
    });
    printProfile();

    const ids = results.map((r, i) => ({
      revisionId: r.revisionId,
      reportId: r.reportId,
      agencyId: 0,
      year: corpus[i].year,
      hash: `copy-${i}`,
    }));
    const c = new Client({ connectionString: benchUrl.toString() });
    await c.connect();
    const stored = new Map(
      (
        await c.query(`SELECT id::text, agency_id, section_count, table_count, proactive, apps_handled, apps_disclosed,
      review_total, review_corrected FROM report_revision`)
      ).rows.map((x) => [x.id, x]),
    );
    await c.end();
    for (const id of ids) {
      const v = stored.get(id.revisionId);
      id.agencyId = v.agency_id;
      id.facts = [
        v.section_count,
        v.table_count,
        v.proactive,
        v.apps_handled,
        v.apps_disclosed,
        v.review_total,
        v.review_corrected,
      ];
    }
    const copyS = await copyBaseline(parsed, ids);
    line('raw_copy_s', copyS, 's', { load: load() });
    line('reports_per_s', corpus.length / totalS, '1/s');
    line('total_s', totalS, 's', { reports: corpus.length, goal: 60, mode: PHASES ? 'phases' : 'pipeline' });
    line('store_vs_copy', storeStep / copyS, 'ratio', { goal: 2 });
  } finally {
    await pool.close();
    await app.close();
  }
}

main().catch((e) => {
  console.error(`bench:ingest: ${e.stack ?? e}`);
  process.exitCode = 1;
});
