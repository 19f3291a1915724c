// Issue #18: 淮安 2024 as `pdftotext -layout` prints it, where table 三 row labels wrap over two or three lines with
// the figures on the middle line. Every expected value below is read off data/samples/reports/
// 2024_huaian_shi_renmin_zhengfu.txt itself (lines 72–197), not from the parser's output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedReport } from '@dh/domain';
import { parseTextOrHtml } from '../src';
import { diffCells, expected, parseSample, SAMPLES, type V } from './golden-helpers';

const FILE = 'reports/2024_huaian_shi_renmin_zhengfu.txt';
const row = (natural: V, rest: V[] = [0, 0, 0, 0, 0], total: V = natural): V[] => [natural, ...rest, total];
const parseEdited = (edit: (text: string) => string): ParsedReport => {
  const text = readFileSync(join(SAMPLES, FILE), 'utf8');
  const changed = edit(text);
  if (changed === text) throw new Error('the edit changed nothing');
  return parseTextOrHtml({ bytes: Buffer.from(changed, 'utf8'), fileName: '2024_huaian_shi_renmin_zhengfu.txt' });
};
const codes = (r: ParsedReport, code: string) => r.findings.filter((f) => f.code === code);

describe('golden: 淮安 2024 pdftotext copy (labels wrapped around their figures)', () => {
  const r = parseSample(FILE);

  it('every cell of tables 二, 三 and 四 as printed', () => {
    const t3: V[][] = [
      [3001, 53, 0, 0, 61, 4, 3119], // 一、本年新收
      row(34), // 二、上年结转
      [1288, 21, 0, 0, 50, 3, 1362], // （一）予以公开
      [447, 7, 0, 0, 0, 0, 454], // （二）部分公开 (label wrapped, figures between its two lines)
      row(2), // （三）1.国家秘密
      [30, 1, 0, 0, 0, 0, 31],
      row(5),
      row(6),
      [7, 1, 0, 0, 0, 0, 8],
      row(12),
      row(9),
      row(105), // 8.行政查询事项
      [746, 12, 0, 0, 10, 1, 769], // （四）1.不掌握
      row(11),
      row(1),
      [56, 6, 0, 0, 0, 0, 62], // （五）1.信访举报投诉类
      row(25),
      row(0),
      row(0),
      row(1), // 5.要求行政机关确认或重新出 / figures / 具已获取信息
      [67, 3, 0, 0, 1, 0, 71], // （六）1、 three lines, figures beside the middle one
      row(6), // （六）2、 three lines, figures beside the middle one
      [108, 2, 0, 0, 0, 0, 110], // 3、其他
      [2932, 53, 0, 0, 61, 4, 3050], // （七）总计
      row(103), // 四、结转下年度
    ];
    const exp = expected(
      {
        't2.rules.issued': 1,
        't2.rules.repealed': 0,
        't2.rules.in_force': 11,
        't2.normative.issued': 8,
        't2.normative.repealed': 26,
        't2.normative.in_force': 66,
        't2.licensing.decisions': 447228,
        't2.penalty.decisions': 3985758,
        't2.coercion.decisions': 88283,
        't2.fees.amount': 96171.6,
      },
      t3,
      [72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20],
      '2021',
    );
    expect(diffCells(r, exp)).toEqual([]);
    expect(r.template).toBe('2021');
    expect(r.cells.find((c) => c.key === 't2.fees.amount')).toMatchObject({ unit: '万元' });
  });

  it('no arithmetic finding and no dropped figures: the tables add up as printed', () => {
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(codes(r, 'cells_missing')).toEqual([]);
    expect(codes(r, 'stray_cells').filter((f) => f.severity === 'warning')).toEqual([]);
    // The joined labels are the registry's wording: no label_variant for them.
    const variants = codes(r, 'label_variant').flatMap((f) => f.keys ?? []);
    for (const k of ['t3.partial.total', 't3.not_processed.confirm.total', 't3.other.no_correction.total'])
      expect(variants).not.toContain(k);
    expect(variants).not.toContain('t3.other.unpaid.total');
  });

  it('a real fault is still reported: （六）1. 自然人 67 → 68 makes the results add up to 2933 ≠ 2932', () => {
    const m = parseEdited((t) =>
      t.replace('正、行政机关不再处理其政府信           67', '正、行政机关不再处理其政府信           68'),
    );
    expect(m.cells.find((c) => c.key === 't3.other.no_correction.natural')?.value).toBe(68);
    const natural = codes(m, 't3_result_total').filter((f) => f.keys?.includes('t3.result_total.natural'));
    expect(natural).toHaveLength(1);
    expect(natural[0].messageZh).toContain('2933');
  });

  it('fragments that do not make a registry label word for word are not joined (no guess)', () => {
    // 息公开申请 → 息公开申清: the joined text is no label of the registry, so the figures stay unplaced.
    const m = parseEdited((t) => t.replace(/\n( {15})息公开申请\n/, '\n$1息公开申清\n'));
    expect(m.cells.filter((c) => c.key.startsWith('t3.other.no_correction.'))).toEqual([]);
    expect(codes(m, 't3_result_total').length).toBeGreaterThan(0);
  });

  it('a wrapped label whose figures line is one short stays ambiguous: raw text kept, no value placed, a finding', () => {
    // The figures-only line of 5.要求行政机关确认或重新出 / 具已获取信息 with its last figure removed (6 of 7).
    const m = parseEdited((t) =>
      t.replace(/\n( {40}1 {9}0 {8}0 {9}0 {8}0 {9}0) {4}1\n/, (_s, six: string) => `\n${six}\n`),
    );
    const confirm = m.cells.filter((c) => c.key.startsWith('t3.not_processed.confirm.'));
    expect(confirm).toHaveLength(7);
    for (const c of confirm) expect(c).toMatchObject({ kind: 'unresolved', value: null, raw: '1 0 0 0 0 0' });
    expect(codes(m, 'row_short').flatMap((f) => f.keys ?? [])).toContain('t3.not_processed.confirm.total');
  });
});
