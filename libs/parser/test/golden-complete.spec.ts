// Complete reports (seed, Shanghai HTML, the five pingtan HTML pages): every cell, values read off the source.
import { diffCells, expected, parseSample, Z, type V } from './golden-helpers';

const T2_ZERO_2019 = (over: Record<string, V>): Record<string, V> => ({
  't2.rules.new_made': 0,
  't2.rules.new_published': 0,
  't2.rules.total_published': 0,
  't2.normative.new_made': 0,
  't2.normative.new_published': 0,
  't2.normative.total_published': 0,
  't2.licensing.prev_items': 0,
  't2.licensing.change': 0,
  't2.licensing.decisions': 0,
  't2.other_services.prev_items': 0,
  't2.other_services.change': 0,
  't2.other_services.decisions': 0,
  't2.penalty.prev_items': 0,
  't2.penalty.change': 0,
  't2.penalty.decisions': 0,
  't2.coercion.prev_items': 0,
  't2.coercion.change': 0,
  't2.coercion.decisions': 0,
  't2.fees.prev_items': 0,
  't2.fees.change': 0,
  't2.procurement.items': 0,
  't2.procurement.amount': 0,
  ...over,
});
const T2_2021 = (rules: V[], normative: V[], lic: V, pen: V, coe: V, fees: V): Record<string, V> => ({
  't2.rules.issued': rules[0],
  't2.rules.repealed': rules[1],
  't2.rules.in_force': rules[2],
  't2.normative.issued': normative[0],
  't2.normative.repealed': normative[1],
  't2.normative.in_force': normative[2],
  't2.licensing.decisions': lic,
  't2.penalty.decisions': pen,
  't2.coercion.decisions': coe,
  't2.fees.amount': fees,
});
const row = (natural: V, rest: V[] = [0, 0, 0, 0, 0], total: V = natural): V[] => [natural, ...rest, total];
const N: V[] = [null, null, null, null, null, null, null];
const ZERO15: V[] = Array(15).fill(0);

describe('golden: complete reports, every cell', () => {
  it('seed 000 (pipe rows, 2019 template)', () => {
    const r = parseSample('seeds/000_ccd59bc5fe42f9c9.txt');
    const exp = expected(
      T2_ZERO_2019({
        't2.normative.new_made': 15,
        't2.normative.new_published': 15,
        't2.normative.total_published': 15,
        't2.other_services.prev_items': 9,
        't2.other_services.change': 9,
        't2.other_services.decisions': 9,
        // 采购总金额 689380 is printed with no unit and the 2019 template fixes none: no value (out of sums), raw kept.
        't2.penalty.change': 8,
        't2.penalty.decisions': 8,
        't2.procurement.items': 7,
        't2.procurement.amount': { unitless: '689380' },
      }),
      Array(23).fill(Z),
      ZERO15,
      '2019',
    );
    expect(diffCells(r, exp)).toEqual([]);
    expect(r.template).toBe('2019');
    // A text copy: no page 发布时间, only the 落款 date under the signature (鞍山市应急管理局 / 2021年1月25日).
    expect(r).toMatchObject({
      agencyName: '鞍山市应急管理局',
      agencyNameFrom: 'signature',
      year: 2020,
      publishedOn: null,
      signedOn: '2021-01-25',
      truncated: false,
    });
    expect(r.sections.map((s) => s.title)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的问题',
      '六、整改措施',
    ]);
    // 689380 has no unit anywhere: kept as printed, flagged as info (the template itself prints no unit there).
    const amount = r.cells.find((c) => c.key === 't2.procurement.amount')!;
    expect(amount).toMatchObject({ raw: '689380', value: null, kind: 'number' });
    expect(amount.unit).toBeUndefined();
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['amount_unit_missing', 'info']]);
    const cell = r.cells.find((c) => c.key === 't3.withheld.state_secret.natural')!;
    expect(cell).toMatchObject({ raw: '0', value: 0, kind: 'zero', loc: { line: expect.any(Number) } });
  });

  it('Shanghai 2019 HTML (&nbsp; blanks, blank totals, colspan misalignment, 251000元)', () => {
    const r = parseSample('reports/2019_shanghai_shi_renmin_zhengfu_bangongting.html');
    const b = null;
    const exp = expected(
      T2_ZERO_2019({
        't2.rules.new_made': 13,
        't2.rules.new_published': 13,
        't2.rules.total_published': 524,
        't2.normative.new_made': 60,
        't2.normative.new_published': 60,
        't2.normative.total_published': 368,
        't2.procurement.items': 6,
        't2.procurement.amount': 251000,
      }),
      [
        [821, 35, b, b, 2, 1, 859],
        [18, b, b, b, b, b, 18],
        [258, 12, b, b, 1, 1, b],
        [3, b, b, b, b, b, b],
        [14, b, b, b, b, b, b],
        N,
        N,
        N,
        [5, b, b, b, b, b, b],
        [3, 1, b, b, b, b, b],
        N,
        [10, 2, b, b, b, b, b],
        [252, 12, b, b, 1, b, b],
        [44, 3, b, b, b, b, b],
        [25, b, b, b, b, b, b],
        [148, 1, b, b, b, b, b],
        [5, 4, b, b, b, b, b],
        N,
        N,
        N,
        N,
        [767, 35, b, b, 2, 1, 805],
        [72, b, b, b, b, b, 72],
      ],
      [5, b, b, 2, 7, 8, b, b, 1, 9, b, b, b, b, b],
      '2019',
    );
    expect(diffCells(r, exp)).toEqual([]);
    expect(r).toMatchObject({
      agencyName: '上海市人民政府办公厅',
      agencyNameFrom: 'title',
      year: 2019,
      publishedOn: '2020-01-31',
      template: '2019',
      truncated: false,
    });
    expect(r.cells.find((c) => c.key === 't2.procurement.amount')).toMatchObject({
      raw: '251000元',
      rawUnit: '元',
      unit: '元',
    });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.cells.find((c) => c.key === 't4.reconsideration.upheld')?.loc).toMatchObject({ table: 2, row: 3 });
  });

  it('pingtan 2019 HTML (two rowspan 三、本年度办理结果 cells, 75394432.52元)', () => {
    const r = parseSample('reports/2019_pingtan_zonghe_shiyanqu.html');
    const t3: V[][] = [
      row(23),
      Z,
      row(7),
      row(1),
      Z,
      Z,
      Z,
      Z,
      Z,
      Z,
      Z,
      Z,
      row(7),
      Z,
      row(5),
      Z,
      row(3),
      Z,
      Z,
      Z,
      Z,
      row(23),
      Z,
    ];
    const exp = expected(
      T2_ZERO_2019({
        't2.normative.new_made': 89,
        't2.normative.new_published': 89,
        't2.normative.total_published': 89,
        't2.licensing.prev_items': 396,
        't2.licensing.decisions': 181,
        't2.other_services.prev_items': 10,
        't2.other_services.decisions': 153,
        't2.penalty.prev_items': 2648,
        't2.penalty.decisions': 430,
        't2.coercion.prev_items': 126,
        't2.coercion.decisions': 25,
        't2.fees.prev_items': 35,
        't2.procurement.items': 135,
        't2.procurement.amount': 75394432.52,
      }),
      t3,
      ZERO15,
      '2019',
    );
    expect(diffCells(r, exp)).toEqual([]);
    expect(r).toMatchObject({
      agencyName: '平潭综合实验区',
      year: 2019,
      publishedOn: '2020-01-20',
      template: '2019',
      truncated: false,
    });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('pingtan 2020 HTML (negative 本年增/减, split spans 2|0, empty extra row; results add up to 27 vs 21)', () => {
    const r = parseSample('reports/2020_pingtan_zonghe_shiyanqu.html');
    const t3: V[][] = [
      row(20, [0, 0, 0, 0, 1], 21),
      Z,
      row(6, [0, 0, 0, 0, 1], 7),
      row(6),
      Z,
      Z,
      Z,
      Z,
      Z,
      Z,
      Z,
      Z,
      row(4),
      Z,
      row(3),
      Z,
      row(3),
      Z,
      Z,
      Z,
      row(4),
      row(20, [0, 0, 0, 0, 1], 21),
      Z,
    ];
    const exp = expected(
      T2_ZERO_2019({
        't2.rules.total_published': 7,
        't2.normative.new_made': 77,
        't2.normative.new_published': 77,
        't2.normative.total_published': 166,
        't2.licensing.prev_items': 396,
        't2.licensing.change': 442,
        't2.licensing.decisions': 278,
        't2.other_services.prev_items': 10,
        't2.other_services.change': 7,
        't2.other_services.decisions': 105,
        't2.penalty.prev_items': 2648,
        't2.penalty.change': -18,
        't2.penalty.decisions': 538,
        't2.coercion.prev_items': 126,
        't2.coercion.change': 26,
        't2.coercion.decisions': 29,
        't2.fees.prev_items': 35,
        't2.fees.change': -15,
        't2.procurement.items': 395,
        't2.procurement.amount': 73802895.9,
      }),
      t3,
      ZERO15,
      '2019',
    );
    expect(diffCells(r, exp)).toEqual([]);
    const errs = r.findings.filter((f) => f.severity === 'error');
    expect(errs.map((f) => f.code)).toContain('t3_result_total');
    expect(errs.some((f) => /27/.test(f.messageZh) && /21/.test(f.messageZh))).toBe(true);
    expect(r.cells.find((c) => c.key === 't2.penalty.change')).toMatchObject({
      raw: '-18',
      value: -18,
      kind: 'number',
    });
  });

  it('pingtan 2021 HTML (skewed 11-column applicant grid, 24252.311082 万元)', () => {
    const r = parseSample('reports/2021_pingtan_zonghe_shiyanqu.html');
    const t3: V[][] = [
      [64, 0, 0, 2, 0, 4, 70],
      Z,
      [27, 0, 0, 2, 0, 1, 30],
      row(5),
      Z,
      Z,
      Z,
      Z,
      row(1),
      Z,
      row(6),
      row(1),
      [22, 0, 0, 0, 0, 3, 25],
      Z,
      Z,
      Z,
      Z,
      Z,
      Z,
      Z,
      Z,
      Z,
      row(1),
      [63, 0, 0, 2, 0, 4, 69],
      row(1),
    ];
    const exp = expected(
      T2_2021([0, 0, 0], [69, 3, 665], 2293, 1282, 42, 24252.311082),
      t3,
      [1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0],
      '2021',
    );
    expect(diffCells(r, exp)).toEqual([]);
    expect(r).toMatchObject({ year: 2021, publishedOn: '2022-02-08', template: '2021', truncated: false });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.cells.find((c) => c.key === 't2.fees.amount')).toMatchObject({ unit: '万元', value: 24252.311082 });
    expect(r.cells.find((c) => c.key === 't2.licensing.decisions')?.colLabel).toBe('本年处理决定数量');
  });

  it('pingtan 2022 HTML (Word-pasted mso tables, &nbsp;0&nbsp; padding, heading typo 行政法复议)', () => {
    const r = parseSample('reports/2022_pingtan_zonghe_shiyanqu.html');
    const t3: V[][] = [
      [71, 3, 0, 0, 0, 0, 74],
      row(1),
      row(21),
      [8, 1, 0, 0, 0, 0, 9],
      Z,
      Z,
      Z,
      Z,
      row(1),
      row(2),
      row(1),
      Z,
      row(37),
      Z,
      Z,
      Z,
      Z,
      Z,
      Z,
      Z,
      row(2),
      Z,
      [0, 2, 0, 0, 0, 0, 2],
      [72, 3, 0, 0, 0, 0, 75],
      Z,
    ];
    const exp = expected(
      T2_2021([0, 0, 0], [88, 55, 698], 10690, 2113, 0, 9116.36),
      t3,
      [0, 1, 1, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0],
      '2021',
    );
    expect(diffCells(r, exp)).toEqual([]);
    expect(r.sections.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('pingtan 2024 HTML (labels split over <p>/<span>: 三、本/年度办/理结果)', () => {
    const r = parseSample('reports/2024_pingtan_zonghe_shiyanqu.html');
    const t3: V[][] = [
      [217, 1, 0, 0, 0, 0, 218],
      Z,
      row(71),
      row(29),
      row(4),
      Z,
      Z,
      row(3),
      row(32),
      Z,
      Z,
      Z,
      row(75),
      Z,
      Z,
      Z,
      row(1),
      Z,
      Z,
      Z,
      row(1),
      Z,
      [1, 1, 0, 0, 0, 0, 2],
      [217, 1, 0, 0, 0, 0, 218],
      Z,
    ];
    const exp = expected(
      T2_2021([0, 0, 0], [62, 33, 440], 4529, 1100, 65, 18651.06),
      t3,
      [2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19],
      '2021',
    );
    expect(diffCells(r, exp)).toEqual([]);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.agencyName).toBe('平潭综合实验区');
  });
});
