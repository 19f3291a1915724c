// `npm run cli -- monitor [--once] [--year Y] [--every MIN] [--allow-host H]`: the publication check from the shell.
// util.parseArgs reads the flags (Node's own parser: typed, with clear errors for unknown options).
import { parseArgs } from 'node:util';
import { StartupError } from '../common/startup-error';
import { migrate, openDatabase } from '../database/database';
import { MonitorService } from '../modules/monitor/monitor.service';
import { CLI_FEATURES, cliContext } from './cli.module';
import { appConfig } from '../config/app-config';

const USAGE = 'usage: monitor [--once] [--year Y] [--every MINUTES] [--allow-host HOST]...\n';

export async function runMonitorCommand(args: string[]): Promise<number> {
  let o;
  try {
    o = parseArgs({
      args,
      options: {
        once: { type: 'boolean' },
        year: { type: 'string' },
        every: { type: 'string' },
        'allow-host': { type: 'string', multiple: true },
      },
    }).values;
  } catch (e) {
    process.stderr.write(`monitor: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  // By default the year whose reports are due now: last year's.
  const year = o.year ? Number(o.year) : new Date().getFullYear() - 1;
  const every = o.every ? Number(o.every) : 60;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    process.stderr.write(`monitor: --year "${o.year}" is not a year\n`);
    return 2;
  }
  if (!(every > 0)) {
    process.stderr.write(`monitor: --every "${o.every}" is not a number of minutes\n`);
    return 2;
  }
  let db;
  try {
    db = await openDatabase();
    await migrate(db.url);
  } catch (e) {
    process.stderr.write(`monitor: ${e instanceof StartupError ? e.message : (e as Error).message}\n`);
    return 1;
  }
  const app = await cliContext(db.url, CLI_FEATURES.monitor);
  try {
    const monitor = app.get(MonitorService);
    for (;;) {
      const s = await monitor.pass(year, {
        allowHosts: [...appConfig().monitor.allowHosts, ...(o['allow-host'] ?? [])],
      });
      process.stdout.write(`${JSON.stringify({ at: new Date().toISOString(), year, ...s })}\n`);
      if (o.once) return s.failed ? 1 : 0;
      await new Promise((r) => setTimeout(r, every * 60_000));
    }
  } finally {
    await app.close();
    await db.embedded?.stop();
  }
}
