// Boots the real Nest app on the test database (migrated) for HTTP-level tests.
import type { NestExpressApplication } from '@nestjs/platform-express';
import { reloadConfig } from '../src/config/app-config';
import { migrate } from '../src/database/database';
import { createServer } from '../src/server';

export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: the db project globalSetup should have set it');
  return url;
}

export async function bootTestApp(opts: { schemaFile?: string } = {}): Promise<NestExpressApplication> {
  const url = testDatabaseUrl();
  reloadConfig(); // the app reads its settings once; a suite may have changed the environment before booting it
  await migrate(url);
  const app = await createServer({ databaseUrl: url, webDist: null, quiet: true, schemaFile: opts.schemaFile });
  await app.init();
  return app;
}
