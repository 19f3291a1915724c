import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { StartupError } from '../common/startup-error';
import { migrate, openDatabase } from '../database/database';
import { AppModule } from '../app.module';
import { IngestService, type IngestResult } from '../modules/ingest/ingest.service';

async function expand(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const st = await fs.stat(p).catch(() => null);
    if (st?.isDirectory()) out.push(...(await expand((await fs.readdir(p)).sort().map((n) => path.join(p, n)))));
    else out.push(p);
  }
  return out;
}

export async function runIngestCommand(args: string[]): Promise<number> {
  const files: string[] = [];
  const opts: { agency?: string; year?: number } = {};
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--agency') opts.agency = args[++i];
    else if (args[i] === '--year') opts.year = Number(args[++i]);
    else files.push(args[i]);
  }
  let db;
  try {
    db = await openDatabase();
    await migrate(db.url);
  } catch (e) {
    process.stderr.write(`ingest: ${e instanceof StartupError ? e.message : (e as Error).message}\n`);
    return 1;
  }
  const app = await NestFactory.createApplicationContext(AppModule.register({ databaseUrl: db.url }), { logger: ['error'] });
  try {
    const svc = app.get(IngestService);
    const results: IngestResult[] = [];
    for (const f of await expand(files)) {
      const bytes = await fs.readFile(f).catch((e: NodeJS.ErrnoException) => e);
      results.push(bytes instanceof Error
        ? { fileName: f, status: 'failed', error: `${f}: cannot read (${bytes.code})` }
        : await svc.ingest({ bytes, fileName: path.basename(f), agencyName: opts.agency, year: opts.year }));
    }
    const count = (s: string): number => results.filter((r) => r.status === s).length;
    process.stdout.write(`new ${count('new')}, unchanged ${count('unchanged')}, new revision ${count('new_revision')}, failed ${count('failed')}\n`);
    for (const r of results.filter((x) => x.status === 'failed')) process.stdout.write(`  failed: ${r.error}\n`);
    return count('failed') > 0 ? 1 : 0;
  } finally {
    await app.close();
    await db.embedded?.stop();
  }
}
