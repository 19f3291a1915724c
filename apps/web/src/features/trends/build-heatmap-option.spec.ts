import { buildHeatmapOption, colourScale } from './build-heatmap-option';

describe('buildHeatmapOption', () => {
  const input = {
    agencies: ['甲', '乙'],
    years: [2020, 2021, 2022],
    values: [
      [1, null, 30],
      [4, 5, 6],
    ],
    unit: '件',
    metricName: '本年新收',
    locale: 'zh-CN' as const,
  };

  it('places each known value at (year, bureau) and leaves missing cells out', () => {
    const o = buildHeatmapOption(input);
    const data = (o.series as { data: number[][] }[])[0].data;
    expect(data).toEqual([
      [0, 0, 1],
      [2, 0, 30],
      [0, 1, 4],
      [1, 1, 5],
      [2, 1, 6],
    ]);
  });

  it('scales the colours from the smallest to the largest value', () => {
    const vm = buildHeatmapOption(input).visualMap as { min: number; max: number };
    expect([vm.min, vm.max]).toEqual([1, 30]);
  });

  it('tops the scale at the 95th percentile so one outlier does not wash out the rest', () => {
    const vs = [...Array.from({ length: 39 }, (_, i) => i + 1), 859]; // 40 values: nearest rank 38 is 38
    expect(colourScale(vs)).toEqual({ min: 1, max: 38 });
    expect(colourScale([5, 5, 5])).toEqual({ min: 5, max: 6 }); // all equal: still a usable range
    expect(colourScale([])).toEqual({ min: 0, max: 1 });
  });

  it('names bureau, year, exact value and unit in the tooltip', () => {
    const f = (buildHeatmapOption(input).tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(f({ value: [2, 0, 30] })).toBe('<b>甲</b> · 2022<br/>本年新收：<b>30 件</b>');
  });

  it('still builds for no data at all', () => {
    const o = buildHeatmapOption({
      ...input,
      values: [
        [null, null, null],
        [null, null, null],
      ],
    });
    expect((o.series as { data: unknown[] }[])[0].data).toEqual([]);
  });
});
