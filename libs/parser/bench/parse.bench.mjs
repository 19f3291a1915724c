// Parse throughput, one core, per form. Run against the built library:
//   npx tsc -b libs/parser/tsconfig.json && node libs/parser/bench/parse.bench.mjs
// Prints one JSON line per metric: {"bench":"parse","metric":"html_reports_per_s","value":N,"unit":"1/s","per_cpu_s":M,...}.
// HTML sets are also parsed with the region scan off (`*_full_page_reports_per_s`), and `ratio` is the scan's reports
// per CPU-second over that baseline's. The two sides run in separate child processes taking turns, so load on the
// machine falls on both alike and neither pays the other's garbage collection (within one process, the side that
// ran after the whole-page DOM path collected its garbage: the streaming path measured up to 1.8× slower so).
// html_* / text_*: the sample reports in data/samples (the HTML ones are whole CMS pages of 100–370 KB, most of
// it Word inline styles; the byte path skips those, so reports/s there goes with the pages' 1,800–3,900 tags).
// synth_html_* / synth_text_*: a fixed set of synthetic reports from @dh/synth (report-sized pages, no CMS
// chrome; build it with `npx tsc -b libs/synth/tsconfig.json`). Skipped when @dh/synth is not built.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';

const require = createRequire(import.meta.url);
const { parseTextOrHtml } = require('@dh/parser');
const root = join(dirname(fileURLToPath(import.meta.url)), '../../../data/samples');
const MIN_MS = Number(process.env.BENCH_MS ?? 2000);

const files = [
  ...readdirSync(join(root, 'reports')).map((f) => join(root, 'reports', f)),
  ...readdirSync(join(root, 'seeds')).map((f) => join(root, 'seeds', f)),
].filter((f) => /\.(html?|txt)$/.test(f));
const byForm = { html: [], text: [] };
for (const f of files)
  byForm[/\.html?$/.test(f) ? 'html' : 'text'].push({ name: f.split('/').pop(), bytes: readFileSync(f) });
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

const r2 = (x) => Number(x.toFixed(2));
const line = (metric, value, unit, extra = {}) =>
  console.log(JSON.stringify({ bench: 'parse', metric, value: r2(value), unit, ...extra }));

// One pass over a set; wall and CPU time both, since the machine is often shared (CPU-seconds hold steadier).
function pass(docs, htmlScan, acc) {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (const d of docs) {
    parseTextOrHtml({ bytes: d.bytes, fileName: d.name, htmlScan });
    acc.n++;
    acc.bytes += d.bytes.length;
  }
  const c = process.cpuUsage(c0);
  acc.wall += Number(process.hrtime.bigint() - t0) / 1e9;
  acc.cpu += (c.user + c.system) / 1e6;
}

const newAcc = () => ({ n: 0, bytes: 0, wall: 0, cpu: 0 });
const WARM_MS = 150;
const ROUNDS = 2;
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

// Child: one side of one set for `ms` of CPU time, after an untimed warm-up (CPU time too: under load, wall-clock
// budgets left the JIT cold); prints its totals.
if (process.env.PARSE_BENCH_CHILD) {
  const { form, mode, ms } = JSON.parse(process.env.PARSE_BENCH_CHILD);
  const docs = sets.find(([f]) => f === form)[1];
  const htmlScan = mode ?? undefined;
  for (const t = cpuMs(); cpuMs() - t < WARM_MS;) pass(docs, htmlScan, newAcc());
  const acc = newAcc();
  for (const t = cpuMs(); cpuMs() - t < ms;) pass(docs, htmlScan, acc);
  console.log(JSON.stringify(acc));
  process.exit(0);
}

function turn(form, mode, ms, acc) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url)], {
    env: { ...process.env, PARSE_BENCH_CHILD: JSON.stringify({ form, mode, ms }) },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`parse bench child (${form}, ${mode}) failed: ${r.stderr}`);
  const got = JSON.parse(r.stdout.trim().split('\n').pop());
  for (const k of Object.keys(acc)) acc[k] += got[k];
}

for (const [form, docs] of sets) {
  if (!docs.length) continue;
  const html = form.endsWith('html');
  const modes = html ? ['full', null] : [null];
  const acc = new Map(modes.map((m) => [m, newAcc()]));
  if (html) {
    // Whole page (htmlScan 'full', the same run's baseline) and region scan, ROUNDS turns each, alternating who goes first.
    for (let r = 0; r < ROUNDS; r++)
      for (const m of r % 2 ? [...modes].reverse() : modes) turn(form, m, MIN_MS / ROUNDS, acc.get(m));
  } else {
    for (const m of modes)
      for (const d of docs) parseTextOrHtml({ bytes: d.bytes, fileName: d.name, htmlScan: m ?? undefined }); // warm-up
    for (const t0 = Date.now(); Date.now() - t0 < MIN_MS;) pass(docs, undefined, acc.get(null));
  }
  const main = acc.get(null);
  const base = html ? acc.get('full') : null;
  const load = { loadavg: os.loadavg().map(r2) };
  if (base)
    line(`${form}_full_page_reports_per_s`, base.n / base.wall, '1/s', { per_cpu_s: r2(base.n / base.cpu), ...load });
  line(`${form}_reports_per_s`, main.n / main.wall, '1/s', {
    per_cpu_s: r2(main.n / main.cpu),
    ...(base
      ? {
          ratio: r2(main.n / main.cpu / (base.n / base.cpu)),
          baseline: `${form}_full_page_reports_per_s (per CPU-second)`,
        }
      : {}),
    ...load,
  });
  line(`${form}_mb_per_s`, main.bytes / 1e6 / main.wall, 'MB/s');
}
