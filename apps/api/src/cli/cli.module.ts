// What a CLI command boots: the database connection and the feature modules it asks for, without GraphQL (no schema
// built, no resolvers wired to a server), the HTTP middleware or the read cache. A command starts in a fraction of the
// API's time and holds one pool of connections.
import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { INestApplicationContext } from '@nestjs/common';
import { ReadCacheModule } from '../common/cache/read-cache.module';
import { dataSourceOptions } from '../database/data-source';
import { AccountModule } from '../modules/account/account.module';
import { AuthModule } from '../modules/auth/auth.module';
import { IngestModule } from '../modules/ingest/ingest.module';
import { MonitorModule } from '../modules/monitor/monitor.module';

@Module({})
export class CliModule {
  static register(databaseUrl: string, features: Type[]): DynamicModule {
    return {
      module: CliModule,
      imports: [TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl), retryAttempts: 0 }), ...features],
    };
  }
}

export const cliContext = (databaseUrl: string, features: Type[]): Promise<INestApplicationContext> =>
  NestFactory.createApplicationContext(CliModule.register(databaseUrl, features), { logger: ['error'] });

/**
 * What each command boots. Global providers its modules inject must come too: the account resolver takes AuthService;
 * the monitor's scheduler bumps the read cache's generation (the CLI has no cache to keep, but the provider must exist).
 */
export const CLI_FEATURES = {
  ingest: [IngestModule],
  token: [AuthModule],
  account: [AuthModule, AccountModule],
  monitor: [ReadCacheModule, MonitorModule],
} satisfies Record<string, Type[]>;
