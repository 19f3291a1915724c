import { buildScorecardOption } from './build-scorecard-option';

describe('buildScorecardOption', () => {
  const indicators = [
    { key: 'timely', name: '及时性' },
    { key: 'accurate', name: '准确性' },
  ];
  const rows = [
    { agencyName: '甲局', score: 90, parts: { timely: 50, accurate: 40 } },
    { agencyName: '乙局', score: null, parts: { timely: null, accurate: null } },
    { agencyName: '丙局', score: 70, parts: { timely: 30, accurate: 40 } },
  ];

  it('stacks one segment per indicator for every scored bureau, in the given order', () => {
    const o = buildScorecardOption(rows, indicators, 'zh-CN');
    expect((o.yAxis as { data: string[] }).data).toEqual(['甲局', '丙局']);
    const s = o.series as { name: string; stack: string; data: (number | null)[] }[];
    expect(s.map((x) => [x.name, x.stack, x.data])).toEqual([
      ['及时性', 'score', [50, 30]],
      ['准确性', 'score', [40, 40]],
    ]);
    // The score scale, whatever the data: 0 to 100 points.
    expect(o.xAxis).toMatchObject({ min: 0, max: 100 });
  });

  it('limits the chart to the top N', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({
      agencyName: `局${i}`,
      score: 100 - i,
      parts: { timely: 1, accurate: 1 },
    }));
    expect((buildScorecardOption(many, indicators, 'en', 10).yAxis as { data: string[] }).data).toHaveLength(10);
  });

  it('explains the score in the tooltip', () => {
    const f = (buildScorecardOption(rows, indicators, 'zh-CN').tooltip as { formatter: (p: unknown) => string })
      .formatter;
    const html = f([
      { dataIndex: 1, marker: '' },
      { dataIndex: 1, marker: '' },
    ]);
    expect(html).toContain('丙局</b> · 70 分');
    expect(html).toContain('及时性：<b>30 分</b>');
  });
});
