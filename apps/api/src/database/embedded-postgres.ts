// In-process PostgreSQL (PGlite) behind a socket server, so the app reaches it with the ordinary `pg` driver:
// the same code path as a real server. A lock file keeps two processes from opening one data directory.
// PGlite and its socket server run in a worker thread: PGlite computes each query synchronously, and on the app's own
// thread that froze every request (cached answers and the queue's 503s included) until the query ended.
// PGlite accepts any user without a password, so the server listens on a Unix socket in a directory only this
// user can enter (0700), not on a TCP port that any local process could reach.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { StartupError } from '../common/startup-error';
import { startPgliteThread } from './pglite-thread';
import { isAlive } from './process-alive';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

export function takeLock(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number(fs.readFileSync(lockFile, 'utf8'));
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new StartupError(
          `embedded database ${dataDir} is in use by process ${holder}; stop it or set PGLITE_DATA_DIR`,
        );
      }
      // A lock left by a process that died: take it over.
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new StartupError(`could not lock embedded database ${dataDir}`);
}

function prepareDir(dataDir: string): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.accessSync(dataDir, fs.constants.W_OK);
    fs.accessSync(path.dirname(path.resolve(dataDir)), fs.constants.W_OK);
  } catch (e) {
    throw new StartupError(
      `embedded database directory ${dataDir} is not writable (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
}

/** `dataDir` is a directory, or `memory://` for a throwaway database. */
export async function startEmbeddedPostgres(dataDir: string, maxConnections = 20): Promise<EmbeddedPostgres> {
  const inMemory = dataDir.startsWith('memory://');
  let release = (): void => undefined;
  if (!inMemory) {
    prepareDir(dataDir);
    release = takeLock(dataDir);
  }
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-pglite-'));
  const dropSocketDir = () => fs.rmSync(socketDir, { recursive: true, force: true });
  try {
    fs.chmodSync(socketDir, 0o700);
    // `.s.PGSQL.5432` in a directory: the name libpq and `pg` look for when `host` is a directory.
    const thread = await startPgliteThread({
      dataDir: inMemory ? undefined : dataDir,
      socketPath: path.join(socketDir, '.s.PGSQL.5432'),
      maxConnections,
    });
    const url = `postgres://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}&sslmode=disable`;
    let stopping: Promise<void> | null = null;
    return {
      url,
      stop() {
        // Twice (a signal during shutdown) is once.
        stopping ??= thread.stop().finally(() => {
          dropSocketDir();
          release();
        });
        return stopping;
      },
    };
  } catch (e) {
    dropSocketDir();
    release();
    if (e instanceof StartupError) throw e;
    throw new StartupError(`embedded database ${dataDir} could not start: ${(e as Error).message}`);
  }
}
