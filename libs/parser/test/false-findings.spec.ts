// Issue #12's fixed false findings, on the real inputs that raised them before their fix (the code before the fix was
// run on every sample, corpus text copy and demo report; see docs/false-findings.md). Expected values are read off the
// source texts: the seed's table 二, and the 洪泽区 2023/2024 text copies of the corpus PDFs.
import type { ParsedReport } from '@dh/domain';
import { parseSample } from './golden-helpers';

const HONGZE_2023 = 'reports/2023_hongze_qu_renmin_zhengfu.txt';
const HONGZE_2024 = 'reports/2024_hongze_qu_renmin_zhengfu.txt';
const cellOf = (r: ParsedReport, key: string) => r.cells.find((c) => c.key === key);
const scored = (r: ParsedReport) => r.findings.filter((f) => f.severity !== 'info');

describe('amount_unit_missing: copying the template exactly is not a fault', () => {
  it('seed 000 (2019 template, 采购总金额 printed 689380 with no unit, as the template has none): one info, out of sums', () => {
    const r = parseSample('seeds/000_ccd59bc5fe42f9c9.txt');
    // Before the fix this was a warning and 689380 stayed in the sums in an unknown unit.
    expect(r.findings.map((f) => [f.code, f.severity, f.keys])).toEqual([
      ['amount_unit_missing', 'info', ['t2.procurement.amount']],
    ]);
    expect(cellOf(r, 't2.procurement.amount')).toMatchObject({ raw: '689380', value: null });
    // Its tables add up (table 三 and 四 all 0, table 二 consistent): nothing else to say about it.
    expect(scored(r)).toEqual([]);
  });

  it.each([
    [HONGZE_2023, 7730.28],
    [HONGZE_2024, 7545],
  ])(
    '%s (2021 template: 本年收费金额（单位：万元） in the header line above the figure): %s 万元, no finding',
    (file, fee) => {
      const r = parseSample(file);
      expect(r.findings.filter((f) => f.code === 'amount_unit_missing')).toEqual([]);
      expect(cellOf(r, 't2.fees.amount')).toMatchObject({ value: fee, unit: '万元' });
    },
  );
});

describe('洪泽区 2023: the true faults stay', () => {
  const r = parseSample(HONGZE_2023);

  it('table 四 as printed: 复议 维持10 纠正1 总计0, 复议后起诉 维持5 总计0 — two wrong totals, two t4_total errors', () => {
    const t4 = r.findings.filter((f) => f.code === 't4_total');
    expect(t4.map((f) => [f.severity, f.keys?.[0]])).toEqual([
      ['error', 't4.reconsideration.total'],
      ['error', 't4.litigation_after.total'],
    ]);
    expect(cellOf(r, 't4.reconsideration.upheld')?.value).toBe(10);
    expect(cellOf(r, 't4.litigation_after.upheld')?.value).toBe(5);
  });

  it('table 三 adds up as printed (21 received, 4 + 3 + 13 + 1 handled, total 21): no arithmetic finding on it', () => {
    expect(r.findings.filter((f) => f.code.startsWith('t3_'))).toEqual([]);
    expect(cellOf(r, 't3.result_total.total')?.value).toBe(21);
  });
});

describe('洪泽区 2024: tables that add up give no error', () => {
  it('table 四 1+1=2, 1=1, 2+1=3; table 三 95 received: no error', () => {
    const r = parseSample(HONGZE_2024);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(cellOf(r, 't4.reconsideration.total')?.value).toBe(2);
    expect(cellOf(r, 't4.litigation_after.total')?.value).toBe(3);
    expect(cellOf(r, 't3.new.total')?.value).toBe(95);
  });
});
