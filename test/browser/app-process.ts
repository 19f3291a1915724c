// Starts the built app as `npm start` does (embedded database, demo data) on a free port, for browser tests.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { registerAppOutput } from './app-outputs';

export const ROOT = path.resolve(__dirname, '../..');

export interface RunningApp {
  url: string;
  proc: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

export function startApp(env: Record<string, string> = {}, timeoutMs = 90_000): Promise<RunningApp> {
  const proc = spawn(process.execPath, [path.join(ROOT, 'apps/api/dist/main.js')], {
    cwd: ROOT,
    // Every page of every test comes from one loopback address: a spec opening a few dozen pages a minute is many
    // visitors' worth of reads from one IP, past the 600-a-minute limit meant for one. The limiter keeps its own tests
    // (analytics-rate-limit.int-spec, security.int-spec); here it is set out of reach, as a spec may override.
    env: {
      ...process.env,
      PORT: '0',
      PGLITE_DATA_DIR: 'memory://',
      DATABASE_URL: '',
      RATE_LIMIT_PER_MIN: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (proc.exitCode !== null) return resolve();
      proc.once('exit', () => resolve());
      proc.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`app did not start in ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const onData = (b: Buffer): void => {
      out += b.toString();
      const m = /dashboard: (http:\/\/localhost:\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        // Printed by the test environment when a test fails; a stopped app's output is no use to a later one.
        registerAppOutput(
          () => out,
          (f) => proc.once('exit', f),
        );
        resolve({ url: m[1], proc, output: () => out, stop });
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`app exited with ${code}:\n${out}`));
    });
  });
}
