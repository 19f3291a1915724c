// `npm run cli -- account create --username U --kind admin|reviewer|bureau [--agency-id N]`, the password read from
// standard input (never an argument: arguments show in the process list and shell history). The first admin account
// comes from here or from an admin token's createAccount; later accounts from the admin page.
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { StartupError } from '../common/startup-error';
import { migrate, openDatabase } from '../database/database';
import { AccountService } from '../modules/account/account.service';

async function readStdinLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

export async function runAccountCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const opt = (k: string): string | undefined => { const i = rest.indexOf(k); return i >= 0 ? rest[i + 1] : undefined; };
  if (sub !== 'create' || !opt('--username') || !opt('--kind')) {
    process.stderr.write('usage: echo PASSWORD | account create --username U --kind admin|reviewer|bureau [--agency-id N]\n');
    return 2;
  }
  const password = await readStdinLine();
  let db;
  try {
    db = await openDatabase();
    await migrate(db.url);
  } catch (e) {
    process.stderr.write(`account: ${e instanceof StartupError ? e.message : (e as Error).message}\n`);
    return 1;
  }
  const app = await NestFactory.createApplicationContext(AppModule.register({ databaseUrl: db.url }), { logger: ['error'] });
  try {
    const agency = opt('--agency-id');
    const a = await app.get(AccountService).create(opt('--username')!, password, opt('--kind')!, agency ? Number(agency) : null);
    process.stderr.write(`account ${a.id} (${a.username}, ${a.kind}${a.agency_name ? `, ${a.agency_name}` : ''}) created\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`account: ${(e as Error).message}\n`);
    return 1;
  } finally {
    await app.close();
    await db.embedded?.stop();
  }
}
