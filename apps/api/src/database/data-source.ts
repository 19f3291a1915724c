// One place that turns configuration into a TypeORM DataSource: used by the app, the CLI and the tests.
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export function dataSourceOptions(url: string, poolMax = 10): DataSourceOptions {
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
    extra: { max: poolMax, connectionTimeoutMillis: 5000 },
    logging: ['error'],
  };
}

export function createDataSource(url: string, poolMax?: number): DataSource {
  return new DataSource(dataSourceOptions(url, poolMax));
}
