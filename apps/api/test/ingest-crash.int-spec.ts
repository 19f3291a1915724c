// kill -9 in the middle of a CLI batch, then rerun: no half-stored report, every report stored once.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { synthCorpus } from '@dh/synth';
import { Client } from 'pg';
import { migrate } from '../src/database/database';
import { testDatabaseUrl } from './test-app';

const CLI = path.resolve(__dirname, '../dist/cli/main.js');
const SEED = 701;

function runCli(
  args: string[],
  onSpawn?: (kill: () => void) => void,
): Promise<{ code: number | null; signal: string | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, DATABASE_URL: testDatabaseUrl() } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.on('exit', (code, signal) => resolve({ code, signal, out }));
    onSpawn?.(() => child.kill('SIGKILL'));
  });
}

describe(`ingest CLI crash and rerun (${process.env.TEST_DB_KIND ?? 'db'})`, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-crash-'));
  const corpus = [...synthCorpus({ agencies: 12, years: [2019, 2025], seed: SEED, city: '合成戊市' })];
  let db: Client;
  const stored = async (): Promise<{ reports: number; revisions: number; cells: number; half: number }> =>
    (
      await db.query(
        `SELECT count(DISTINCT v.report_id)::int AS reports, count(*)::int AS revisions,
       (SELECT count(*) FROM report_cell c JOIN report_revision w ON w.id = c.revision_id WHERE w.file_name LIKE $1)::int AS cells,
       count(*) FILTER (WHERE r.current_revision_id IS NULL
         OR NOT EXISTS (SELECT 1 FROM report_cell c WHERE c.revision_id = v.id AND c.agency_id = v.agency_id)
         OR NOT EXISTS (SELECT 1 FROM report_section s WHERE s.revision_id = v.id AND s.agency_id = v.agency_id))::int AS half
     FROM report_revision v JOIN report r ON r.id = v.report_id WHERE v.file_name LIKE $1`,
        [`synth-${SEED}-%`],
      )
    ).rows[0];

  beforeAll(async () => {
    if (!fs.existsSync(CLI))
      throw new Error(`${CLI} is missing: build the API first (npx tsc -b apps/api/tsconfig.json)`);
    for (const r of corpus) fs.writeFileSync(path.join(dir, r.fileName), r.bytes);
    await migrate(testDatabaseUrl());
    db = new Client({ connectionString: testDatabaseUrl() });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stores each report once after a kill -9 mid-batch and a rerun', async () => {
    expect(corpus.length).toBeGreaterThan(60);
    // Kill as soon as some reports are committed, while the batch is still running.
    const first = await runCli(['ingest', dir, '--concurrency', '2'], (kill) => {
      let busy = false;
      const timer = setInterval(() => {
        if (busy) return;
        busy = true;
        stored()
          .then(
            (s) => {
              if (s.reports >= 5) {
                clearInterval(timer);
                kill();
              }
            },
            () => undefined,
          )
          .finally(() => {
            busy = false;
          });
      }, 100);
    });
    expect(first.signal).toBe('SIGKILL');
    const mid = await stored();
    expect(mid.reports).toBeGreaterThanOrEqual(5);
    expect(mid.reports).toBeLessThan(corpus.length);
    expect(mid.half).toBe(0);

    const second = await runCli(['ingest', dir, '--concurrency', '2']);
    expect(second.code).toBe(0);
    expect(second.out).toContain(`${corpus.length} files`);
    expect(second.out).toMatch(
      new RegExp(`new ${corpus.length - mid.revisions}, unchanged ${mid.revisions}, new revision 0, failed 0`),
    );
    const end = await stored();
    expect(end).toMatchObject({ reports: corpus.length, revisions: corpus.length, half: 0 });

    // Contents: every stored value is the one the generator printed.
    const rows = (
      await db.query(
        `SELECT v.file_name, c.key, c.value::float8 AS value FROM report_cell c
      JOIN report_revision v ON v.id = c.revision_id AND v.agency_id = c.agency_id WHERE v.file_name LIKE $1`,
        [`synth-${SEED}-%`],
      )
    ).rows as { file_name: string; key: string; value: number }[];
    const got = new Map(rows.map((r) => [`${r.file_name}|${r.key}`, r.value]));
    let compared = 0;
    for (const r of corpus)
      for (const [key, v] of r.values) {
        expect([r.fileName, key, got.get(`${r.fileName}|${key}`)]).toEqual([r.fileName, key, v.value]);
        compared++;
      }
    expect(end.cells).toBe(compared);
  }, 300_000);
});
