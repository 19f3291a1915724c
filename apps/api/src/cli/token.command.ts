// `npm run cli -- token create --role analyst [--name N]`: prints the token once; only its hash is stored.
import { parseArgs } from 'node:util';
import { StartupError } from '../common/startup-error';
import { migrate, openDatabase } from '../database/database';
import { AuthService } from '../modules/auth/auth.service';
import { CLI_FEATURES, cliContext } from './cli.module';

export async function runTokenCommand(args: string[]): Promise<number> {
  let o;
  try {
    o = parseArgs({
      args,
      options: { role: { type: 'string' }, name: { type: 'string' }, id: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (e) {
    process.stderr.write(`token: ${(e as Error).message}\n`);
    return 2;
  }
  const [sub, ...extra] = o.positionals;
  if ((sub !== 'create' && sub !== 'revoke') || extra.length) {
    process.stderr.write('usage: token create --role viewer|analyst|admin [--name NAME] | token revoke --id N\n');
    return 2;
  }
  let db;
  try {
    db = await openDatabase();
    await migrate(db.url);
  } catch (e) {
    process.stderr.write(`token: ${e instanceof StartupError ? e.message : (e as Error).message}\n`);
    return 1;
  }
  const app = await cliContext(db.url, CLI_FEATURES.token);
  try {
    const auth = app.get(AuthService);
    if (sub === 'revoke') {
      const ok = await auth.revoke(Number(o.values.id));
      process.stdout.write(ok ? 'revoked\n' : 'no such active token\n');
      return ok ? 0 : 1;
    }
    const role = o.values.role ?? 'viewer';
    const t = await auth.create(role, o.values.name ?? `${role}-${new Date().toISOString().slice(0, 10)}`);
    process.stdout.write(`${t.token}\n`);
    process.stderr.write(`token ${t.id} (${t.name}, role ${t.role}) created; it is shown only now\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`token: ${(e as Error).message}\n`);
    return 1;
  } finally {
    await app.close();
    await db.embedded?.stop();
  }
}
