// One place that turns configuration into a TypeORM DataSource: used by the app, the CLI and the tests.
import { DataSource, type DataSourceOptions } from 'typeorm';
import { capacity } from '../common/http/capacity';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export function dataSourceOptions(
  url: string,
  poolMax = capacity().poolMax,
  statementTimeoutMs = capacity().statementTimeoutMs,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    // uuid-ossp is not available in PGlite; pgcrypto's gen_random_uuid() is core in both.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // A statement past its time is cancelled by the server (57014), so no query holds a connection indefinitely.
    extra: {
      max: poolMax,
      connectionTimeoutMillis: 5000,
      ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}),
    },
    logging: ['error'],
  };
}

export function createDataSource(url: string, poolMax?: number, statementTimeoutMs?: number): DataSource {
  return new DataSource(dataSourceOptions(url, poolMax, statementTimeoutMs));
}
