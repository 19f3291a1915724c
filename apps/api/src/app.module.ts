import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './database/data-source';
import { AgencyModule } from './modules/agency/agency.module';
import { IngestModule } from './modules/ingest/ingest.module';
import { ReportModule } from './modules/report/report.module';
import { RevisionModule } from './modules/revision/revision.module';
import { CorrectionModule } from './modules/correction/correction.module';
import { formatError } from './common/graphql/format-error';
import { LimitsPlugin } from './common/graphql/limits.plugin';
import { OverloadPlugin } from './common/graphql/overload.plugin';
import { AuthModule } from './modules/auth/auth.module';
import { CollectionModule } from './modules/collection/collection.module';
import { CompareModule } from './modules/compare/compare.module';
import { FindingModule } from './modules/finding/finding.module';
import { MetricModule } from './modules/metric/metric.module';
import { RankingModule } from './modules/ranking/ranking.module';
import { RegionModule } from './modules/region/region.module';
import { ScoringProfileModule } from './modules/scoring-profile/scoring-profile.module';
import { SeriesModule } from './modules/series/series.module';
import { ExplorerModule } from './modules/explorer/explorer.module';
import { ExportModule } from './modules/export/export.module';
import { RosterModule } from './modules/roster/roster.module';
import { RollupModule } from './modules/rollup/rollup.module';
import { MonitorModule } from './modules/monitor/monitor.module';
import { SubmissionModule } from './modules/submission/submission.module';
import { RateLimitMiddleware } from './common/http/rate-limit.middleware';
import { GraphqlNestingMiddleware } from './common/graphql/nesting.middleware';
import { AdmissionMiddleware, AdmissionQueue } from './common/http/admission.middleware';
import { InFlight, markArrival } from './common/http/in-flight';
import { ReadCacheMiddleware } from './common/cache/read-cache.middleware';
import { ReadCacheModule } from './common/cache/read-cache.module';

export interface AppOptions {
  databaseUrl: string;
  /** Where to write the generated schema; false keeps it in memory (tests, production). */
  schemaFile?: string | false;
}

@Module({})
export class AppModule implements NestModule {
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
          formatError,
          context: ({ req }: { req: unknown }) => ({ req }),
          // Apollo installs cache-control by default, a hook on every resolved field; nothing here sends cache hints.
          plugins: [ApolloServerPluginCacheControlDisabled()],
        }),
        ReadCacheModule,
        AgencyModule,
        ReportModule,
        RevisionModule,
        CorrectionModule,
        IngestModule,
        AuthModule,
        MetricModule,
        RegionModule,
        SeriesModule,
        CompareModule,
        ScoringProfileModule,
        RankingModule,
        FindingModule,
        CollectionModule,
        ExportModule,
        ExplorerModule,
        RosterModule,
        RollupModule,
        MonitorModule,
        SubmissionModule,
      ],
      providers: [LimitsPlugin, OverloadPlugin, AdmissionQueue, InFlight],
    };
  }

  // Only the API is limited; the dashboard's static files and /explorer are not.
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(markArrival).forRoutes('graphql', 'api/*path');
    consumer.apply(RateLimitMiddleware).forRoutes('graphql', 'api/*path');
    // Cached reads are answered before the nesting check (their text passed it when they were computed) and before the
    // admission queue: they need no database connection.
    consumer.apply(ReadCacheMiddleware).forRoutes('graphql', 'api/*path');
    consumer.apply(GraphqlNestingMiddleware).forRoutes('graphql');
    consumer.apply(AdmissionMiddleware).forRoutes('graphql', 'api/*path');
  }
}
