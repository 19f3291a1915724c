// Start-up faults an operator can fix must end the process quickly with one line that says what and where.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, startApp } from '../browser/app-process';

interface Run {
  code: number | null;
  stderr: string;
  ms: number;
}

function runMain(env: Record<string, string>): Promise<Run> {
  const t0 = Date.now();
  const p = spawn(process.execPath, [path.join(ROOT, 'apps/api/dist/main.js')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', PGLITE_DATA_DIR: 'memory://', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  p.stderr.on('data', (b: Buffer) => {
    stderr += b.toString();
  });
  const killer = setTimeout(() => p.kill('SIGKILL'), 20_000);
  return new Promise((resolve) =>
    p.once('exit', (code) => {
      clearTimeout(killer);
      resolve({ code, stderr, ms: Date.now() - t0 });
    }),
  );
}

function expectOneLineFailure(r: Run, pattern: RegExp): void {
  expect(r.code).toBe(1);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(r.ms).toBeLessThan(10_000);
}

describe('start-up faults', () => {
  it('names the server when DATABASE_URL points at nothing', async () => {
    expectOneLineFailure(
      await runMain({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/test' }),
      /cannot reach PostgreSQL at 127\.0\.0\.1:1\/test: connection refused/,
    );
  }, 30_000);

  it('names the directory when the embedded data dir cannot be created', async () => {
    expectOneLineFailure(await runMain({ PGLITE_DATA_DIR: '/etc/hostname/pg' }), /\/etc\/hostname\/pg is not writable/);
  }, 30_000);

  it('names the port when it is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '0.0.0.0', () => r()));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      expectOneLineFailure(await runMain({ PORT: String(port) }), new RegExp(`port ${port} is already in use`));
    } finally {
      blocker.close();
    }
  }, 30_000);

  it('names each bad setting before starting anything', async () => {
    expectOneLineFailure(
      await runMain({ PORT: 'abc', READ_CACHE_MB: '-1' }),
      /^disclosure-hub: cannot start: invalid configuration: PORT must be a whole number, not "abc"; READ_CACHE_MB must be at least 0, not "-1"$/,
    );
  }, 30_000);

  it('refuses a bad setting in the CLI too, naming it', async () => {
    const p = spawn(process.execPath, [path.join(ROOT, 'apps/api/dist/cli/main.js'), 'backup', '/nonexistent/x.dump'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', PGLITE_DATA_DIR: 'memory://', SESSION_MINUTES: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    p.stderr.on('data', (b: Buffer) => {
      stderr += b.toString();
    });
    const code = await new Promise<number | null>((resolve) => p.once('exit', resolve));
    expect([code, stderr.trim()]).toEqual([
      1,
      'cli: invalid configuration: SESSION_MINUTES must be at least 1, not "0"',
    ]);
  }, 30_000);

  it('refuses a second start on the same embedded data dir', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-pg-'));
    const first = await startApp({ PGLITE_DATA_DIR: path.join(dir, 'pg'), DEMO_DATA: 'off' });
    try {
      expectOneLineFailure(await runMain({ PGLITE_DATA_DIR: path.join(dir, 'pg') }), /is in use by process \d+/);
    } finally {
      await first.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
