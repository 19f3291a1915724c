// Chooses the database: DATABASE_URL → a real server; otherwise PGlite in-process. Either way the app
// connects through `pg`, migrates, and reports problems as one line that says what and where.
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { StartupError } from '../common/startup-error';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
import { appConfig, type AppConfig } from '../config/app-config';

export interface Database {
  url: string;
  embedded: EmbeddedPostgres | null;
  describe: string;
}

function where(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

export function explainPgError(url: string, e: unknown): string {
  const err = e as NodeJS.ErrnoException & { code?: string };
  const at = where(url);
  switch (err.code) {
    case 'ECONNREFUSED':
      return `cannot reach PostgreSQL at ${at}: connection refused`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `cannot reach PostgreSQL at ${at}: unknown host`;
    case 'ETIMEDOUT':
      return `cannot reach PostgreSQL at ${at}: timed out`;
    case '28P01':
    case '28000':
      return `PostgreSQL at ${at} refused the login: ${err.message}`;
    case '3D000':
      return `PostgreSQL at ${at}: ${err.message}`;
    default:
      return `PostgreSQL at ${at}: ${err.message || String(e)}`;
  }
}

export async function checkConnection(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
  } catch (e) {
    throw new StartupError(explainPgError(url, e));
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function openDatabase(
  cfg: Pick<AppConfig, 'databaseUrl' | 'pgliteDataDir'> = appConfig(),
): Promise<Database> {
  if (cfg.databaseUrl) {
    await checkConnection(cfg.databaseUrl);
    return { url: cfg.databaseUrl, embedded: null, describe: `PostgreSQL at ${where(cfg.databaseUrl)}` };
  }
  const dir = cfg.pgliteDataDir;
  const embedded = await startEmbeddedPostgres(dir);
  return { url: embedded.url, embedded, describe: `embedded PostgreSQL (PGlite) in ${dir}` };
}

export async function migrate(url: string): Promise<void> {
  // No statement timeout: a migration over a large database may rightly take minutes.
  const ds: DataSource = createDataSource(url, 2, 0);
  try {
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
  } catch (e) {
    throw new StartupError(`migrations failed on ${where(url)}: ${(e as Error).message}`);
  } finally {
    if (ds.isInitialized) await ds.destroy();
  }
}
