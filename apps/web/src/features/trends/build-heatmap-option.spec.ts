import { buildHeatmapOption } from './build-heatmap-option';

describe('buildHeatmapOption', () => {
  const input = { agencies: ['甲', '乙'], years: [2020, 2021, 2022], values: [[1, null, 30], [4, 5, 6]], unit: '件', metricName: '本年新收', locale: 'zh-CN' as const };

  it('places each known value at (year, bureau) and leaves missing cells out', () => {
    const o = buildHeatmapOption(input);
    const data = (o.series as { data: number[][] }[])[0].data;
    expect(data).toEqual([[0, 0, 1], [2, 0, 30], [0, 1, 4], [1, 1, 5], [2, 1, 6]]);
  });

  it('scales the colours from the smallest to the largest value', () => {
    const vm = buildHeatmapOption(input).visualMap as { min: number; max: number };
    expect([vm.min, vm.max]).toEqual([1, 30]);
  });

  it('names bureau, year, exact value and unit in the tooltip', () => {
    const f = (buildHeatmapOption(input).tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(f({ value: [2, 0, 30] })).toBe('<b>甲</b> · 2022<br/>本年新收：<b>30 件</b>');
  });

  it('still builds for no data at all', () => {
    const o = buildHeatmapOption({ ...input, values: [[null, null, null], [null, null, null]] });
    expect((o.series as { data: unknown[] }[])[0].data).toEqual([]);
  });
});
