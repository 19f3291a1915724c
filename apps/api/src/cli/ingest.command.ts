// `npm run cli -- ingest <files or dirs...> [--region 辽宁省/鞍山市] [--agency A] [--year Y] [--published-on YYYY-MM-DD] [--override] [--concurrency N]`
// Parses in worker threads, stores each report in its own transaction, shows a progress bar, then a summary.
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { SingleBar, Presets } from 'cli-progress';
import { StartupError } from '../common/startup-error';
import { migrate, openDatabase } from '../database/database';
import { AppModule } from '../app.module';
import { givenDateProblem } from '../modules/ingest/given-date.util';
import { IngestService, type IngestResult } from '../modules/ingest/ingest.service';
import { ParsePool } from '../modules/ingest/parse-pool';
import type { ParsedReport } from '@dh/domain';

const REPORT_FILE = /\.(txt|html?|shtml|xhtml|pdf|docx?)$/i;

async function expand(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const st = await fs.stat(p).catch(() => null);
    if (st?.isDirectory()) {
      const names = (await fs.readdir(p)).sort().map((n) => path.join(p, n));
      const dirs = [];
      for (const n of names) if ((await fs.stat(n)).isDirectory()) dirs.push(n); else if (REPORT_FILE.test(n)) out.push(n);
      out.push(...(await expand(dirs)));
    } else out.push(p);
  }
  return out;
}

export interface IngestArgs { files: string[]; agency?: string; year?: number; region?: string[]; publishedOn?: string; concurrency: number; override?: boolean }

export function parseIngestArgs(args: string[]): IngestArgs | string {
  const o: IngestArgs = { files: [], concurrency: Math.max(2, os.availableParallelism()) };
  for (let i = 0; i < args.length; i++) {
    const a = args[i], v = args[i + 1];
    if (['--agency', '--year', '--region', '--published-on', '--concurrency'].includes(a) && (v === undefined || v.startsWith('--'))) return `${a} needs a value`;
    if (a === '--agency') o.agency = args[++i];
    else if (a === '--year') { o.year = Number(args[++i]); if (!Number.isInteger(o.year) || o.year < 2000 || o.year > 2100) return `--year ${v}: not a year`; }
    else if (a === '--published-on') { o.publishedOn = args[++i]; const p = givenDateProblem(o.publishedOn); if (p) return `--published-on ${p}`; }
    else if (a === '--region') o.region = args[++i].split(/[/·]/).map((s) => s.trim()).filter(Boolean);
    else if (a === '--concurrency') { o.concurrency = Number(args[++i]); if (!Number.isInteger(o.concurrency) || o.concurrency < 1) return `--concurrency ${v}: not a positive integer`; }
    // The given --agency/--year over what the files print (otherwise a file printing another value fails with both).
    else if (a === '--override') o.override = true;
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else o.files.push(a);
  }
  return o.files.length ? o : 'no files or directories given';
}

export function summarize(results: IngestResult[], seconds: number): string {
  const count = (s: string): number => results.filter((r) => r.status === s).length;
  const lines = [`${results.length} files in ${seconds.toFixed(1)} s: new ${count('new')}, unchanged ${count('unchanged')}, ` +
    `new revision ${count('new_revision')}, failed ${count('failed')}${count('claimed') ? `, claimed ${count('claimed')}` : ''}`];
  const kept = results.filter((r) => r.notCurrentReason);
  if (kept.length) lines.push(`stored as revisions, not current (the current copy reads better; an admin can switch): ${kept.length}`,
    ...kept.map((r) => `  ${r.fileName}: ${r.notCurrentReason}`));
  const unresolved = results.filter((r) => r.status !== 'failed' && r.agencyResolved === false);
  if (unresolved.length) lines.push(`agency unresolved (stored; resolve with an alias, merge or move): ${unresolved.length}`,
    ...unresolved.map((r) => `  ${r.fileName}`));
  for (const r of results.filter((x) => x.status === 'failed')) lines.push(`  failed: ${r.error}`);
  return `${lines.join('\n')}\n`;
}

export async function runIngestCommand(args: string[]): Promise<number> {
  const o = parseIngestArgs(args);
  if (typeof o === 'string') { process.stderr.write(`ingest: ${o}\n`); return 2; }
  let db;
  try {
    db = await openDatabase();
    await migrate(db.url);
  } catch (e) {
    process.stderr.write(`ingest: ${e instanceof StartupError ? e.message : (e as Error).message}\n`);
    return 1;
  }
  const app = await NestFactory.createApplicationContext(AppModule.register({ databaseUrl: db.url }), { logger: ['error'] });
  const pool = new ParsePool({ threads: os.availableParallelism() });
  const started = Date.now();
  try {
    const svc = app.get(IngestService);
    const files = await expand(o.files);
    const bar = new SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true }, Presets.shades_classic);
    bar.start(files.length, 0, { file: '' });
    const results: IngestResult[] = new Array(files.length);
    // Reading and parsing run ahead of storing (a pipeline): while a lane waits on the database, the workers
    // parse the next files. The window bounds memory; a failed read or parse still fails only its own file.
    const ahead: (Promise<Buffer | Error> | undefined)[] = [];
    const read = (i: number): Promise<Buffer | Error> => (ahead[i] ??= fs.readFile(files[i]).catch((e: Error) => e));
    const parses: (Promise<ParsedReport> | undefined)[] = [];
    const parseAhead = (i: number): Promise<ParsedReport> => {
      if (parses[i]) return parses[i];
      const p = read(i).then((b) => (b instanceof Error ? Promise.reject(b) : pool.parse({ bytes: b, fileName: path.basename(files[i]) })));
      p.catch(() => undefined); // reported when its lane reaches it
      return (parses[i] = p);
    };
    const window = pool.size * 2 + o.concurrency;
    let next = 0;
    const lane = async (): Promise<void> => {
      for (let i = next++; i < files.length; i = next++) {
        const parsing = parseAhead(i);
        for (let k = i + 1; k < Math.min(i + window, files.length); k++) void parseAhead(k);
        const f = files[i];
        const bytes = await read(i);
        results[i] = bytes instanceof Error
          ? { fileName: f, status: 'failed', error: `${f}: cannot read (${(bytes as NodeJS.ErrnoException).code ?? bytes.message})` }
          : await svc.ingest({ bytes, fileName: path.basename(f), agencyName: o.agency, year: o.year, region: o.region, publishedOn: o.publishedOn, batch: true, override: o.override },
            () => parsing);
        delete ahead[i]; delete parses[i];
        bar.increment(1, { file: path.basename(f) });
      }
    };
    await Promise.all(Array.from({ length: o.concurrency }, lane));
    bar.stop();
    process.stdout.write(summarize(results, (Date.now() - started) / 1000));
    return results.some((r) => r.status === 'failed') ? 1 : 0;
  } finally {
    await pool.close();
    await app.close();
    await db.embedded?.stop();
  }
}
