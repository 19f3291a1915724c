// `synth` writes the reports, INDEX.tsv and the roster of the same bodies.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { RosterRow } from '@dh/domain';
import { parseSynthArgs, runSynthCommand } from './synth.command';

describe('synth command', () => {
  it('writes roster.json next to INDEX.tsv, naming every body of the files with its kind and parent', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-synth-'));
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await runSynthCommand(['--agencies', '20', '--years', '2020-2022', '--seed', '7', '--out', out])).toBe(0);
      const roster = JSON.parse(fs.readFileSync(path.join(out, 'roster.json'), 'utf8')) as RosterRow[];
      const index = fs
        .readFileSync(path.join(out, 'INDEX.tsv'), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split('\t'));
      expect(roster).toHaveLength(20);
      expect(new Set(index.map((l) => l[1]))).toEqual(new Set(roster.map((r) => r.name)));
      for (const l of index) expect(fs.existsSync(path.join(out, l[0]))).toBe(true);
      expect(roster.find((r) => r.name === '东阳区人民政府')).toMatchObject({
        kind: 'government_compiled',
        parent: '合成市人民政府',
        firstYear: 2020,
      });
      expect(roster.find((r) => r.name === '合成市林业局')).toMatchObject({
        lastYear: 2021,
        successor: '合成市自然资源和规划局',
      });
      expect(String(write.mock.calls.at(-1)?.[0])).toMatch(/roster of 20 bodies/);
    } finally {
      write.mockRestore();
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('refuses options it cannot use, naming them', () => {
    expect(parseSynthArgs(['--agencies', '0', '--out', '/tmp/x'])).toMatch(/--agencies/);
    expect(parseSynthArgs(['--agencies', '3', '--years', '2019-', '--out', '/tmp/x'])).toMatch(/--years 2019-/);
    expect(parseSynthArgs(['--agencies', '3'])).toMatch(/--out/);
  });
});
