import * as fs from 'node:fs/promises';
import { runParseCommand } from '@dh/parser';
import { runBackupCommand } from './backup.command';
import { runIngestCommand } from './ingest.command';
import { runMonitorCommand } from './monitor.command';
import { runAccountCommand } from './account.command';
import { runTokenCommand } from './token.command';
import { runSynthCommand } from './synth.command';

export interface Command {
  summary: string;
  run(args: string[]): Promise<number>;
}

export const COMMANDS: Record<string, Command> = {
  parse: {
    summary: 'parse <files...> [--json | --cells]   print what the parser reads from each report',
    run: (args) =>
      runParseCommand(args, {
        readFile: async (p) => new Uint8Array(await fs.readFile(p)),
        out: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
        err: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
      }),
  },
  ingest: {
    summary:
      'ingest <files or dirs...> [--region R] [--agency A] [--year Y] [--override] [--concurrency N] [--batch N]   store reports',
    run: runIngestCommand,
  },
  synth: {
    summary:
      'synth --agencies N --years 2019-2025 --seed S --out DIR [--forms html,text]   write synthetic demo reports',
    run: runSynthCommand,
  },
  monitor: {
    summary:
      "monitor [--once] [--year Y] [--every MIN] [--allow-host H]   check each roster body's 年报栏目: posted, edited, removed",
    run: runMonitorCommand,
  },
  backup: {
    summary: 'backup <file>   the database (DATABASE_URL: pg_dump; else the embedded one, app stopped) to a file',
    run: (args) => runBackupCommand('backup', args),
  },
  restore: {
    summary: 'restore <file>   a backup into the database (DATABASE_URL: pg_restore; else a fresh embedded directory)',
    run: (args) => runBackupCommand('restore', args),
  },
  token: {
    summary: 'token create --role viewer|analyst|admin [--name N] | token revoke --id N   API tokens (stored hashed)',
    run: runTokenCommand,
  },
  account: {
    summary:
      'account create --username U --kind admin|reviewer|bureau [--agency-id N]   password on stdin (sign-in accounts)',
    run: runAccountCommand,
  },
};
