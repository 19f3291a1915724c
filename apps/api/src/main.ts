// `npm start`: database (embedded unless DATABASE_URL), migrations, demo data on first start, API + dashboard.
import 'reflect-metadata';
import * as net from 'node:net';
import * as path from 'node:path';
import { drainAndClose } from './common/http/shutdown';
import { StartupError } from './common/startup-error';
import { migrate, openDatabase } from './database/database';
import { DemoDataService } from './modules/ingest/demo-data.service';
import { createServer } from './server';

const ROOT = path.resolve(__dirname, '../../..');

function fail(e: unknown): never {
  const msg = e instanceof StartupError ? e.message : (e as NodeJS.ErrnoException).code === 'EADDRINUSE'
    ? `port ${process.env.PORT ?? 3000} is already in use; set PORT to another port` : (e as Error).message ?? String(e);
  process.stderr.write(`disclosure-hub: cannot start: ${msg}\n`);
  process.exit(1);
}

// Probe the port before the database starts, so a taken port fails fast with one line (Nest would log a stack first).
function assertPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '0.0.0.0';
  await assertPortFree(port, host);
  const db = await openDatabase();
  const shutdown = async (): Promise<void> => { await db.embedded?.stop(); };
  process.once('exit', () => undefined);
  try {
    await migrate(db.url);
    const app = await createServer({ databaseUrl: db.url, webDist: path.join(ROOT, 'apps/web/dist') });
    await app.init();
    const demo = app.get(DemoDataService);
    if (process.env.DEMO_DATA !== 'off' && (await demo.isEmpty())) {
      await demo.loadSamples(process.env.SAMPLES_DIR ?? path.join(ROOT, 'data/samples'));
      await demo.loadSyntheticCity(Number(process.env.DEMO_SYNTH_AGENCIES ?? 30));
    }
    await app.listen(port, host);
    const actual = (app.getHttpServer().address() as { port: number }).port;
    const stop = async (): Promise<void> => { await drainAndClose(app); await shutdown(); process.exit(0); };
    process.once('SIGINT', () => void stop());
    process.once('SIGTERM', () => void stop());
    process.stdout.write(
      `Disclosure Hub ready in ${((Date.now() - started) / 1000).toFixed(1)} s on ${db.describe}\n` +
      `  dashboard: http://localhost:${actual}/\n  GraphQL:   http://localhost:${actual}/graphql\n`);
  } catch (e) {
    await shutdown().catch(() => undefined);
    fail(e);
  }
}

main().catch(fail);
