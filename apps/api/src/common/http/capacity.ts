// The capacity settings in one place: the database pool, how many requests work at once, how many may wait, and how
// long one statement may run. Defaults are sized for the 2-core machine the app and PostgreSQL share (docs/reliability.md).
import type { AdmissionOptions } from './admission';

export interface Capacity { poolMax: number; statementTimeoutMs: number; requestDeadlineMs: number; shutdownGraceMs: number; admission: AdmissionOptions }

function int(env: NodeJS.ProcessEnv, name: string, dflt: number, min: number): number {
  const v = env[name];
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer of at least ${min}, not "${v}"`);
  return n;
}

/**
 * DB_POOL_MAX (8; 2 on the embedded database): connections; PostgreSQL on 2 cores gains nothing from more than a few running queries, and each
 * admitted request gets a connection without waiting. API_QUEUE_MAX (1000) waiting requests in all, API_QUEUE_PER_CLIENT
 * (50) of one client, API_QUEUE_WAIT_MS (5000 on a server, under a browser's or proxy's patience; 15000 on the embedded
 * database) before a waiting request is refused, STATEMENT_TIMEOUT_MS (15000), REQUEST_DEADLINE_MS (9000 on a server,
 * none on the embedded database; 0: none) from
 * the arrival of a GraphQL read to its answer (under the 10 s a client or proxy commonly waits: past it the answer is
 * a 503, never no answer), SHUTDOWN_GRACE_MS (10000) for requests at work to finish when the app is stopped.
 */
export function capacity(env: NodeJS.ProcessEnv = process.env): Capacity {
  // The embedded database (no DATABASE_URL) runs one query at a time (in its own thread): more requests at work only
  // make each slower, so two, and the queue refuses the rest.
  const poolMax = int(env, 'DB_POOL_MAX', env.DATABASE_URL ? 8 : 2, 1);
  return {
    poolMax,
    statementTimeoutMs: int(env, 'STATEMENT_TIMEOUT_MS', 15_000, 0),
    // None by default on the embedded database: it cannot cancel, so stopping a read frees nothing there, and the
    // identical reads that waited for its answer each ran the query again (measured: 89 req/s instead of ~1,200).
    requestDeadlineMs: int(env, 'REQUEST_DEADLINE_MS', env.DATABASE_URL ? 9_000 : 0, 0),
    shutdownGraceMs: int(env, 'SHUTDOWN_GRACE_MS', 10_000, 0),
    admission: {
      concurrency: poolMax,
      maxQueue: int(env, 'API_QUEUE_MAX', 1000, 0),
      perClient: int(env, 'API_QUEUE_PER_CLIENT', 50, 0),
      // One dashboard page sends about eight reads at once; on the embedded database two run and the rest wait their
      // turn. On a busy two-core machine that burst took more than 5 s, and the refused `whoami` left an admin a visitor.
      maxWaitMs: int(env, 'API_QUEUE_WAIT_MS', env.DATABASE_URL ? 5_000 : 15_000, 1),
    },
  };
}
