import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ReportReadError } from '@dh/parser';
import { ParseLimitError, ParsePool } from './parse-pool';

// A stand-in task module with the real worker's reply shape, so the pool's limits are tested without the build:
// "stall" never ends, "hog" fills the heap, "refuse" is the parser's own refusal, "exit" ends its thread, "uncaught"
// throws outside the task (a callback of a library), "slow" parses after a while, anything else parses.
const TASK = `module.exports = async ({ fileName }) => {
  if (fileName === 'stall') for (;;);
  if (fileName === 'hog') { const keep = []; for (;;) keep.push(new Array(1e6).fill(keep.length)); }
  if (fileName === 'refuse') return { readError: { reason: 'binary', message: 'refuse: looks like a binary file' } };
  if (fileName === 'bug') return { fault: { name: 'TypeError', message: 'a bug in the parser' } };
  if (fileName === 'exit') { await new Promise((r) => setTimeout(r, 100)); process.exit(3); }
  if (fileName === 'uncaught') { setTimeout(() => { throw new RangeError('thrown in a callback'); }, 100); return new Promise(() => {}); }
  if (fileName.startsWith('slow')) await new Promise((r) => setTimeout(r, 300));
  return { parsed: { cells: [], fileName } };
};`;

describe('ParsePool', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parse-pool-'));
  const workerFile = path.join(dir, 'task.js');
  fs.writeFileSync(workerFile, TASK);
  let pool: ParsePool;
  beforeAll(() => {
    pool = new ParsePool({ threads: 2, timeoutMs: 1500, heapMb: 32, workerFile });
  });
  afterAll(async () => {
    await pool.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const parse = (fileName: string) => pool.parse({ bytes: new Uint8Array([1]), fileName });

  it('stops a stalled parse at the time limit and a heap-exhausting one at the memory limit; every other pending parse goes on', async () => {
    const results = await Promise.allSettled([parse('stall'), parse('a'), parse('hog'), parse('b'), parse('c')]);
    const [stall, a, hog, b, c] = results;
    expect(stall).toMatchObject({ status: 'rejected', reason: expect.objectContaining({ limit: 'time' }) });
    expect((stall as PromiseRejectedResult).reason).toBeInstanceOf(ParseLimitError);
    expect((stall as PromiseRejectedResult).reason.message).toMatch(/^stall: reading it took longer than 1.5 s/);
    expect(hog).toMatchObject({
      status: 'rejected',
      reason: expect.objectContaining({ limit: 'memory', reason: 'extractor_failed' }),
    });
    for (const r of [a, b, c]) expect(r.status).toBe('fulfilled');
    // The pool replaced the stopped workers.
    await expect(parse('d')).resolves.toMatchObject({ fileName: 'd' });
  }, 30_000);

  it('fails only the file whose worker exits or throws outside the task; the files beside and after it parse', async () => {
    // Two threads: each crash happens while another file is in the other thread and more wait in the queue.
    const names = ['exit', 'slow-a', 'uncaught', 'slow-b', 'c', 'exit', 'd', 'e'];
    const results = await Promise.allSettled(names.map(parse));
    const byName = names.map((n, i) => [
      n,
      results[i].status === 'fulfilled' ? 'parsed' : (results[i] as PromiseRejectedResult).reason,
    ]);
    for (const [n, r] of byName) {
      if (n === 'exit' || n === 'uncaught') {
        expect(r).toBeInstanceOf(ParseLimitError);
        expect(r).toMatchObject({
          limit: 'crash',
          reason: 'extractor_failed',
          message: `${n}: the reader stopped unexpectedly on this file`,
        });
      } else {
        expect([n, r]).toEqual([n, 'parsed']);
      }
    }
    // The crashed workers are out of rotation: a later batch parses on fresh ones.
    await expect(Promise.all(['f', 'g', 'h'].map(parse))).resolves.toMatchObject([
      { fileName: 'f' },
      { fileName: 'g' },
      { fileName: 'h' },
    ]);
  }, 30_000);

  it("gives the parser's refusal back as its ReportReadError, and a parser bug as an untyped error", async () => {
    const refused = await parse('refuse').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ReportReadError);
    expect(refused).not.toBeInstanceOf(ParseLimitError);
    expect(refused).toMatchObject({ reason: 'binary', message: 'refuse: looks like a binary file' });
    const bug = await parse('bug').catch((e: unknown) => e);
    expect(bug).not.toBeInstanceOf(ReportReadError);
    expect((bug as Error).message).toBe('a bug in the parser');
  });
});
