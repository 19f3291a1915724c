import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { ReportReadError } from '../errors';
import { makeFixtureDocx } from '../../test/fixtures/make-docx';
import { extractDocx } from './docx';
import { checkUnpackedSize, MAX_DOCX_UNPACKED } from './docx-zip';
import type { Extracted } from './types';

const FIXTURE = join(__dirname, '../../test/fixtures/synthetic-2021-table.docx');
const sq = (s: string) => s.replace(/\s+/g, '');

describe('extractDocx', () => {
  let ex: Extracted;
  beforeAll(async () => {
    if (process.env.UPDATE_FIXTURES) writeFileSync(FIXTURE, makeFixtureDocx());
    ex = await extractDocx(new Uint8Array(readFileSync(FIXTURE)), 'synthetic-2021-table.docx');
  });

  test('the committed fixture is what make-docx.ts writes', () => {
    expect(Buffer.compare(Buffer.from(readFileSync(FIXTURE)), Buffer.from(makeFixtureDocx()))).toBe(0);
  });

  test('paragraphs and the table come through the HTML extractor, marked as docx', () => {
    expect(ex.form).toBe('docx');
    const paras = ex.blocks.flatMap((b) => (b.kind === 'para' ? [sq(b.text)] : []));
    expect(paras).toContain('合成测试局2099年政府信息公开工作年度报告');
    expect(paras.some((p) => p.includes('合成测试样例'))).toBe(true);
    const rows = ex.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map(sq)) : []));
    expect(rows).toContainEqual(['行政规范性文件', '4', '2', '21']);
    expect(rows).toContainEqual(['规章', '0', '0', '0']);
    // gridSpan becomes colspan; the HTML extractor expands it into the grid.
    const licensing = rows.find((r) => r[0] === '行政许可');
    expect(licensing?.slice(1).filter((c) => c !== '')).toContain('17');
  });

  test('legacy .doc, non-zip and broken zips throw ReportReadError', async () => {
    const fail = async (bytes: Uint8Array) => {
      try {
        await extractDocx(bytes, 'x.doc');
      } catch (e) {
        expect(e).toBeInstanceOf(ReportReadError);
        return e as ReportReadError;
      }
      throw new Error('did not throw');
    };
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await fail(ole)).reason).toBe('legacy_doc');
    expect((await fail(new TextEncoder().encode('plain text'))).reason).toBe('unsupported');
    expect((await fail(new Uint8Array())).reason).toBe('empty');
    const zip = makeFixtureDocx();
    expect((await fail(zip.slice(0, 200))).reason).toBe('extractor_failed');
  });
});

// A zip of deflated entries; `declared` lets an entry lie about its unpacked size, as bombs do.
function zipDeflated(files: { name: string; data: Buffer; declared?: number }[]): Uint8Array {
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name);
    const packed = deflateRawSync(f.data);
    const size = f.declared ?? f.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, cd, end]));
}

describe('DOCX unpacked-size cap', () => {
  const MB = 1024 * 1024;
  const zeros = (n: number) => Buffer.alloc(n);

  test('counts what the fixture unpacks to, and a plain archive within the budget passes', () => {
    const fixture = new Uint8Array(readFileSync(FIXTURE));
    expect(checkUnpackedSize(fixture, 'f.docx')).toBeGreaterThan(0);
    expect(checkUnpackedSize(zipDeflated([{ name: 'a.xml', data: zeros(MB) }]), 'a.docx', 2 * MB)).toBe(MB);
  });

  test('refuses a zip bomb past the budget with a clear error, before mammoth inflates it', async () => {
    // 110 MB of zeros deflate to about 100 KB: over the default 100 MB budget.
    const bomb = zipDeflated([{ name: 'word/document.xml', data: zeros(110 * MB) }]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    await expect(extractDocx(bomb, 'bomb.docx')).rejects.toThrow(
      new ReportReadError(
        'bomb.docx',
        'unsupported',
        `DOCX unpacks to more than ${MAX_DOCX_UNPACKED / MB} MB (a zip bomb?); not read`,
      ),
    );
  });

  test('does not trust the declared sizes: an entry that lies is stopped at the budget while inflating', () => {
    const liar = zipDeflated([{ name: 'word/document.xml', data: zeros(5 * MB), declared: 10 }]);
    expect(() => checkUnpackedSize(liar, 'liar.docx', MB)).toThrow(/liar\.docx: DOCX unpacks to more than 1 MB/);
  });

  test('refuses a damaged archive in its own words', () => {
    const cut = zipDeflated([{ name: 'a.xml', data: zeros(1000) }]).slice(0, 40);
    expect(() => checkUnpackedSize(cut, 'cut.docx')).toThrow(/^cut\.docx: DOCX cannot be read: damaged zip/);
  });
});
