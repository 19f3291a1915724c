// `npm start`: database (embedded unless DATABASE_URL), migrations, demo data on first start, API + dashboard.
import 'reflect-metadata';
import * as net from 'node:net';
import * as path from 'node:path';
import { drainAndClose } from './common/http/shutdown';
import { StartupError } from './common/startup-error';
import { appConfig } from './config/app-config';

const ROOT = path.resolve(__dirname, '../../..');

function fail(e: unknown, port?: number): never {
  const msg =
    e instanceof StartupError
      ? e.message
      : (e as NodeJS.ErrnoException).code === 'EADDRINUSE'
        ? `port ${port} is already in use; set PORT to another port`
        : ((e as Error).message ?? String(e));
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
  // The environment is read and checked here, once: a bad value stops the start before anything else happens.
  const cfg = appConfig();
  const { port, host } = cfg;
  await assertPortFree(port, host).catch((e: unknown) => fail(e, port));
  // Loaded after the checks above (Nest, Apollo and TypeORM take seconds to load), so a bad setting fails at once.
  const [{ migrate, openDatabase }, { DemoDataService }, { createServer }] = await Promise.all([
    import('./database/database.js'),
    import('./modules/ingest/demo-data.service.js'),
    import('./server.js'),
  ]);
  const db = await openDatabase(cfg);
  const shutdown = async (): Promise<void> => {
    await db.embedded?.stop();
  };
  process.once('exit', () => undefined);
  try {
    await migrate(db.url);
    const app = await createServer({ databaseUrl: db.url, webDist: path.join(ROOT, 'apps/web/dist') });
    await app.init();
    const demo = app.get(DemoDataService);
    if (cfg.demoData && (await demo.isEmpty())) {
      await demo.loadSamples(cfg.samplesDir ?? path.join(ROOT, 'data/samples'));
      await demo.loadSyntheticCity(cfg.demoSynthAgencies);
    }
    await app.listen(port, host);
    const actual = (app.getHttpServer().address() as { port: number }).port;
    const stop = async (): Promise<void> => {
      await drainAndClose(app);
      await shutdown();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop());
    process.once('SIGTERM', () => void stop());
    process.stdout.write(
      `Disclosure Hub ready in ${((Date.now() - started) / 1000).toFixed(1)} s on ${db.describe}\n` +
        `  dashboard: http://localhost:${actual}/\n  GraphQL:   http://localhost:${actual}/graphql\n`,
    );
  } catch (e) {
    await shutdown().catch(() => undefined);
    fail(e, port);
  }
}

main().catch(fail);
