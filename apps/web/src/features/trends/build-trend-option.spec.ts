import { buildTrendOption, seriesValues, yoyValues } from './build-trend-option';

type Line = {
  name: string;
  data: (number | null)[];
  color: string;
  markLine?: { data: { xAxis: string }[]; label: { formatter: string } };
};
const years = [2019, 2020, 2021, 2022];
const pts = (vals: (number | null)[]) => vals.map((value, i) => ({ year: years[i], value }));

describe('buildTrendOption', () => {
  it('draws one connected line for a comparable metric, gaps where a year is missing', () => {
    const o = buildTrendOption({
      years,
      locale: 'zh-CN',
      series: [{ name: '本年新收', unit: '件', comparability: 'same', points: pts([5, null, 7, 9]) }],
    });
    const s = o.series as Line[];
    expect(s).toHaveLength(1);
    expect(s[0].data).toEqual([5, null, 7, 9]);
    // Same definition in both templates: the 2021 change is not drawn.
    expect(s[0].markLine).toBeUndefined();
  });

  it('marks the 2021 template change for a metric whose definition changed (caveat)', () => {
    const o = buildTrendOption({
      years,
      locale: 'zh-CN',
      series: [{ name: '处罚', unit: '件', comparability: 'caveat', points: pts([5, 6, 7, 9]) }],
    });
    expect((o.series as Line[])[0].markLine!.data).toEqual([{ xAxis: '2021' }]);
  });

  it('breaks a non-comparable metric at the 2021 template change, same colour both sides', () => {
    const o = buildTrendOption({
      years,
      locale: 'zh-CN',
      series: [{ name: '规章', unit: '件', comparability: 'none', points: pts([1, 2, 3, 4]) }],
    });
    const s = o.series as Line[];
    expect(s.map((l) => l.data)).toEqual([
      [1, 2, null, null],
      [null, null, 3, 4],
    ]);
    expect(s[0].color).toBe(s[1].color);
    expect(s[0].markLine!.label.formatter).toContain('口径不可比');
  });

  it('leaves out points the API marks as not comparable', () => {
    const { values } = seriesValues(
      years,
      {
        name: 'x',
        unit: '件',
        points: [
          { year: 2019, value: 3, comparable: false },
          { year: 2020, value: 4 },
        ],
      },
      2021,
    );
    expect(values).toEqual([null, 4, null, null]);
  });

  it('breaks where the API says, even for a comparable metric', () => {
    const points = [
      { year: 2019, value: 1 },
      { year: 2020, value: 2, breakBefore: true },
      { year: 2021, value: 3 },
    ];
    expect(seriesValues(years, { name: 'x', unit: '件', comparability: 'same', points }, 2021).breakAt).toBe(1);
  });

  it('computes YoY in % and never across a break', () => {
    expect(yoyValues([100, 120, 60, 90], null)).toEqual([null, 20, -50, 50]);
    expect(yoyValues([100, 120, 60, 90], 2)).toEqual([null, 20, null, 50]);
    const o = buildTrendOption({
      years,
      locale: 'en',
      mode: 'yoy',
      series: [{ name: 'x', unit: '件', comparability: 'same', points: pts([100, 0, 5, 10]) }],
    });
    expect((o.series as Line[])[0].data).toEqual([null, -100, null, 100]);
  });

  it('puts the year and exact values with units in the tooltip', () => {
    const o = buildTrendOption({
      years,
      locale: 'zh-CN',
      series: [{ name: '采购', unit: '元', points: pts([689380, 1, 2, 3]) }],
    });
    const html = (o.tooltip as { formatter: (p: unknown) => string }).formatter([
      { dataIndex: 0, seriesIndex: 0, value: 689380, marker: '' },
    ]);
    expect(html).toContain('2019');
    expect(html).toContain('689,380 元');
  });

  it('marks a corrected value in the tooltip with the value as published; a total only says it includes corrections', () => {
    const points = [{ year: 2019, value: 430, corrected: true, publishedValue: 433 }, ...pts([null, 1, 2]).slice(1)];
    const o = buildTrendOption({
      years,
      locale: 'zh-CN',
      series: [{ name: '处罚', unit: '件', points }],
      labels: { templateChange: 'x', notComparable: 'y', corrected: '已更正，公布值 {v}' },
    });
    const tip = (o.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(tip([{ dataIndex: 0, seriesIndex: 0, value: 430, marker: '' }])).toContain(
      '430 件</b> <i>（已更正，公布值 433 件）</i>',
    );
    expect(tip([{ dataIndex: 2, seriesIndex: 0, value: 1, marker: '' }])).not.toContain('已更正');
    const total = buildTrendOption({
      years,
      locale: 'en',
      series: [{ name: 'total', unit: '件', points: [{ year: 2019, value: 9, corrected: true }] }],
      labels: { templateChange: 'x', notComparable: 'y', correctedSome: 'includes corrected values' },
    });
    expect(
      (total.tooltip as { formatter: (p: unknown) => string }).formatter([
        { dataIndex: 0, seriesIndex: 0, value: 9, marker: '' },
      ]),
    ).toContain('（includes corrected values）');
  });
});
