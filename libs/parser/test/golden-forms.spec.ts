// The forms of issue 18 that were misread: each fixture is a real report (or a real report's numbers laid out in
// the form seen in the wild), and the expected values are read off that source, not off the parser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedReport } from '@dh/domain';
import { parseTextOrHtml } from '../src';
import { diffCells, expected, Z, type V } from './golden-helpers';

const FIXTURES = join(__dirname, 'fixtures');
const parseFixture = (rel: string): ParsedReport =>
  parseTextOrHtml({ bytes: readFileSync(join(FIXTURES, rel)), fileName: rel.split('/').pop()! });
const cellOf = (r: ParsedReport, key: string) => r.cells.find((c) => c.key === key);

const T2_2021 = (rules: V[], normative: V[], lic: V, pen: V, coe: V, fees: V): Record<string, V> => ({
  't2.rules.issued': rules[0], 't2.rules.repealed': rules[1], 't2.rules.in_force': rules[2],
  't2.normative.issued': normative[0], 't2.normative.repealed': normative[1], 't2.normative.in_force': normative[2],
  't2.licensing.decisions': lic, 't2.penalty.decisions': pen, 't2.coercion.decisions': coe, 't2.fees.amount': fees,
});

describe('flattened text: table 三 found by its row labels when its heading is worded otherwise or missing', () => {
  // 君山片区 2022 (data/samples/reports/2022_pingtan_junshan_pianqu_guanliju.txt): table 三 is 0000000 on every row
  // but 本机关不掌握 (3000025, seven digits for seven cells); the fixtures differ from it only in the 三 heading.
  const t3: V[][] = Array.from({ length: 25 }, (_, i) => (i === 12 ? [3, 0, 0, 0, 0, 2, 5] : Z));
  const exp = () => expected(T2_2021([0, 0, 0], [0, 0, 11], 0, 0, 0, 0), t3, Array(15).fill(0), '2021');

  it.each([
    ['junshan-2022-t3-no-heading.txt', '三 heading deleted'],
    ['junshan-2022-t3-other-heading.txt', '三 heading reworded 三、依申请公开政府信息情况'],
  ])('%s (%s): all 175 cells of table 三, and table 二 stops before it', (file) => {
    const r = parseFixture(`flattened/${file}`);
    expect(diffCells(r, exp())).toEqual([]);
    expect(r.cells.filter((c) => c.section === '三')).toHaveLength(175);
    expect(r.sections.map((s) => s.no)).toEqual([1, 2, 4, 5, 6]);
    expect(r.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['section_missing']));
    expect(r.findings.map((f) => f.code)).not.toContain('table_missing');
    // The source's own inconsistency (results 5, total 0) is still reported, not smoothed.
    expect(r.findings.some((f) => f.code === 't3_result_total' && f.severity === 'error')).toBe(true);
  });

  it('the same report with its heading reads the same cells', () => {
    const withHeading = parseTextOrHtml({ bytes: readFileSync(join(__dirname, '../../../data/samples/reports/2022_pingtan_junshan_pianqu_guanliju.txt')), fileName: 'junshan.txt' });
    const without = parseFixture('flattened/junshan-2022-t3-no-heading.txt');
    const view = (r: ParsedReport) => r.cells.map((c) => [c.key, c.raw, c.value, c.kind]);
    expect(view(without)).toEqual(view(withHeading));
  });
});
