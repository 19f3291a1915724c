// Database suites run against PGlite (in this process, outside Jest's VM, which PGlite's dynamic import needs)
// unless DATABASE_URL names a real server. Each run gets a fresh schema.
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';

declare global {
  var __EMBEDDED_PG__: { stop(): Promise<void> } | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    const c = new Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    // A clean database each run: drop everything the migrations made last time.
    await c.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    await c.end();
    process.env.TEST_DB_KIND = 'postgres';
    return;
  }
  const pg = await startEmbeddedPostgres('memory://');
  globalThis.__EMBEDDED_PG__ = pg;
  process.env.DATABASE_URL = pg.url;
  process.env.TEST_DB_KIND = 'pglite';
}
