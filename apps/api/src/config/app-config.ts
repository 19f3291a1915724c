// The one place that reads process.env: validated once at start (main.ts, the CLI), typed for everyone after.
// Modules ask appConfig(); nothing else in apps/api/src touches process.env.
import * as os from 'node:os';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { StartupError } from '../common/startup-error';
import { EnvVars, LOG_LEVELS } from './env.schema';

export type LogLevelName = (typeof LOG_LEVELS)[number];

export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string | null;
  pgliteDataDir: string;
  demoData: boolean;
  samplesDir: string | null;
  demoSynthAgencies: number;
  readOpen: boolean;
  rateLimitPerMin: number;
  logLevel: LogLevelName;
  homeRegion: string | null;
  session: { ttlMs: number; maxFailures: number; lockMs: number };
  monitor: { intervalMin: number; allowHosts: string[] };
  trustProxy: boolean | number | string;
  capacity: {
    poolMax: number;
    statementTimeoutMs: number;
    requestDeadlineMs: number;
    shutdownGraceMs: number;
    queueMax: number;
    queuePerClient: number;
    queueWaitMs: number;
  };
  readCache: { mb: number; ttlS: number };
  parsePool: { threads: number; timeoutMs: number; heapMb: number };
  graphql: { maxDepth: number; maxComplexity: number; dbFieldCost: number };
}

/** Express's `trust proxy` value: `true`, a hop count, or addresses/subnets such as `loopback`, `10.0.0.0/8`. */
function trustProxyOf(v: string | undefined): boolean | number | string {
  if (!v || v === 'false' || v === '0') return false;
  if (v === 'true') return true;
  return /^\d+$/.test(v) ? Number(v) : v;
}

/** Validates `env` (unset and blank values take their defaults); every bad variable is named in one StartupError. */
export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const given = Object.fromEntries(
    Object.entries(env)
      .map(([k, v]) => [k, v?.trim()])
      .filter(([, v]) => v),
  );
  const e = plainToInstance(EnvVars, given);
  // NaN fails both "whole number" and "at least": the first says what is wrong.
  const bad = validateSync(e, { forbidUnknownValues: false }).map(
    (v) =>
      `${v.constraints?.isInt ?? Object.values(v.constraints ?? {})[0] ?? `${v.property} is invalid`}, not "${given[v.property]}"`,
  );
  if (bad.length) throw new StartupError(`invalid configuration: ${bad.join('; ')}`);
  const db = e.DATABASE_URL ?? null;
  // The embedded database runs one query at a time on this process's thread: two at work, and longer waits queued.
  const poolMax = e.DB_POOL_MAX ?? (db ? 8 : 2);
  return {
    port: e.PORT ?? 3000,
    host: e.HOST ?? '0.0.0.0',
    databaseUrl: db,
    pgliteDataDir: e.PGLITE_DATA_DIR ?? 'data/pg',
    demoData: e.DEMO_DATA !== 'off',
    samplesDir: e.SAMPLES_DIR ?? null,
    demoSynthAgencies: e.DEMO_SYNTH_AGENCIES ?? 30,
    readOpen: e.READ_ACCESS !== 'token',
    rateLimitPerMin: e.RATE_LIMIT_PER_MIN ?? 600,
    logLevel: (e.LOG_LEVEL ?? 'warn') as LogLevelName,
    homeRegion: e.HOME_REGION ?? null,
    session: {
      ttlMs: (e.SESSION_MINUTES ?? 480) * 60_000,
      maxFailures: e.LOGIN_MAX_FAILURES ?? 5,
      lockMs: (e.LOGIN_LOCK_MINUTES ?? 15) * 60_000,
    },
    monitor: {
      intervalMin: e.MONITOR_INTERVAL_MIN ?? 0,
      allowHosts: (e.MONITOR_ALLOW_HOSTS ?? '')
        .split(',')
        .map((h) => h.trim())
        .filter(Boolean),
    },
    trustProxy: trustProxyOf(e.TRUST_PROXY),
    capacity: {
      poolMax,
      statementTimeoutMs: e.STATEMENT_TIMEOUT_MS ?? 15_000,
      // None by default on the embedded database: it cannot cancel, so stopping a read frees nothing there, and the
      // identical reads that waited for its answer each ran the query again (measured: 89 req/s instead of ~1,200).
      requestDeadlineMs: e.REQUEST_DEADLINE_MS ?? (db ? 9_000 : 0),
      shutdownGraceMs: e.SHUTDOWN_GRACE_MS ?? 10_000,
      queueMax: e.API_QUEUE_MAX ?? 1000,
      queuePerClient: e.API_QUEUE_PER_CLIENT ?? 50,
      queueWaitMs: e.API_QUEUE_WAIT_MS ?? (db ? 5_000 : 15_000),
    },
    readCache: { mb: e.READ_CACHE_MB ?? 64, ttlS: e.READ_CACHE_TTL_S ?? 60 },
    parsePool: {
      threads: e.PARSE_WORKERS ?? Math.max(1, Math.min(4, os.availableParallelism())),
      timeoutMs: e.PARSE_TIMEOUT_MS ?? 60_000,
      heapMb: e.PARSE_HEAP_MB ?? 512,
    },
    graphql: {
      maxDepth: e.GRAPHQL_MAX_DEPTH ?? 10,
      maxComplexity: e.GRAPHQL_MAX_COMPLEXITY ?? 3000,
      dbFieldCost: e.GRAPHQL_DB_FIELD_COST ?? 25,
    },
  };
}

let current: AppConfig | null = null;

/** The configuration, read from the environment on first use and kept: a start-up check, not a per-request lookup. */
export function appConfig(): AppConfig {
  current ??= loadConfig(process.env);
  return current;
}

/** Reads the environment again: for tests that boot an app with other settings, and for nothing at run time. */
export function reloadConfig(overrides: NodeJS.ProcessEnv = {}): AppConfig {
  current = loadConfig({ ...process.env, ...overrides });
  return current;
}
