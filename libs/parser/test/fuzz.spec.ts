// Property test on mutated real reports: the parser returns a ParsedReport or throws ReportReadError, nothing
// else, and every input finishes within 1 s.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { parseTextOrHtml, ReportReadError } from '../src';
import { SAMPLES } from './golden-helpers';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const files = [
  ...readdirSync(join(SAMPLES, 'reports')).map((f) => join(SAMPLES, 'reports', f)),
  join(SAMPLES, 'seeds/000_ccd59bc5fe42f9c9.txt'),
];

type Mutation = (b: Buffer, r: () => number) => Buffer;
const MUTATIONS: Record<string, Mutation> = {
  truncate: (b, r) => b.subarray(0, Math.floor(r() * b.length)),
  dropLines: (b, r) =>
    Buffer.from(
      b
        .toString('utf8')
        .split('\n')
        .filter(() => r() > 0.2)
        .join('\n'),
    ),
  swapDigits: (b, r) =>
    Buffer.from(b.toString('utf8').replace(/\d/g, (d) => (r() < 0.3 ? String(Math.floor(r() * 10)) : d))),
  randomBytes: (b, r) => {
    const c = Buffer.from(b);
    for (let i = 0; i < Math.max(1, c.length / 50); i++) c[Math.floor(r() * c.length)] = Math.floor(r() * 256);
    return c;
  },
  shuffleLines: (b, r) =>
    Buffer.from(
      b
        .toString('utf8')
        .split('\n')
        .sort(() => r() - 0.5)
        .join('\n'),
    ),
  pipesEverywhere: (b, r) => Buffer.from(b.toString('utf8').replace(/[，。]/g, (m) => (r() < 0.5 ? '|' : m))),
};

// CPU time of this process, not wall time: the test machine is shared.
function cpuMs(since: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
}

function check(bytes: Uint8Array, fileName: string): void {
  const t0 = process.cpuUsage();
  try {
    const rep = parseTextOrHtml({ bytes, fileName });
    expect(Array.isArray(rep.cells)).toBe(true);
    for (const c of rep.cells) expect(c.value === null || Number.isFinite(c.value)).toBe(true);
  } catch (e) {
    if (!(e instanceof ReportReadError)) throw e;
  }
  expect(cpuMs(t0)).toBeLessThan(1000);
}

describe('fuzz: mutated real reports', () => {
  it.each(Object.keys(MUTATIONS))('%s', (name) => {
    const r = rng(name.length * 7919);
    let n = 0;
    for (const f of files) {
      const src = readFileSync(f);
      for (let k = 0; k < 3; k++, n++) check(MUTATIONS[name](src, r), f.split('/').pop()!);
    }
    expect(n).toBe(files.length * 3);
  });
  it('huge input (a report repeated to ~2 MB)', () => {
    const seed = readFileSync(join(SAMPLES, 'seeds/000_ccd59bc5fe42f9c9.txt'));
    const big = Buffer.concat(Array(250).fill(seed));
    const t0 = process.cpuUsage();
    const rep = parseTextOrHtml({ bytes: big, fileName: 'big.txt' });
    expect(rep.cells.length).toBeGreaterThan(0);
    expect(rep.findings.some((f) => f.code === 'duplicate_cell')).toBe(false);
    expect(cpuMs(t0)).toBeLessThan(3000);
  });
  it('pathological lines: one 300 KB line of digits, 100k pipes', () => {
    check(Buffer.from('二、主动公开政府信息情况\n规章' + '0'.repeat(300_000)), 'digits.txt');
    check(Buffer.from('二、主动公开政府信息情况\n' + '|'.repeat(100_000)), 'pipes.txt');
    check(Buffer.from('<table>' + '<tr><td rowspan=999 colspan=999>1</td></tr>'.repeat(50) + '</table>'), 'span.html');
    expect(true).toBe(true);
  });
  it('unreadable input throws ReportReadError naming the file', () => {
    expect(() => parseTextOrHtml({ bytes: new Uint8Array(0), fileName: 'empty.txt' })).toThrow(/empty\.txt/);
    expect(() =>
      parseTextOrHtml({
        bytes: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
        fileName: 'old.doc',
      }),
    ).toThrow(ReportReadError);
    const bin = Buffer.alloc(5000);
    for (let i = 0; i < bin.length; i++) bin[i] = i % 7;
    expect(() => parseTextOrHtml({ bytes: bin, fileName: 'blob.txt' })).toThrow(/blob\.txt.*binary/);
  });
  it('GBK bytes are decoded (meta charset and detection)', () => {
    const seed = readFileSync(join(SAMPLES, 'seeds/000_ccd59bc5fe42f9c9.txt'), 'utf8');
    const rep = parseTextOrHtml({ bytes: iconv.encode(seed, 'gbk'), fileName: 'gbk.txt' });
    expect(rep.source.encoding).toMatch(/GB/);
    expect(rep.cells).toHaveLength(198);
    const html = iconv.encode(
      '<html><head><meta charset="gbk"></head><body><p>二、主动公开政府信息情况</p><table><tr><td>规章</td><td>1</td><td>2</td><td>3</td></tr></table></body></html>',
      'gbk',
    );
    expect(parseTextOrHtml({ bytes: html, fileName: 'p.html' }).cells.length).toBeGreaterThan(0);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed)]);
    expect(parseTextOrHtml({ bytes: bom, fileName: 'bom.txt' }).source.encoding).toBe('UTF-8 (BOM)');
  });
});
