// Each CLI command boots only what it uses (cli/cli.module.ts): its service resolves, with every provider its modules
// inject, and no GraphQL schema is built.
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { CLI_FEATURES, cliContext } from '../src/cli/cli.module';
import { migrate } from '../src/database/database';
import { AccountService } from '../src/modules/account/account.service';
import { AuthService } from '../src/modules/auth/auth.service';
import { IngestService } from '../src/modules/ingest/ingest.service';
import { MonitorService } from '../src/modules/monitor/monitor.service';
import { testDatabaseUrl } from './test-app';

const WANTED: Record<keyof typeof CLI_FEATURES, unknown> = {
  ingest: IngestService,
  token: AuthService,
  account: AccountService,
  monitor: MonitorService,
};

describe(`CLI contexts (${process.env.TEST_DB_KIND ?? 'db'})`, () => {
  beforeAll(async () => {
    await migrate(testDatabaseUrl());
  }, 120_000);

  it.each(Object.keys(WANTED) as (keyof typeof CLI_FEATURES)[])(
    '%s: its service resolves, and no GraphQL is booted',
    async (name) => {
      const app = await cliContext(testDatabaseUrl(), CLI_FEATURES[name]);
      try {
        expect(app.get(WANTED[name] as never)).toBeInstanceOf(WANTED[name] as never);
        expect(() => app.get(GraphQLSchemaHost, { strict: false })).toThrow();
      } finally {
        await app.close();
      }
    },
    60_000,
  );
});
