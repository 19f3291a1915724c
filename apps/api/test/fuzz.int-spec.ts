// Issue 14: a small bounded run of `npm run fuzz` (the full run is 100,000 inputs, see docs/reliability.md): mutated
// real files through the upload's parse pool end as a report or a typed refusal, never a crash, a hang or another error.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

describe('fuzz (bounded)', () => {
  it('parses or refuses every mutated input, with no crash, hang or untyped error', () => {
    const out = execFileSync(process.execPath, [path.join(__dirname, '../bench/fuzz.mjs')], {
      env: { ...process.env, FUZZ_COUNT: '80', FUZZ_SEED: '14', FUZZ_SECONDS: '120' },
      encoding: 'utf8',
    });
    const r = JSON.parse(out.trim().split('\n').pop() as string);
    expect(r).toMatchObject({ bench: 'fuzz', inputs: 80, crashes: 0, hangs: 0, untyped: 0 });
    expect(r.parsed + r.refused).toBe(80);
    expect(r.refused).toBeGreaterThan(0);
  }, 180_000);
});
