// `npm run cli -- token create --role analyst [--name N]`: prints the token once; only its hash is stored.
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { StartupError } from '../common/startup-error';
import { migrate, openDatabase } from '../database/database';
import { AuthService } from '../modules/auth/auth.service';

export async function runTokenCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const opt = (k: string): string | undefined => { const i = rest.indexOf(k); return i >= 0 ? rest[i + 1] : undefined; };
  if (sub !== 'create' && sub !== 'revoke') {
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
  const app = await NestFactory.createApplicationContext(AppModule.register({ databaseUrl: db.url }), { logger: ['error'] });
  try {
    const auth = app.get(AuthService);
    if (sub === 'revoke') {
      const ok = await auth.revoke(Number(opt('--id')));
      process.stdout.write(ok ? 'revoked\n' : 'no such active token\n');
      return ok ? 0 : 1;
    }
    const role = opt('--role') ?? 'viewer';
    const t = await auth.create(role, opt('--name') ?? `${role}-${new Date().toISOString().slice(0, 10)}`);
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
