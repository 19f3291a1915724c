import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReportReadError } from '../errors';
import { makeFixturePdf } from '../../test/fixtures/make-pdf';
import { PAGE_NO_RE, splitGroups } from './pdf-layout';
import { closePdfWorker, readPdfItems } from './pdf-worker';
import { extractPdf } from './pdf';
import type { Extracted, Row } from './types';

const FIXTURE = join(__dirname, '../../test/fixtures/synthetic-2021-table.pdf');
const CORPUS = join(__dirname, '../../../../../shared/corpus/pdf');

afterAll(() => closePdfWorker());

const sq = (s: string) => s.replace(/\s+/g, '');
const tableRows = (ex: Extracted): Row[] => ex.blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []));
/** The row whose label cell (squashed) equals or starts with `label`. */
function row(ex: Extracted, label: string): Row {
  const r = tableRows(ex).find((x) => x.cells.some((c) => sq(c) === label || sq(c).startsWith(label)));
  if (!r)
    throw new Error(
      `no row ${label}; rows: ${tableRows(ex)
        .map((x) => x.cells.join('|'))
        .join(' / ')}`,
    );
  return r;
}
/** Cells after the last label cell. */
const valuesOf = (r: Row) => {
  let i = r.cells.length;
  while (i > 0 && /^[+\-]?\d[\d.,]*$|^[/—]$/.test(sq(r.cells[i - 1]))) i--;
  return r.cells.slice(i);
};

describe('readPdfItems', () => {
  it("leaves the caller's bytes whole, a Node Buffer included (the worker gets a copy)", async () => {
    const buf = readFileSync(FIXTURE);
    const before = buf.length;
    await readPdfItems(buf);
    expect([buf.length, buf.byteLength]).toEqual([before, before]);
    expect(buf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});

describe('extractPdf on the synthetic fixture (always present)', () => {
  test('the committed fixture is what make-pdf.ts writes', () => {
    const bytes = makeFixturePdf();
    expect(Buffer.compare(Buffer.from(readFileSync(FIXTURE)), Buffer.from(bytes))).toBe(0);
  });

  let ex: Extracted;
  beforeAll(async () => {
    if (process.env.UPDATE_FIXTURES) writeFileSync(FIXTURE, makeFixturePdf());
    ex = await extractPdf(new Uint8Array(readFileSync(FIXTURE)), 'synthetic-2021-table.pdf');
  });

  test('narrative text becomes paragraphs; title from metadata', () => {
    expect(ex.form).toBe('pdf');
    expect(ex.meta.title).toContain('合成样例');
    const paras = ex.blocks.filter((b) => b.kind === 'para').map((b) => (b.kind === 'para' ? sq(b.text) : ''));
    expect(paras).toContain('合成测试局2099年政府信息公开工作年度报告');
    expect(paras.some((p) => p.includes('合成测试样例'))).toBe(true);
    expect(paras).toContain('二、主动公开政府信息情况');
    expect(paras).toContain('五、存在的主要问题及改进情况');
  });

  test('table 二 rows: label then values left to right, stray blank in 规 章 kept for normalisation', () => {
    expect(valuesOf(row(ex, '规章'))).toEqual(['0', '0', '0']);
    expect(valuesOf(row(ex, '行政规范性文件'))).toEqual(['3', '1', '12']);
    expect(valuesOf(row(ex, '行政事业性收费'))).toEqual(['12.5']);
    expect(row(ex, '信息内容').cells.map(sq)).toEqual(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']);
  });

  test('table 三: a one-character-a-line group label is glued; a wrapped label joins its values', () => {
    const first = row(ex, '（一）予以公开');
    expect(first.cells.map(sq)).toEqual(['三、本年度办理结果', '（一）予以公开', '5', '1', '0', '0', '0', '0', '6']);
    expect(row(ex, '（二）部分公开').cells.map(sq)).toEqual([
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '1',
      '0',
      '0',
      '0',
      '0',
      '0',
      '1',
    ]);
    expect(tableRows(ex).some((r) => r.cells.some((c) => sq(c) === '（三）不予公开'))).toBe(true);
    expect(valuesOf(row(ex, '2.其他法律行政止公开'))).toEqual(['0', '0', '0', '0', '0', '0', '0']);
  });

  test('a page break inside table 三 keeps one table; page numbers are dropped; loc carries page and line', () => {
    const t3 = ex.blocks.find(
      (b) => b.kind === 'table' && b.rows.some((r) => r.cells.some((c) => c.includes('本年新收'))),
    );
    expect(t3?.kind).toBe('table');
    const rows = t3!.kind === 'table' ? t3!.rows : [];
    const notHeld = rows.find((r) => r.cells.some((c) => c.includes('本机关不掌握')))!;
    expect(notHeld.loc.page).toBe(2);
    expect(notHeld.loc.line).toBe(1);
    expect(valuesOf(rows.find((r) => r.cells.some((c) => c.includes('（七）总计')))!)).toEqual([
      '7',
      '1',
      '0',
      '0',
      '0',
      '0',
      '8',
    ]);
    expect(
      ex.blocks.some((b) =>
        (b.kind === 'para' ? b.text : b.rows.flatMap((r) => r.cells).join(' ')).match(/-\s*[12]\s*-/),
      ),
    ).toBe(false);
  });

  test('table 四: split headers stay headers; the 15 values form one row', () => {
    const vals = tableRows(ex).find((r) => r.cells.length === 15)!;
    expect(vals.cells).toEqual(['2', '1', '0', '0', '3', '0', '0', '0', '1', '1', '0', '0', '0', '0', '0']);
  });
});

describe('extractPdf: unreadable input throws ReportReadError', () => {
  const reason = async (bytes: Uint8Array) => {
    try {
      await extractPdf(bytes, 'x.pdf');
    } catch (e) {
      expect(e).toBeInstanceOf(ReportReadError);
      return (e as ReportReadError).message;
    }
    return 'no error';
  };
  test('empty, not a PDF, truncated, broken body', async () => {
    expect(await reason(new Uint8Array())).toMatch(/empty/);
    expect(await reason(new TextEncoder().encode('<html>不是PDF</html>'))).toMatch(/not a PDF/);
    const full = makeFixturePdf();
    expect(await reason(full.slice(0, Math.floor(full.length / 2)))).toMatch(/truncated/);
    expect(await reason(new TextEncoder().encode('%PDF-1.7\n garbage garbage \n%%EOF\n'))).toMatch(
      /cannot be read|no text layer/,
    );
  });
});

describe('the PDF worker isolates files', () => {
  const valid = () => new Uint8Array(readFileSync(FIXTURE));

  test('a file that stalls the worker fails alone; the valid PDF queued behind it still parses', async () => {
    // 1 ms is no time at all for pdf.js: the worker is ended mid-file, as it is for a hostile PDF.
    const stalled = readPdfItems(valid(), 1);
    const next = readPdfItems(valid());
    await expect(stalled).rejects.toThrow(/no answer within 1 ms/);
    expect((await next).pages.length).toBeGreaterThan(0);
  });

  test('a malformed PDF followed by a valid one: the first fails with its own reason, the second parses', async () => {
    const broken = new TextEncoder().encode(
      '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    );
    const [a, b] = await Promise.allSettled([extractPdf(broken, 'broken.pdf'), extractPdf(valid(), 'valid.pdf')]);
    expect(a.status).toBe('rejected');
    expect((a as PromiseRejectedResult).reason).toBeInstanceOf(ReportReadError);
    expect((a as PromiseRejectedResult).reason.message).toMatch(
      /^broken\.pdf: (PDF cannot be read|PDF has no text layer)/,
    );
    expect(b.status).toBe('fulfilled');
    expect(tableRows((b as PromiseFulfilledResult<Extracted>).value).length).toBeGreaterThan(0);
  });
});

describe('pdf-layout helpers', () => {
  test('page numbers', () => {
    for (const s of ['- 3 -', '-3-', '第 2 页', '第2页 共6页', '3 / 6']) expect(PAGE_NO_RE.test(s)).toBe(true);
    for (const s of ['-18', '3', '2024']) expect(PAGE_NO_RE.test(s)).toBe(false);
  });
  test('group labels glued in one column are cut at each numbered group', () => {
    expect(splitGroups('（三）不予公开（四）无法提供')).toEqual(['（三）不予公开', '（四）无法提供']);
  });
});

// ---- the real PDFs of the corpus (outside the repo) --------------------------------------------------------

const corpus = existsSync(CORPUS);
if (!corpus) console.log('SKIP: ../shared/corpus/pdf not present');
const onCorpus = corpus ? describe : describe.skip;

onCorpus('extractPdf on the corpus PDFs (values checked against the pdftotext copies and INDEX.tsv notes)', () => {
  const load = (f: string) => extractPdf(new Uint8Array(readFileSync(join(CORPUS, f))), f);

  test('2024 淮安市: vertical 三、本年度办理结果, wrapped labels, page break inside table 三, 1、2、3、 numbering', async () => {
    const ex = await load('2024_huaian_shi_renmin_zhengfu.pdf');
    expect(valuesOf(row(ex, '规章'))).toEqual(['1', '0', '11']);
    expect(valuesOf(row(ex, '行政规范性文件'))).toEqual(['8', '26', '66']);
    expect(valuesOf(row(ex, '行政许可'))).toEqual(['447228']);
    expect(valuesOf(row(ex, '行政事业性收费'))).toEqual(['96171.6']);
    expect(valuesOf(row(ex, '一、本年新收'))).toEqual(['3001', '53', '0', '0', '61', '4', '3119']);
    expect(row(ex, '（二）部分公开').cells.map(sq).slice(-8)).toEqual([
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '447',
      '7',
      '0',
      '0',
      '0',
      '0',
      '454',
    ]);
    expect(tableRows(ex).some((r) => r.cells.map(sq).includes('三、本年度办理结果'))).toBe(true);
    const notHeldMaking = row(ex, '2.没有现成信息需要另行制作');
    expect(notHeldMaking.loc.page).toBe(5);
    expect(valuesOf(notHeldMaking)).toEqual(['11', '0', '0', '0', '0', '0', '11']);
    expect(row(ex, '5.要求行政机关确认或重新出具已获取信息').cells.map(sq).slice(-7)).toEqual([
      '1',
      '0',
      '0',
      '0',
      '0',
      '0',
      '1',
    ]);
    expect(valuesOf(row(ex, '1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'))).toEqual([
      '67',
      '3',
      '0',
      '0',
      '1',
      '0',
      '71',
    ]);
    expect(valuesOf(row(ex, '（七）总计'))).toEqual(['2932', '53', '0', '0', '61', '4', '3050']);
    expect(tableRows(ex).find((r) => r.cells.length === 15)?.cells).toEqual([
      '72',
      '64',
      '178',
      '37',
      '351',
      '13',
      '4',
      '8',
      '1',
      '26',
      '12',
      '1',
      '1',
      '6',
      '20',
    ]);
    expect(JSON.stringify(ex.blocks)).not.toMatch(/-\s?\d\s?-/);
  });

  test('2023 洪泽区: typo label kept as printed, single-row （六）其他处理, table 四 as printed (totals do not add up)', async () => {
    const ex = await load('2023_hongze_qu_renmin_zhengfu.pdf');
    expect(valuesOf(row(ex, '2.其他法律行政止公开'))).toEqual(['0', '0', '0', '0', '0', '0', '0']);
    expect(row(ex, '（六）其他处理').cells.map(sq)).toEqual(['（六）其他处理', '0', '0', '0', '0', '0', '0', '0']);
    expect(valuesOf(row(ex, '1.本机关不掌握相关政府信息'))).toEqual(['10', '0', '0', '0', '0', '0', '10']);
    expect(valuesOf(row(ex, '（七）总计'))).toEqual(['21', '0', '0', '0', '0', '0', '21']);
    expect(tableRows(ex).find((r) => r.cells.length === 15)?.cells).toEqual([
      '10',
      '1',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '5',
      '0',
      '0',
      '0',
      '0',
    ]);
    expect(valuesOf(row(ex, '行政事业性收费'))).toEqual(['7730.28']);
  });

  test('2024 洪泽区: same layout; 收费 7545; table 四 adds up', async () => {
    const ex = await load('2024_hongze_qu_renmin_zhengfu.pdf');
    expect(ex.meta.title).toBe('政府信息公开工作年度报告');
    expect(valuesOf(row(ex, '行政事业性收费'))).toEqual(['7545']);
    expect(valuesOf(row(ex, '一、本年新收'))).toEqual(['95', '0', '0', '0', '0', '0', '95']);
    expect(tableRows(ex).find((r) => r.cells.length === 15)?.cells).toEqual([
      '1',
      '1',
      '0',
      '0',
      '2',
      '1',
      '0',
      '0',
      '0',
      '1',
      '2',
      '0',
      '1',
      '0',
      '3',
    ]);
  });
});
