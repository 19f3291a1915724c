// PDF parse speed: extractPdf (pdf.js in its worker + table rebuilding) and, when available, the full
// parseReport pipeline, over the corpus PDFs (../shared/corpus/pdf) or the synthetic fixture.
// Build first:  npx tsc -b libs/parser/tsconfig.json
// Run:          node libs/parser/bench/pdf-parse.mjs [seconds=10]
// Prints JSON lines: {"bench":"parse","metric":"pdf_reports_per_s","value":N,"unit":"1/s","per_cpu_s":M,"ratio":R,...}
// (each metric also as `*_as_shipped`, pdf.js without the text-extraction patches, measured interleaved: the baseline)
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
  ? readdirSync(corpus)
      .filter((f) => f.endsWith('.pdf'))
      .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(corpus, f))) }))
  : [
      {
        name: 'synthetic-2021-table.pdf',
        bytes: new Uint8Array(readFileSync(join(here, '../test/fixtures/synthetic-2021-table.pdf'))),
      },
    ];
const seconds = Number(process.argv[2] ?? 10);

const r2 = (x) => Math.round(x * 100) / 100;

// Both pdf.js builds, file by file in turn: pdf.js as shipped (no text-extraction patches, see pdfjs-patch.ts) is the
// same run's baseline, so load on the machine falls on both sides alike. CPU time counts all threads (the pdf.js
// worker included): reports per CPU-second is the one-core rate, steadier than wall-clock when the machine is shared.
async function run(label, fn) {
  const sides = { patched: { n: 0, wall: 0, cpu: 0 }, 'as-shipped': { n: 0, wall: 0, cpu: 0 } };
  // Warm-up: worker start and pdf.js load (both builds) are paid once per process.
  for (const f of files) for (const side of Object.keys(sides)) await fn(f, side);
  const t0 = performance.now();
  for (let i = 0; performance.now() - t0 < seconds * 1000 * 2; i++) {
    for (const side of i % 2 ? ['as-shipped', 'patched'] : ['patched', 'as-shipped']) {
      const s = sides[side];
      const w0 = performance.now();
      const c0 = process.cpuUsage();
      await fn(files[i % files.length], side);
      const c = process.cpuUsage(c0);
      s.wall += (performance.now() - w0) / 1000;
      s.cpu += (c.user + c.system) / 1e6;
      s.n++;
    }
  }
  const [main, base] = [sides.patched, sides['as-shipped']];
  const load = { loadavg: os.loadavg().map(r2) };
  console.log(
    JSON.stringify({
      bench: 'parse',
      metric: `${label}_as_shipped`,
      value: r2(base.n / base.wall),
      unit: '1/s',
      n: base.n,
      files: files.length,
      per_cpu_s: r2(base.n / base.cpu),
      ...load,
    }),
  );
  console.log(
    JSON.stringify({
      bench: 'parse',
      metric: label,
      value: r2(main.n / main.wall),
      unit: '1/s',
      n: main.n,
      files: files.length,
      per_cpu_s: r2(main.n / main.cpu),
      ratio: r2(main.n / main.cpu / (base.n / base.cpu)),
      baseline: `${label}_as_shipped (per CPU-second)`,
      ...load,
    }),
  );
}

await run('pdf_reports_per_s', (f, side) =>
  parseReport
    ? parseReport({ bytes: f.bytes, fileName: f.name, pdfjs: side })
    : extractPdf(f.bytes, f.name, { asShipped: side === 'as-shipped' }),
);
await run('pdf_extract_per_s', (f, side) => extractPdf(f.bytes, f.name, { asShipped: side === 'as-shipped' }));
await closePdfWorker();
