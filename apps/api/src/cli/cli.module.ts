// What a CLI command boots: the database connection and the feature modules it asks for, without GraphQL (no schema
// built, no resolvers wired to a server), the HTTP middleware or the read cache. A command starts in a fraction of the
// API's time and holds one pool of connections.
import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { INestApplicationContext } from '@nestjs/common';
import { dataSourceOptions } from '../database/data-source';

@Module({})
export class CliModule {
  static register(databaseUrl: string, features: Type[]): DynamicModule {
    return { module: CliModule, imports: [TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl), retryAttempts: 0 }), ...features] };
  }
}

export const cliContext = (databaseUrl: string, features: Type[]): Promise<INestApplicationContext> =>
  NestFactory.createApplicationContext(CliModule.register(databaseUrl, features), { logger: ['error'] });
