import { spawn } from 'node:child_process';
import { isAlive } from './process-alive';

describe('isAlive', () => {
  it('is true for a running process and false for one that does not exist', () => {
    expect(isAlive(process.pid)).toBe(true);
    expect(isAlive(2 ** 22 + 12345)).toBe(false);
  });

  it('counts a zombie (exited, never reaped) as dead', async () => {
    // sh starts a short sleep in the background, prints its pid, then becomes `sleep 5`, which never reaps it: a zombie
    // once the short one ends. (With `true` in the background, sh could reap it before the exec: the test then failed
    // on a busy machine.)
    const sh = spawn('sh', ['-c', 'sleep 0.5 & echo $!; exec sleep 5'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const pid = Number(
        await new Promise<string>((resolve) => sh.stdout.once('data', (b: Buffer) => resolve(b.toString().trim()))),
      );
      await new Promise((r) => setTimeout(r, 1500));
      expect(() => process.kill(pid, 0)).not.toThrow(); // the kernel still knows it
      expect(isAlive(pid)).toBe(false);
    } finally {
      sh.kill('SIGKILL');
    }
  });
});
