import { buildGroupedBarOption, horizontalHeight } from './build-grouped-bar-option';

type Series = { name: string; data: (number | null)[]; markLine?: { data: { name: string; yAxis: number }[] } };
const cats = ['甲局', '乙局', '丙局', '丁局'];

describe('buildGroupedBarOption', () => {
  const input = {
    categories: cats,
    locale: 'zh-CN' as const,
    showQuartiles: true,
    series: [
      { key: 't3.new.total', name: '本年新收', unit: '件', values: [1, 2, null, 4] },
      { key: 't2.penalty.decisions', name: '行政处罚', unit: '件', values: [10, 20, 30, 40] },
    ],
  };

  it('draws one bar series per metric over the categories, keeping gaps', () => {
    const o = buildGroupedBarOption(input);
    expect((o.xAxis as { data: string[] }).data).toEqual(cats);
    const s = o.series as Series[];
    expect(s.map((x) => x.name)).toEqual(['本年新收', '行政处罚']);
    expect(s[0].data).toEqual([1, 2, null, 4]);
  });

  it('turns horizontal on a phone: groups down the y axis, first on top, whole names up to 8 characters, quartiles on x', () => {
    const o = buildGroupedBarOption({
      ...input,
      horizontal: true,
      categories: ['合成市人力资源和社会保障局', ...cats.slice(1)],
    });
    const y = o.yAxis as {
      type: string;
      data: string[];
      inverse: boolean;
      axisLabel: { formatter: (s: string) => string };
    };
    expect([y.type, y.inverse, y.data.length]).toEqual(['category', true, 4]);
    expect(y.axisLabel.formatter('合成市人力资源和社会保障局')).toBe('合成市人力资源和…');
    expect((o.xAxis as { type: string }).type).toBe('value');
    const m = (o.series as { markLine: { data: { xAxis?: number; yAxis?: number }[] } }[])[1].markLine.data;
    expect(m.map((d) => [d.xAxis, d.yAxis])).toEqual([
      [17.5, undefined],
      [25, undefined],
      [32.5, undefined],
    ]);
    expect(horizontalHeight(26, 2)).toBeGreaterThan(26 * 18);
  });

  it('marks the quartiles of each metric, ignoring missing values', () => {
    const s = buildGroupedBarOption(input).series as Series[];
    expect(s[0].markLine!.data.map((d) => d.yAxis)).toEqual([1.5, 2, 3]);
    expect(s[1].markLine!.data.map((d) => d.yAxis)).toEqual([17.5, 25, 32.5]);
    expect(s[1].markLine!.data[1].name).toContain('中位数');
  });

  it('uses quartiles sent by the API over its own', () => {
    const s = buildGroupedBarOption({
      ...input,
      series: [{ ...input.series[0], quartiles: { q1: 9, median: 10, q3: 11, n: 50 } }],
    }).series as Series[];
    expect(s[0].markLine!.data.map((d) => d.yAxis)).toEqual([9, 10, 11]);
  });

  it('has no reference lines when they are switched off', () => {
    const s = buildGroupedBarOption({ ...input, showQuartiles: false }).series as Series[];
    expect(s[0].markLine).toBeUndefined();
  });

  it('shows exact values with units in the tooltip, and escapes labels', () => {
    const o = buildGroupedBarOption({ ...input, categories: ['<b>x</b>', ...cats.slice(1)], missingText: '无数据' });
    const f = (o.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = f([
      { dataIndex: 0, seriesIndex: 0, marker: '' },
      { dataIndex: 0, seriesIndex: 1, marker: '' },
    ]);
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).toContain('本年新收：<b>1 件</b>');
    expect(f([{ dataIndex: 2, seriesIndex: 0 }])).toContain('本年新收：无数据');
  });

  it('adds a zoom slider and drops animation for many bureaus', () => {
    const many = Array.from({ length: 300 }, (_, i) => `局${i}`);
    const o = buildGroupedBarOption({
      categories: many,
      locale: 'en',
      series: [{ key: 'k', name: 'x', unit: '件', values: many.map((_, i) => i) }],
    });
    expect(o.animation).toBe(false);
    expect(Array.isArray(o.dataZoom) && o.dataZoom.length).toBe(2);
    expect(buildGroupedBarOption(input).dataZoom).toBeUndefined();
  });

  it('marks a value that includes corrections in the tooltip', () => {
    const o = buildGroupedBarOption({
      categories: ['甲', '乙'],
      locale: 'zh-CN',
      correctedText: '含更正值：{n}份报告',
      series: [{ key: 'k', name: '处罚', unit: '件', values: [430, 5], corrected: [1, 0] }],
    });
    const f = (o.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(f([{ dataIndex: 0, seriesIndex: 0, marker: '' }])).toContain(
      '处罚：<b>430 件</b> <i>（含更正值：1份报告）</i>',
    );
    expect(f([{ dataIndex: 1, seriesIndex: 0, marker: '' }])).not.toContain('更正');
  });
});
