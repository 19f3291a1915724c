import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReportReadError } from '../errors';
import { makeFixtureDocx } from '../../test/fixtures/make-docx';
import { extractDocx } from './docx';
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
