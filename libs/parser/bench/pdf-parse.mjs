// PDF parse speed: extractPdf (pdf.js in its worker + table rebuilding) and, when available, the full
// parseReport pipeline, over the corpus PDFs (../shared/corpus/pdf) or the synthetic fixture.
// Build first:  npx tsc -b libs/parser/tsconfig.json
// Run:          node libs/parser/bench/pdf-parse.mjs [seconds=10]
// Prints JSON lines: {"bench":"parse","metric":"pdf_reports_per_s","value":N,"unit":"1/s","per_cpu_s":M,...}
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const dist = join(here, '../dist');
const { extractPdf } = require(join(dist, 'extract/pdf.js'));
const { closePdfWorker } = require(join(dist, 'extract/pdf-worker.js'));
let parseReport = null;
try {
  ({ parseReport } = require(join(dist, 'parse-report.js')));
} catch {
  // pipeline not built: extraction only
}

const corpus = join(here, '../../../../shared/corpus/pdf');
const files = existsSync(corpus)
  ? readdirSync(corpus).filter((f) => f.endsWith('.pdf')).map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(corpus, f))) }))
  : [{ name: 'synthetic-2021-table.pdf', bytes: new Uint8Array(readFileSync(join(here, '../test/fixtures/synthetic-2021-table.pdf'))) }];
const seconds = Number(process.argv[2] ?? 10);

async function run(label, fn) {
  // Warm-up: worker start and pdf.js load are paid once per process.
  for (const f of files) await fn(f);
  let n = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  while (performance.now() - t0 < seconds * 1000) {
    await fn(files[n % files.length]);
    n++;
  }
  const s = (performance.now() - t0) / 1000;
  // CPU time of all threads (pdf.js worker included): reports per CPU-second is the one-core rate, and it
  // holds steady when other processes share the machine, unlike the wall-clock rate.
  const c = process.cpuUsage(cpu0);
  const cpuS = (c.user + c.system) / 1e6;
  const r2 = (x) => Math.round(x * 100) / 100;
  console.log(JSON.stringify({ bench: 'parse', metric: label, value: r2(n / s), unit: '1/s', n, files: files.length,
    per_cpu_s: r2(n / cpuS), loadavg: os.loadavg().map(r2) }));
}

await run('pdf_reports_per_s', (f) => (parseReport ? parseReport({ bytes: f.bytes, fileName: f.name }) : extractPdf(f.bytes, f.name)));
await run('pdf_extract_per_s', (f) => extractPdf(f.bytes, f.name));
await closePdfWorker();
