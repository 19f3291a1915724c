// Issue 14, backup and restore: `cli backup` then a change then `cli restore` gives back exactly what was backed up,
// on the embedded database (PGlite data directory) and on the real server (pg_dump / pg_restore), through the built CLI.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'apps/api/dist/cli/main.js');
const REPORTS = path.join(ROOT, 'data/samples/reports');
const onServer = process.env.TEST_DB_KIND === 'postgres';

describe(`backup and restore (${onServer ? 'postgres' : 'pglite'})`, () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-backup-'));
  let env: NodeJS.ProcessEnv;
  let scratch: { admin: Client; name: string } | null = null;
  const cli = (...args: string[]) =>
    execFileSync(process.execPath, [CLI, ...args], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  beforeAll(async () => {
    const base: NodeJS.ProcessEnv = { ...process.env, DEMO_DATA: 'off' };
    delete base.DATABASE_URL;
    if (!onServer) {
      env = { ...base, PGLITE_DATA_DIR: path.join(tmp, 'pg') };
      return;
    }
    // Its own database beside the suites' one: a restore replaces everything in the database it is given.
    const url = new URL(process.env.DATABASE_URL as string);
    const name = `${url.pathname.slice(1)}_backup`;
    const admin = new Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    scratch = { admin, name };
    env = { ...base, DATABASE_URL: Object.assign(new URL(url), { pathname: `/${name}` }).toString() };
  });
  afterAll(async () => {
    if (scratch) {
      await scratch.admin.query(`DROP DATABASE IF EXISTS "${scratch.name}" WITH (FORCE)`);
      await scratch.admin.end();
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('restores the database as it was at the backup: a report stored after it is gone, the ones before it are there', () => {
    const before = path.join(REPORTS, '2019_pingtan_zonghe_shiyanqu.txt');
    const after = path.join(REPORTS, '2020_pingtan_zonghe_shiyanqu.txt');
    expect(cli('ingest', before)).toMatch(/new 1, unchanged 0/);
    const file = path.join(tmp, onServer ? 'db.dump' : 'db.tar.gz');
    expect(cli('backup', file)).toMatch(/: 1 reports, 1 revisions, 1 bodies\n$/);
    expect(fs.statSync(file).size).toBeGreaterThan(1000);
    expect(cli('ingest', after)).toMatch(/new 1, unchanged 0/);
    const restored = cli('restore', file);
    expect(restored).toMatch(/: 1 reports, 1 revisions, 1 bodies/);
    if (!onServer) expect(restored).toMatch(/the previous directory is kept as /);
    // The backed-up report is there (same bytes: unchanged); the later one is gone (new again).
    const again = cli('ingest', before, after);
    expect(again).toMatch(/new 1, unchanged 1/);
  }, 240_000);

  it('refuses a file that is not a backup of this kind of database, and changes nothing', () => {
    const junk = path.join(tmp, 'junk.bin');
    fs.writeFileSync(junk, 'not a backup');
    let err = '';
    try {
      cli('restore', junk);
    } catch (e) {
      err = String((e as { stderr?: string }).stderr);
    }
    expect(err).toMatch(
      onServer ? /is not a backup of a PostgreSQL server/ : /is not a backup of the embedded database/,
    );
    expect(cli('ingest', path.join(REPORTS, '2019_pingtan_zonghe_shiyanqu.txt'))).toMatch(/unchanged 1/);
  }, 120_000);
});
