// npm run fuzz — mutated real files through the parse path uploads use (the worker pool: a time limit per file, a heap
// limit per worker), bounded by count and time. Inputs: data/samples (text and HTML copies of real reports) and the
// parser's DOCX and PDF fixtures, each mutated by one of several operators (seeded, so a run can be repeated).
// Prints one JSON line: inputs, parsed, typed refusals, crashes (a worker died or ran out of memory), hangs (stopped at
// the time limit), untyped errors (anything but the parser's ReportReadError), with up to 5 examples of each fault.
// FUZZ_COUNT (200), FUZZ_SECONDS (600: stop early), FUZZ_SEED (1), FUZZ_TIMEOUT_MS (PARSE_TIMEOUT_MS, 60000), PARSE_WORKERS, PARSE_HEAP_MB.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
const { ParsePool, ParseLimitError, parsePoolOptions } = require(
  path.join(ROOT, 'apps/api/dist/modules/ingest/parse-pool.js'),
);
const { ReportReadError } = require('@dh/parser');

const COUNT = Number(process.env.FUZZ_COUNT ?? 200);
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 600);
// The uploads' own limit (PARSE_TIMEOUT_MS, 60 s) unless told otherwise: a hang is what an upload would be stopped for.
const TIMEOUT_MS = Number(process.env.FUZZ_TIMEOUT_MS ?? parsePoolOptions().timeoutMs);
let seed = Number(process.env.FUZZ_SEED ?? 1) >>> 0;
const rand = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
const int = (n) => Math.floor(rand() * n);

function corpus() {
  const dirs = [path.join(ROOT, 'data/samples/reports'), path.join(ROOT, 'data/samples/seeds')];
  const files = dirs.flatMap((d) => fs.readdirSync(d).map((f) => path.join(d, f)));
  const fixtures = path.join(ROOT, 'libs/parser/test/fixtures');
  files.push(
    ...fs
      .readdirSync(fixtures)
      .filter((f) => /\.(docx|pdf)$/.test(f))
      .map((f) => path.join(fixtures, f)),
  );
  return files
    .filter((f) => fs.statSync(f).isFile())
    .map((f) => ({ name: path.basename(f), bytes: fs.readFileSync(f) }));
}

const text = (b) => b.toString('utf8');
// Byte-level operators for every form; the text ones keep a text file a plausible report with something wrong.
const MUTATIONS = {
  truncate: (b) => b.subarray(0, int(b.length + 1)),
  flipBytes: (b) => {
    const c = Buffer.from(b);
    for (let i = 0; i < 1 + int(Math.max(1, c.length / 200)); i++) c[int(c.length)] = int(256);
    return c;
  },
  spliceOther: (b, other) => Buffer.concat([b.subarray(0, int(b.length)), other.subarray(int(other.length))]),
  repeatChunk: (b) => {
    const s = int(b.length);
    const e = Math.min(b.length, s + 1 + int(4096));
    return Buffer.concat([b.subarray(0, e), ...Array(1 + int(50)).fill(b.subarray(s, e)), b.subarray(e)]);
  },
  insertNul: (b) => {
    const i = int(b.length);
    return Buffer.concat([b.subarray(0, i), Buffer.alloc(1 + int(64)), b.subarray(i)]);
  },
  dropLines: (b) =>
    Buffer.from(
      text(b)
        .split('\n')
        .filter(() => rand() > 0.2)
        .join('\n'),
    ),
  shuffleLines: (b) =>
    Buffer.from(
      text(b)
        .split('\n')
        .sort(() => rand() - 0.5)
        .join('\n'),
    ),
  swapDigits: (b) => Buffer.from(text(b).replace(/\d/g, (d) => (rand() < 0.3 ? String(int(10)) : d))),
  hugeNumbers: (b) => Buffer.from(text(b).replace(/\d+/g, (d) => (rand() < 0.1 ? '9'.repeat(1 + int(400)) : d))),
  nestTags: (b) => Buffer.from(text(b).replace('<table', `${'<div>'.repeat(int(1500))}<table`)),
  pipes: (b) => Buffer.from(text(b).replace(/[，。\s]/g, (m) => (rand() < 0.3 ? '|' : m))),
  gbk: (b) => Buffer.from(text(b), 'latin1'),
};
const NAMES = Object.keys(MUTATIONS);

async function main() {
  const files = corpus();
  const pool = new ParsePool({ timeoutMs: TIMEOUT_MS });
  const started = performance.now();
  const counts = { inputs: 0, parsed: 0, refused: 0, crashes: 0, hangs: 0, untyped: 0 };
  const examples = { crashes: [], hangs: [], untyped: [] };
  const note = (kind, what) => {
    counts[kind]++;
    if (examples[kind].length < 5) examples[kind].push(what);
  };
  const window = pool.size * 2;
  const running = new Set();
  for (let i = 0; i < COUNT && (performance.now() - started) / 1000 < SECONDS; i++) {
    const f = files[int(files.length)];
    const m = NAMES[int(NAMES.length)];
    const bytes = MUTATIONS[m](f.bytes, files[int(files.length)].bytes);
    const label = `${f.name}#${m}#${i}`;
    counts.inputs++;
    const p = pool.parse({ bytes: new Uint8Array(bytes), fileName: f.name }).then(
      (rep) => {
        counts.parsed++;
        if (!Array.isArray(rep.cells)) note('untyped', `${label}: no cells`);
      },
      (e) => {
        if (e instanceof ParseLimitError) note(e.limit === 'time' ? 'hangs' : 'crashes', `${label}: ${e.message}`);
        else if (e instanceof ReportReadError) counts.refused++;
        else note('untyped', `${label}: ${e?.name}: ${String(e?.message).slice(0, 200)}`);
      },
    );
    running.add(p);
    void p.finally(() => running.delete(p));
    if (running.size >= window) await Promise.race(running);
    if (counts.inputs % 5000 === 0) process.stderr.write(`fuzz: ${JSON.stringify(counts)}\n`);
  }
  await Promise.all(running);
  await pool.close();
  console.log(
    JSON.stringify({
      bench: 'fuzz',
      ...counts,
      seconds: Math.round((performance.now() - started) / 100) / 10,
      seed: Number(process.env.FUZZ_SEED ?? 1),
      timeoutMs: TIMEOUT_MS,
      workers: pool.size,
      corpus: files.length,
      examples,
      loadavg: os.loadavg().map((x) => Math.round(x * 100) / 100),
    }),
  );
  if (counts.crashes || counts.hangs || counts.untyped) process.exitCode = 1;
}

main().catch((e) => {
  process.stderr.write(`fuzz: ${e.stack}\n`);
  process.exit(2);
});
