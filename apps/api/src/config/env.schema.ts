// Every environment variable the API and CLI read, as class-validator rules: a wrong value stops the start with a line
// naming the variable, instead of a NaN or a silent default deep inside a module. README's table says what each means.
import 'reflect-metadata'; // class-transformer's @Type reads design metadata, also outside Nest (CLI, unit tests)
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

const int =
  (min: number, max = Number.MAX_SAFE_INTEGER): PropertyDecorator =>
  (target, key) => {
    Type(() => Number)(target, key);
    IsOptional()(target, key);
    IsInt({ message: `${String(key)} must be a whole number` })(target, key);
    Min(min, { message: `${String(key)} must be at least ${min}` })(target, key);
    Max(max, { message: `${String(key)} must be at most ${max}` })(target, key);
  };
const text = (): PropertyDecorator => (target, key) => {
  IsOptional()(target, key);
  IsString()(target, key);
};
const oneOf =
  (values: readonly string[]): PropertyDecorator =>
  (target, key) => {
    IsOptional()(target, key);
    IsIn(values, { message: `${String(key)} must be one of ${values.join(', ')}` })(target, key);
  };

export const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;

export class EnvVars {
  @int(0, 65_535) PORT?: number;
  @text() HOST?: string;
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;
  @text() PGLITE_DATA_DIR?: string;
  @oneOf(['on', 'off']) DEMO_DATA?: string;
  @text() SAMPLES_DIR?: string;
  @int(0) DEMO_SYNTH_AGENCIES?: number;
  @oneOf(['open', 'token']) READ_ACCESS?: string;
  @int(0) RATE_LIMIT_PER_MIN?: number;
  @oneOf(LOG_LEVELS) LOG_LEVEL?: string;
  @text() HOME_REGION?: string;
  @int(1) SESSION_MINUTES?: number;
  @int(1) LOGIN_MAX_FAILURES?: number;
  @int(1) LOGIN_LOCK_MINUTES?: number;
  @int(0) MONITOR_INTERVAL_MIN?: number;
  @text() MONITOR_ALLOW_HOSTS?: string;
  @text() TRUST_PROXY?: string;
  @int(1) DB_POOL_MAX?: number;
  @int(0) API_QUEUE_MAX?: number;
  @int(0) API_QUEUE_PER_CLIENT?: number;
  @int(1) API_QUEUE_WAIT_MS?: number;
  @int(0) STATEMENT_TIMEOUT_MS?: number;
  @int(0) REQUEST_DEADLINE_MS?: number;
  @int(0) SHUTDOWN_GRACE_MS?: number;
  @int(0) READ_CACHE_MB?: number;
  @int(0) READ_CACHE_TTL_S?: number;
  @int(1, 64) PARSE_WORKERS?: number;
  @int(1) PARSE_TIMEOUT_MS?: number;
  @int(16) PARSE_HEAP_MB?: number;
  @int(1) GRAPHQL_MAX_DEPTH?: number;
  @int(1) GRAPHQL_MAX_COMPLEXITY?: number;
  @int(0) GRAPHQL_DB_FIELD_COST?: number;
  // Read by libs/parser itself (inside parse workers, which have no API config); checked here so a bad one fails at start.
  @int(16) PDF_WORKER_HEAP_MB?: number;
  @int(1) DOCX_MAX_UNPACKED_MB?: number;
}

export type EnvName = keyof EnvVars;
