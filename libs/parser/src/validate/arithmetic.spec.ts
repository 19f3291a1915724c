// Regression: a 2021 table that prints the （六）其他处理 group row with the subtotal of its three sub-rows.
import { T3_COLUMNS, type ParsedCell } from '@dh/domain';
import { checkArithmetic } from './arithmetic';

const cell = (key: string, value: number): ParsedCell => ({
  key,
  section: '三',
  rowLabel: '',
  colLabel: '',
  raw: String(value),
  value,
  kind: value ? 'number' : 'zero',
  loc: {},
});
/** Natural persons only (other columns 0): received 10, disclosed 6, the three 其他处理 sub-rows 1 + 2 + 1, total 10. */
function table(groupRow: number | null): ParsedCell[] {
  const rows: [string, number][] = [
    ['new', 10],
    ['carried_in', 0],
    ['disclosed', 6],
    ['other.no_correction', 1],
    ['other.unpaid', 2],
    ['other.misc', 1],
    ['result_total', 10],
    ['carried_out', 0],
  ];
  if (groupRow !== null) rows.splice(3, 0, ['other', groupRow]);
  return rows.flatMap(([row, n]) =>
    T3_COLUMNS.map((c) => cell(`t3.${row}.${c.id}`, c.id === 'natural' || c.id === 'total' ? n : 0)),
  );
}

describe('（六）其他处理 group row with a subtotal', () => {
  it('is not counted twice in （七）总计', () => {
    expect(checkArithmetic(table(null))).toEqual([]);
    expect(checkArithmetic(table(4))).toEqual([]); // 6 + (1 + 2 + 1) = 10; the printed 4 is their subtotal
  });

  it('a subtotal that differs from its sub-rows is its own finding, (七) still checked on the sub-rows', () => {
    const f = checkArithmetic(table(5));
    expect(f.map((x) => x.code)).toEqual(['t3_group_subtotal', 't3_group_subtotal']); // natural and total columns
    expect(f[0].messageEn).toBe(
      'Table 三, column natural persons: (六) otherwise-handled subtotal is 5, its sub-rows add up to 4',
    );
  });
});
