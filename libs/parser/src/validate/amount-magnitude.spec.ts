// The magnitude check on its own: cells as the recogniser leaves them (values already in the catalogue unit).
import type { ParsedCell } from '@dh/domain';
import { checkAmountMagnitudes } from './amount-magnitude';

const cell = (key: string, raw: string, value: number | null, unit?: string, rawUnit?: string): ParsedCell => ({
  key,
  section: '二',
  rowLabel: '',
  colLabel: '',
  raw,
  value,
  kind: 'number',
  loc: {},
  ...(unit ? { unit } : {}),
  ...(rawUnit ? { rawUnit } : {}),
});

describe('checkAmountMagnitudes', () => {
  it('135 projects for 75394432.52元 (pingtan 2019 as printed) is plausible', () => {
    expect(
      checkAmountMagnitudes([
        cell('t2.procurement.items', '135', 135),
        cell('t2.procurement.amount', '75394432.52元', 75394432.52, '元', '元'),
      ]),
    ).toEqual([]);
  });

  it('the same total typed as 7539.44 under 元: 55.85 元 a project is too small, warning', () => {
    const f = checkAmountMagnitudes([
      cell('t2.procurement.items', '135', 135),
      cell('t2.procurement.amount', '7539.44元', 7539.44, '元', '元'),
    ]);
    expect(f).toEqual([
      expect.objectContaining({
        code: 'amount_magnitude',
        severity: 'warning',
        keys: ['t2.procurement.items', 't2.procurement.amount'],
      }),
    ]);
    expect(f[0].messageEn).toContain('55.85 yuan per project');
  });

  it('a 万元 figure stored as 元 gives more than 10 亿元 a project: warning', () => {
    const f = checkAmountMagnitudes([
      cell('t2.procurement.items', '2', 2),
      cell('t2.procurement.amount', '75394432.52万元', 753944325200, '元', '万元'),
    ]);
    expect(f.map((x) => [x.code, x.severity])).toEqual([['amount_magnitude', 'warning']]);
  });

  it('a 元 figure finer than a fen (7539.443252元) reads as 万元: warning', () => {
    const f = checkAmountMagnitudes([
      cell('t2.procurement.items', '0', 0),
      cell('t2.procurement.amount', '7539.443252元', 7539.443252, '元', '元'),
    ]);
    expect(f.map((x) => x.messageEn)).toEqual([expect.stringContaining('6 decimals')]);
  });

  it('fees of 242523110.82 万元 (元 typed under the 万元 header) are implausible; 24252.311082 万元 are not', () => {
    expect(
      checkAmountMagnitudes([cell('t2.fees.amount', '242523110.82', 242523110.82, '万元')]).map((x) => x.severity),
    ).toEqual(['warning']);
    expect(checkAmountMagnitudes([cell('t2.fees.amount', '24252.311082', 24252.311082, '万元')])).toEqual([]);
  });
});
