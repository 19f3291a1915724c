// The parse command: --cells TSV, --json, the default summary, and unreadable files.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runParseCommand } from '../src';
import { SAMPLES } from './golden-helpers';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      readFile: async (p: string) => new Uint8Array(await readFile(p)),
      out: (s: string) => out.push(s),
      err: (s: string) => err.push(s),
    },
  };
}
const seed = join(SAMPLES, 'seeds/000_ccd59bc5fe42f9c9.txt');
const shanghai = join(SAMPLES, 'reports/2019_shanghai_shi_renmin_zhengfu_bangongting.html');

describe('runParseCommand', () => {
  it('--cells prints one TSV line per cell with official labels', async () => {
    const t = io();
    expect(await runParseCommand(['parse', seed, shanghai, '--cells'], t.io)).toBe(0);
    expect(t.out).toContain('三\t（三）不予公开 1.属于国家秘密\t自然人\t0\t0\tt3.withheld.state_secret.natural');
    expect(t.out).toContain('四\t行政诉讼 未经复议直接起诉\t结果维持\t8\t8\tt4.litigation_direct.upheld');
    // Blank cell: value empty, raw empty.
    expect(t.out).toContain('四\t行政诉讼 复议后起诉\t总计\t\t\tt4.litigation_after.total');
    expect(t.out.every((l) => l.split('\t').length === 6)).toBe(true);
  });
  it('--json prints the ParsedReport', async () => {
    const t = io();
    expect(await runParseCommand(['parse', seed, '--json'], t.io)).toBe(0);
    expect(JSON.parse(t.out[0])).toMatchObject({ agencyName: '鞍山市应急管理局', template: '2019' });
  });
  it('unreadable input: one stderr line naming the file, exit 1, other files still parsed', async () => {
    const t = io();
    const code = await runParseCommand(['parse', '/nonexistent/x.txt', seed], t.io);
    expect(code).toBe(1);
    expect(t.err).toHaveLength(1);
    expect(t.err[0]).toMatch(/x\.txt/);
    expect(t.out.join('\n')).toMatch(/鞍山市应急管理局/);
  });
  it('default output is a short summary; bad flags give usage', async () => {
    const t = io();
    expect(await runParseCommand(['parse', shanghai], t.io)).toBe(0);
    expect(t.out[0]).toMatch(/上海市人民政府办公厅 2019 · template 2019/);
    expect(await runParseCommand(['parse', '--bogus', seed], t.io)).toBe(2);
  });
});
