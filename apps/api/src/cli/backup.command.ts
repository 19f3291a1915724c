// `npm run cli -- backup <file>` / `restore <file>`: the database at DATABASE_URL (pg_dump / pg_restore), else the
// embedded one in PGLITE_DATA_DIR (default data/pg; the app must be stopped). Prints what the database holds afterwards.
import { StartupError } from '../common/startup-error';
import { backupEmbedded, backupServer, restoreEmbedded, restoreServer, type Counts } from '../database/backup';
import { checkConnection, migrate } from '../database/database';
import { appConfig } from '../config/app-config';

const said = (c: Counts): string => `${c.reports} reports, ${c.revisions} revisions, ${c.agencies} bodies`;

export async function runBackupCommand(op: 'backup' | 'restore', args: string[]): Promise<number> {
  const file = args[0];
  if (!file || args.length > 1) {
    process.stderr.write(`usage: ${op} <file>\n`);
    return 2;
  }
  const url = appConfig().databaseUrl;
  const dir = appConfig().pgliteDataDir;
  try {
    if (op === 'backup') {
      if (url) await checkConnection(url);
      const c = url ? await backupServer(url, file) : await backupEmbedded(dir, file);
      process.stdout.write(
        `backed up ${url ? 'the PostgreSQL database' : `the embedded database ${dir}`} to ${file}: ${said(c)}\n`,
      );
      return 0;
    }
    if (url) {
      await checkConnection(url);
      const c = await restoreServer(url, file);
      // A backup made before later migrations gets them now, as the app would at its next start.
      await migrate(url);
      process.stdout.write(`restored ${file} into the PostgreSQL database: ${said(c)}\n`);
    } else {
      const { counts, keptAs } = await restoreEmbedded(dir, file);
      process.stdout.write(
        `restored ${file} into the embedded database ${dir}: ${said(counts)}${keptAs ? `; the previous directory is kept as ${keptAs}` : ''}\n`,
      );
    }
    return 0;
  } catch (e) {
    process.stderr.write(`${op}: ${e instanceof StartupError ? e.message : (e as Error).message}\n`);
    return 1;
  }
}
