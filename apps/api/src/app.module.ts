import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './database/data-source';
import { AgencyModule } from './modules/agency/agency.module';
import { IngestModule } from './modules/ingest/ingest.module';
import { ReportModule } from './modules/report/report.module';

export interface AppOptions {
  databaseUrl: string;
  /** Where to write the generated schema; false keeps it in memory (tests, production). */
  schemaFile?: string | false;
}

@Module({})
export class AppModule {
  static register(opts: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions(opts.databaseUrl), retryAttempts: 0 }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: opts.schemaFile ? opts.schemaFile : true,
          sortSchema: true,
          path: '/graphql',
          csrfPrevention: true,
          includeStacktraceInErrorResponses: false,
        }),
        AgencyModule,
        ReportModule,
        IngestModule,
      ],
    };
  }
}
