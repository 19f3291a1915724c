// PDF text extractors side by side on the corpus PDFs (../shared/corpus/pdf), one file at a time in turn, so load on
// the machine falls on all alike. Not part of `npm run bench`: it records the measurements behind docs/parser-speed.md.
//   npx tsc -b libs/parser/tsconfig.json && node libs/parser/bench/pdf-extractors.mjs [rounds=4]
// Sides: pdf.js as shipped and patched (our worker, text items only); poppler's `pdftotext -bbox-layout` as a child
// process (its CPU read from the shell's `times`) when installed; MuPDF's WASM build (`mupdf`, AGPL, not a
// dependency of this project) when importable. Each prints {"metric":"pdf_extract_cpu_per_file", "side":…, "ratio":…}
// with pdf.js as shipped as the baseline.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { readPdfItems, closePdfWorker } = require(join(here, '../dist/extract/pdf-worker.js'));
const corpus = join(here, '../../../../shared/corpus/pdf');
if (!existsSync(corpus)) {
  console.log('SKIP: ../shared/corpus/pdf not present');
  process.exit(0);
}
const files = readdirSync(corpus)
  .filter((f) => f.endsWith('.pdf'))
  .map((f) => ({ path: join(corpus, f), bytes: new Uint8Array(readFileSync(join(corpus, f))) }));
const rounds = Number(process.argv[2] ?? 4);

// CPU seconds of one call: this process's threads, plus children for the poppler side.
const cpuOf = async (fn) => {
  const c0 = process.cpuUsage();
  const child = await fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6 + (child ?? 0);
};
const sides = {
  'pdfjs-as-shipped': (f) => readPdfItems(f.bytes, undefined, { asShipped: true }).then(() => 0),
  'pdfjs-patched': (f) => readPdfItems(f.bytes).then(() => 0),
};
try {
  execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  // `times` prints the shell's and its children's user/system time; the second line is pdftotext's.
  sides['poppler-pdftotext-bbox'] = (f) => {
    const out = execFileSync('sh', ['-c', 'pdftotext -bbox-layout "$1" /dev/null; times', 'sh', f.path], {
      encoding: 'utf8',
    });
    const [u, s] = out
      .trim()
      .split('\n')
      .pop()
      .split(/\s+/)
      .map((t) => {
        const m = /(\d+)m([\d.]+)s/.exec(t);
        return Number(m[1]) * 60 + Number(m[2]);
      });
    return u + s;
  };
} catch {
  console.log('SKIP side: pdftotext not installed');
}
try {
  const mupdf = await import('mupdf');
  sides['mupdf-wasm-stext'] = (f) => {
    const doc = mupdf.Document.openDocument(f.bytes, 'application/pdf');
    for (let i = 0; i < doc.countPages(); i++) doc.loadPage(i).toStructuredText('preserve-whitespace').asJSON();
    return 0;
  };
} catch {
  console.log('SKIP side: mupdf not importable (AGPL; not a dependency)');
}

const acc = Object.fromEntries(Object.keys(sides).map((k) => [k, { n: 0, cpu: 0 }]));
for (const f of files) for (const fn of Object.values(sides)) await fn(f); // warm-up
for (let r = 0; r < rounds; r++) {
  for (const f of files) {
    for (const [k, fn] of Object.entries(sides)) {
      acc[k].cpu += await cpuOf(() => fn(f));
      acc[k].n++;
    }
  }
}
const r2 = (x) => Math.round(x * 100) / 100;
const base = acc['pdfjs-as-shipped'];
for (const [k, a] of Object.entries(acc)) {
  console.log(
    JSON.stringify({
      bench: 'parse',
      metric: 'pdf_extract_files_per_cpu_s',
      side: k,
      value: r2(a.n / a.cpu),
      unit: '1/s',
      n: a.n,
      ratio: r2(a.n / a.cpu / (base.n / base.cpu)),
      baseline: 'pdfjs-as-shipped',
      loadavg: os.loadavg().map(r2),
    }),
  );
}
await closePdfWorker();
