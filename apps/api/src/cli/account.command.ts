// `npm run cli -- account create --username U --kind admin|reviewer|bureau [--agency-id N]`, the password read from
// standard input (never an argument: arguments show in the process list and shell history). The first admin account
// comes from here or from an admin token's createAccount; later accounts from the admin page.
import { parseArgs } from 'node:util';
import { StartupError } from '../common/startup-error';
import { migrate, openDatabase } from '../database/database';
import { AccountService } from '../modules/account/account.service';
import { CLI_FEATURES, cliContext } from './cli.module';

async function readStdinLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

export async function runAccountCommand(args: string[]): Promise<number> {
  let o;
  try {
    o = parseArgs({
      args,
      options: { username: { type: 'string' }, kind: { type: 'string' }, 'agency-id': { type: 'string' } },
      allowPositionals: true,
    });
  } catch (e) {
    process.stderr.write(`account: ${(e as Error).message}\n`);
    return 2;
  }
  const { username, kind, 'agency-id': agency } = o.values;
  if (o.positionals.length !== 1 || o.positionals[0] !== 'create' || !username || !kind) {
    process.stderr.write(
      'usage: echo PASSWORD | account create --username U --kind admin|reviewer|bureau [--agency-id N]\n',
    );
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
  const app = await cliContext(db.url, CLI_FEATURES.account);
  try {
    const a = await app.get(AccountService).create(username, password, kind, agency ? Number(agency) : null);
    process.stderr.write(
      `account ${a.id} (${a.username}, ${a.kind}${a.agency_name ? `, ${a.agency_name}` : ''}) created\n`,
    );
    return 0;
  } catch (e) {
    process.stderr.write(`account: ${(e as Error).message}\n`);
    return 1;
  } finally {
    await app.close();
    await db.embedded?.stop();
  }
}
