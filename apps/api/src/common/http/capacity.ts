// The capacity settings in one place: the database pool, how many requests work at once, how many may wait, and how
// long one statement may run. Defaults are sized for the 2-core machine the app and PostgreSQL share (docs/reliability.md).
import { appConfig, type AppConfig } from '../../config/app-config';
import type { AdmissionOptions } from './admission';

export interface Capacity {
  poolMax: number;
  statementTimeoutMs: number;
  requestDeadlineMs: number;
  shutdownGraceMs: number;
  admission: AdmissionOptions;
}

/**
 * DB_POOL_MAX (8; 2 on the embedded database): connections; PostgreSQL on 2 cores gains nothing from more than a few running queries, and each
 * admitted request gets a connection without waiting. API_QUEUE_MAX (1000) waiting requests in all, API_QUEUE_PER_CLIENT
 * (50) of one client, API_QUEUE_WAIT_MS (5000 on a server, under a browser's or proxy's patience; 15000 on the embedded
 * database) before a waiting request is refused, STATEMENT_TIMEOUT_MS (15000), REQUEST_DEADLINE_MS (9000 on a server,
 * none on the embedded database; 0: none) from the arrival of a GraphQL read to its answer (under the 10 s a client or
 * proxy commonly waits: past it the answer is a 503, never no answer), SHUTDOWN_GRACE_MS (10000) for requests at work
 * to finish when the app is stopped. Read and checked by config/app-config.ts.
 */
export function capacity(cfg: AppConfig = appConfig()): Capacity {
  const c = cfg.capacity;
  // One dashboard page sends about eight reads at once; on the embedded database two run and the rest wait their
  // turn. On a busy two-core machine that burst took more than 5 s, and the refused `whoami` left an admin a visitor:
  // hence the longer default wait there (app-config.ts).
  return {
    poolMax: c.poolMax,
    statementTimeoutMs: c.statementTimeoutMs,
    requestDeadlineMs: c.requestDeadlineMs,
    shutdownGraceMs: c.shutdownGraceMs,
    admission: { concurrency: c.poolMax, maxQueue: c.queueMax, perClient: c.queuePerClient, maxWaitMs: c.queueWaitMs },
  };
}
