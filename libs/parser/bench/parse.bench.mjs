// Parse throughput, one core, per form. Run against the built library:
//   npx tsc -b libs/parser/tsconfig.json && node libs/parser/bench/parse.bench.mjs
// Prints one JSON line per metric: {"bench":"parse","metric":"html_reports_per_s","value":N,"unit":"1/s"}.
// html_* / text_*: the sample reports in data/samples (the HTML ones are whole CMS pages of 100–370 KB, most of
// it Word inline styles, so reports/s there is bounded by bytes tokenized; read MB/s beside it).
// synth_html_* / synth_text_*: a fixed set of synthetic reports from @dh/synth (report-sized pages, no CMS
// chrome; build it with `npx tsc -b libs/synth/tsconfig.json`). Skipped when @dh/synth is not built.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { parseTextOrHtml } = require('@dh/parser');
const root = join(dirname(fileURLToPath(import.meta.url)), '../../../data/samples');
const MIN_MS = Number(process.env.BENCH_MS ?? 2000);

const files = [
  ...readdirSync(join(root, 'reports')).map((f) => join(root, 'reports', f)),
  ...readdirSync(join(root, 'seeds')).map((f) => join(root, 'seeds', f)),
].filter((f) => /\.(html?|txt)$/.test(f));
const byForm = { html: [], text: [] };
for (const f of files) byForm[/\.html?$/.test(f) ? 'html' : 'text'].push({ name: f.split('/').pop(), bytes: readFileSync(f) });
const sets = Object.entries(byForm);
try {
  const { synthCorpus } = require('@dh/synth');
  // Deterministic: same seed, same reports, default share of real-world faults (GBK pages, typos, broken sums).
  const synth = { synth_html: [], synth_text: [] };
  for (const r of synthCorpus({ agencies: 30, years: [2019, 2024], seed: 20250101, forms: ['html', 'text'] })) {
    synth[`synth_${r.form}`].push({ name: r.fileName, bytes: r.bytes });
  }
  sets.push(...Object.entries(synth));
} catch (e) {
  console.error(`parse bench: synthetic set skipped (${e.message.split('\n')[0]})`);
}

for (const [form, docs] of sets) {
  if (!docs.length) continue;
  for (const d of docs) parseTextOrHtml({ bytes: d.bytes, fileName: d.name }); // warm-up
  let n = 0;
  let bytes = 0;
  const t0 = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < MIN_MS) {
    for (const d of docs) {
      parseTextOrHtml({ bytes: d.bytes, fileName: d.name });
      n++;
      bytes += d.bytes.length;
    }
    elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  const s = elapsed / 1000;
  const line = (metric, value, unit) => console.log(JSON.stringify({ bench: 'parse', metric, value: Number(value.toFixed(2)), unit }));
  line(`${form}_reports_per_s`, n / s, '1/s');
  line(`${form}_mb_per_s`, bytes / 1e6 / s, 'MB/s');
}
