export default async function globalTeardown(): Promise<void> {
  if (process.env.TEST_DB_KIND === 'pglite') {
    await globalThis.__EMBEDDED_PG__?.stop();
    delete process.env.DATABASE_URL;
  }
}
