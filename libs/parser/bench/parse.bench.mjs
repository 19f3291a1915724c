// Parse throughput on the sample reports, one core, per form. Run against the built library:
//   npx tsc -b libs/parser/tsconfig.json && node libs/parser/bench/parse.bench.mjs
// Prints one JSON line per metric: {"bench":"parse","metric":"html_reports_per_s","value":N,"unit":"1/s"}.
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

for (const [form, docs] of Object.entries(byForm)) {
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
