// Backup and restore of either database. A real server: pg_dump's custom format and pg_restore (the client tools come
// with PostgreSQL). The embedded database: PGlite's own dump of its data directory (a gzipped tar), loaded back into a
// fresh directory; the directory must not be in use (the app stopped), as its lock file says. The two formats do not
// mix: each file is refused by the other kind of database with a message saying so.
import { PGlite } from '@electric-sql/pglite';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { StartupError } from '../common/startup-error';
import { takeLock } from './embedded-postgres';

const run = promisify(execFile);

export interface Counts {
  reports: number;
  revisions: number;
  agencies: number;
}
export type BackupKind = 'pg_dump' | 'pglite';

// What a backup holds, said after each operation: the operator sees at once whether it is the data they expected.
const COUNT_SQL = `SELECT (SELECT count(*) FROM report)::int AS reports, (SELECT count(*) FROM report_revision)::int AS revisions,
  (SELECT count(*) FROM agency)::int AS agencies`;

/** Which kind of backup a file is, from its first bytes: pg_dump's custom format starts "PGDMP", gzip 1f 8b. */
export function backupKindOf(head: Uint8Array): BackupKind | null {
  if (Buffer.from(head.subarray(0, 5)).toString('latin1') === 'PGDMP') return 'pg_dump';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  return null;
}

function kindOfFile(file: string): BackupKind | null {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(8);
    fs.readSync(fd, head, 0, 8, 0);
    return backupKindOf(head);
  } finally {
    fs.closeSync(fd);
  }
}

async function serverCounts(url: string): Promise<Counts> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<Counts>(COUNT_SQL)).rows[0];
  } finally {
    await c.end();
  }
}

async function tool(cmd: string, args: string[]): Promise<void> {
  try {
    await run(cmd, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT')
      throw new StartupError(`${cmd} is not installed (Debian: apt-get install postgresql-client)`);
    throw new StartupError(`${cmd} failed: ${(err.stderr ?? err.message).trim().split('\n').slice(-3).join(' ')}`);
  }
}

export async function backupServer(url: string, file: string): Promise<Counts> {
  await tool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${url}`]);
  return serverCounts(url);
}

/** Replaces the database's objects by the backup's, in one transaction: a failed restore leaves it as it was. */
export async function restoreServer(url: string, file: string): Promise<Counts> {
  if (kindOfFile(file) !== 'pg_dump')
    throw new StartupError(`${file} is not a backup of a PostgreSQL server (pg_dump custom format)`);
  await tool('pg_restore', [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--no-privileges',
    '--single-transaction',
    '--exit-on-error',
    `--dbname=${url}`,
    file,
  ]);
  return serverCounts(url);
}

async function embeddedCounts(db: PGlite): Promise<Counts> {
  return (await db.query<Counts>(COUNT_SQL)).rows[0];
}

export async function backupEmbedded(dataDir: string, file: string): Promise<Counts> {
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) throw new StartupError(`no embedded database in ${dataDir}`);
  const release = takeLock(dataDir);
  try {
    const db = await PGlite.create(dataDir);
    try {
      const tar = await db.dumpDataDir('gzip');
      fs.writeFileSync(file, Buffer.from(await tar.arrayBuffer()));
      return await embeddedCounts(db);
    } finally {
      await db.close();
    }
  } finally {
    release();
  }
}

/** Loads the backup into a fresh directory; the directory it replaces is kept beside it (returned), never deleted. */
export async function restoreEmbedded(
  dataDir: string,
  file: string,
): Promise<{ counts: Counts; keptAs: string | null }> {
  if (kindOfFile(file) !== 'pglite')
    throw new StartupError(`${file} is not a backup of the embedded database (PGlite data directory)`);
  fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const release = takeLock(dataDir);
  let keptAs: string | null = null;
  try {
    if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length) {
      keptAs = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      fs.renameSync(dataDir, keptAs);
    }
    try {
      const db = await PGlite.create({ dataDir, loadDataDir: new Blob([fs.readFileSync(file)]) });
      try {
        return { counts: await embeddedCounts(db), keptAs };
      } finally {
        await db.close();
      }
    } catch (e) {
      // Put the old directory back: a failed restore changes nothing.
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (keptAs) fs.renameSync(keptAs, dataDir);
      throw new StartupError(`restore from ${file} failed: ${(e as Error).message}`);
    }
  } finally {
    release();
  }
}
