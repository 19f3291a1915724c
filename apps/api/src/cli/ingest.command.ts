// `npm run cli -- ingest <files or dirs...> [--region 辽宁省/鞍山市] [--agency A] [--year Y] [--published-on YYYY-MM-DD] [--override]
//   [--concurrency N] [--batch N]`
// Parses in worker threads, stores --batch files per transaction on --concurrency lanes (a failing file still fails
// alone: IngestService.storeBatch), shows a progress bar, then a summary.
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { StartupError } from '../common/startup-error';
import { CLI_FEATURES, cliContext } from './cli.module';
import { migrate, openDatabase } from '../database/database';
import { givenDateProblem } from '../modules/ingest/given-date.util';
import { runIngestPipeline } from '../modules/ingest/ingest-pipeline';
import { IngestService, type IngestInput, type IngestResult } from '../modules/ingest/ingest.service';
import { ParsePool } from '../modules/ingest/parse-pool';

/** Files per transaction: enough to spread commit and statement planning, few enough that lanes rarely wait on each other's locks. */
const DEFAULT_BATCH = 16;
const REPORT_FILE = /\.(txt|html?|shtml|xhtml|pdf|docx?)$/i;

async function expand(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const st = await fs.stat(p).catch(() => null);
    if (st?.isDirectory()) {
      const names = (await fs.readdir(p)).sort().map((n) => path.join(p, n));
      const dirs = [];
      for (const n of names)
        if ((await fs.stat(n)).isDirectory()) dirs.push(n);
        else if (REPORT_FILE.test(n)) out.push(n);
      out.push(...(await expand(dirs)));
    } else out.push(p);
  }
  return out;
}

export interface IngestArgs {
  files: string[];
  agency?: string;
  year?: number;
  region?: string[];
  publishedOn?: string;
  concurrency: number;
  batch: number;
  override?: boolean;
}

const OPTIONS = {
  agency: { type: 'string' },
  year: { type: 'string' },
  region: { type: 'string' },
  'published-on': { type: 'string' },
  concurrency: { type: 'string' },
  batch: { type: 'string' },
  // The given --agency/--year over what the files print (otherwise a file printing another value fails with both).
  override: { type: 'boolean' },
} as const;

const positiveInt = (name: string, v: string): number | string => {
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 ? n : `--${name} ${v}: not a positive integer`;
};

/** The command line, or what is wrong with it (one sentence naming the option). */
export function parseIngestArgs(args: string[]): IngestArgs | string {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    return argError(e as Error & { code?: string });
  }
  const v = parsed.values;
  const o: IngestArgs = {
    files: parsed.positionals,
    concurrency: Math.max(2, os.availableParallelism()),
    batch: DEFAULT_BATCH,
  };
  // parseArgs takes `--agency --year` as the value "--year"; a value that looks like an option is a missing value.
  for (const name of ['agency', 'year', 'region', 'published-on', 'concurrency', 'batch'] as const) {
    if (v[name] !== undefined && (v[name] === '' || v[name].startsWith('--'))) return `--${name} needs a value`;
  }
  if (v.agency !== undefined) o.agency = v.agency;
  if (v.year !== undefined) {
    o.year = Number(v.year);
    if (!Number.isInteger(o.year) || o.year < 2000 || o.year > 2100) return `--year ${v.year}: not a year`;
  }
  if (v['published-on'] !== undefined) {
    const p = givenDateProblem(v['published-on']);
    if (p) return `--published-on ${p}`;
    o.publishedOn = v['published-on'];
  }
  if (v.region !== undefined)
    o.region = v.region
      .split(/[/·]/)
      .map((s) => s.trim())
      .filter(Boolean);
  for (const name of ['concurrency', 'batch'] as const) {
    if (v[name] === undefined) continue;
    const n = positiveInt(name, v[name]);
    if (typeof n === 'string') return n;
    o[name] = n;
  }
  if (v.override) o.override = true;
  return o.files.length ? o : 'no files or directories given';
}

// parseArgs's own messages, in the words this command used before: the option named, what it lacks.
function argError(e: Error & { code?: string }): string {
  const opt = /'(-[^' ]+)/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${opt}`;
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /argument missing|ambiguous/.test(e.message))
    return `${opt.split(' ')[0]} needs a value`;
  return e.message;
}

export function summarize(results: IngestResult[], seconds: number): string {
  const count = (s: string): number => results.filter((r) => r.status === s).length;
  const lines = [
    `${results.length} files in ${seconds.toFixed(1)} s: new ${count('new')}, unchanged ${count('unchanged')}, ` +
      `new revision ${count('new_revision')}, failed ${count('failed')}${count('claimed') ? `, claimed ${count('claimed')}` : ''}`,
  ];
  const kept = results.filter((r) => r.notCurrentReason);
  if (kept.length)
    lines.push(
      `stored as revisions, not current (the current copy reads better; an admin can switch): ${kept.length}`,
      ...kept.map((r) => `  ${r.fileName}: ${r.notCurrentReason}`),
    );
  const unresolved = results.filter((r) => r.status !== 'failed' && r.agencyResolved === false);
  if (unresolved.length)
    lines.push(
      `agency unresolved (stored; resolve with an alias, merge or move): ${unresolved.length}`,
      ...unresolved.map((r) => `  ${r.fileName}`),
    );
  for (const r of results.filter((x) => x.status === 'failed')) lines.push(`  failed: ${r.error}`);
  return `${lines.join('\n')}\n`;
}

export async function runIngestCommand(args: string[]): Promise<number> {
  const o = parseIngestArgs(args);
  if (typeof o === 'string') {
    process.stderr.write(`ingest: ${o}\n`);
    return 2;
  }
  let db;
  try {
    db = await openDatabase();
    await migrate(db.url);
  } catch (e) {
    process.stderr.write(`ingest: ${e instanceof StartupError ? e.message : (e as Error).message}\n`);
    return 1;
  }
  const app = await cliContext(db.url, CLI_FEATURES.ingest);
  const pool = new ParsePool({ threads: os.availableParallelism() });
  const started = Date.now();
  try {
    const files = await expand(o.files);
    const bar = new SingleBar(
      { format: 'ingest [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true },
      Presets.shades_classic,
    );
    bar.start(files.length, 0, { file: '' });
    // Reading and parsing run ahead of storing: while a lane waits on the database, the workers parse the next files.
    // A failed read or parse still fails only its own file.
    const load = async (i: number): Promise<IngestInput | IngestResult> => {
      const f = files[i];
      const bytes = await fs.readFile(f).catch((e: NodeJS.ErrnoException) => e);
      if (bytes instanceof Error)
        return { fileName: f, status: 'failed', error: `${f}: cannot read (${bytes.code ?? bytes.message})` };
      return {
        bytes,
        fileName: path.basename(f),
        agencyName: o.agency,
        year: o.year,
        region: o.region,
        publishedOn: o.publishedOn,
        override: o.override,
      };
    };
    const { results } = await runIngestPipeline(app.get(IngestService), files.length, load, pool.parse, {
      lanes: o.concurrency,
      batchSize: o.batch,
      ahead: pool.size * 2 + o.batch,
      onStored: (done, last) => bar.update(done, { file: path.basename(last) }),
    });
    bar.stop();
    process.stdout.write(summarize(results, (Date.now() - started) / 1000));
    return results.some((r) => r.status === 'failed') ? 1 : 0;
  } finally {
    await pool.close();
    await app.close();
    await db.embedded?.stop();
  }
}
