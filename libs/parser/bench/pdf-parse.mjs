// PDF parse speed: extractPdf (pdf.js in its worker + table rebuilding) and, when available, the full
// parseReport pipeline, over the corpus PDFs (../shared/corpus/pdf) or the synthetic fixture.
// Build first:  npx tsc -b libs/parser/tsconfig.json
// Run:          node libs/parser/bench/pdf-parse.mjs [seconds=10]   (CPU-seconds per side and metric)
// Prints JSON lines: {"bench":"parse","metric":"pdf_reports_per_s","value":N,"unit":"1/s","per_cpu_s":M,"ratio":R,...}
// (each metric also as `*_as_shipped`, pdf.js without the text-extraction patches: the same run's baseline).
//
// Each side runs in child processes of its own, taking turns with the other (ROUNDS turns each, alternating who goes
// first), so load on the machine falls on both alike. Before, both builds shared one worker and one heap: the
// patched side then paid for the other's garbage and measured ~1.35× slower per CPU-second than alone (see
// docs/parser-speed.md), the same trap the HTML bench fell into.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const dist = join(here, '../dist');

const corpus = join(here, '../../../../shared/corpus/pdf');
const files = existsSync(corpus)
  ? readdirSync(corpus)
      .filter((f) => f.endsWith('.pdf'))
      .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(corpus, f))) }))
  : [
      {
        name: 'synthetic-2021-table.pdf',
        bytes: new Uint8Array(readFileSync(join(here, '../test/fixtures/synthetic-2021-table.pdf'))),
      },
    ];
const ROUNDS = 2;
const WARM_MS = 300;
const r2 = (x) => Math.round(x * 100) / 100;
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

// Child: one side of one metric for `ms` of CPU time (all threads, the pdf.js worker included: reports per
// CPU-second is the one-core rate), after an untimed warm-up that also pays the worker's start and pdf.js's load.
if (process.env.PDF_BENCH_CHILD) {
  const { metric, side, ms } = JSON.parse(process.env.PDF_BENCH_CHILD);
  const { extractPdf } = require(join(dist, 'extract/pdf.js'));
  const { closePdfWorker } = require(join(dist, 'extract/pdf-worker.js'));
  let parseReport = null;
  try {
    ({ parseReport } = require(join(dist, 'parse-report.js')));
  } catch {
    // pipeline not built: extraction only
  }
  const one = (f) =>
    metric === 'pdf_reports_per_s' && parseReport
      ? parseReport({ bytes: f.bytes, fileName: f.name, pdfjs: side })
      : extractPdf(f.bytes, f.name, { asShipped: side === 'as-shipped' });
  const acc = { n: 0, wall: 0, cpu: 0 };
  for (const t = cpuMs(); cpuMs() - t < WARM_MS;) for (const f of files) await one(f);
  const c0 = cpuMs();
  const w0 = performance.now();
  for (let i = 0; cpuMs() - c0 < ms; i++) {
    await one(files[i % files.length]);
    acc.n++;
  }
  acc.cpu = (cpuMs() - c0) / 1000;
  acc.wall = (performance.now() - w0) / 1000;
  await closePdfWorker();
  console.log(JSON.stringify(acc));
  process.exit(0);
}

function turn(metric, side, ms, acc) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url)], {
    env: { ...process.env, PDF_BENCH_CHILD: JSON.stringify({ metric, side, ms }) },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`pdf bench child (${metric}, ${side}) failed: ${r.stderr}`);
  const got = JSON.parse(r.stdout.trim().split('\n').pop());
  for (const k of Object.keys(acc)) acc[k] += got[k];
}

const seconds = Number(process.argv[2] ?? 10);
for (const metric of ['pdf_reports_per_s', 'pdf_extract_per_s']) {
  const sides = { patched: { n: 0, wall: 0, cpu: 0 }, 'as-shipped': { n: 0, wall: 0, cpu: 0 } };
  const order = Object.keys(sides);
  for (let r = 0; r < ROUNDS; r++)
    for (const side of r % 2 ? [...order].reverse() : order) turn(metric, side, (seconds * 1000) / ROUNDS, sides[side]);
  const [main, base] = [sides.patched, sides['as-shipped']];
  const load = { loadavg: os.loadavg().map(r2) };
  const common = { unit: '1/s', files: files.length, rounds: ROUNDS };
  console.log(
    JSON.stringify({
      bench: 'parse',
      metric: `${metric}_as_shipped`,
      value: r2(base.n / base.wall),
      ...common,
      n: base.n,
      per_cpu_s: r2(base.n / base.cpu),
      ...load,
    }),
  );
  console.log(
    JSON.stringify({
      bench: 'parse',
      metric,
      value: r2(main.n / main.wall),
      ...common,
      n: main.n,
      per_cpu_s: r2(main.n / main.cpu),
      ratio: r2(main.n / main.cpu / (base.n / base.cpu)),
      baseline: `${metric}_as_shipped (per CPU-second)`,
      ...load,
    }),
  );
}
