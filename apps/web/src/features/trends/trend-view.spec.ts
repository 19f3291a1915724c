import type { SeriesResult } from '../../api/series-ops';
import { breakNotes, heatmapRows, trendSeries } from './trend-view';

const pt = (
  year: number,
  value: number | null,
  status: 'value' | 'missing_report' | 'no_value' = 'value',
  breakBefore = false,
) => ({
  year,
  value,
  status,
  breakBefore,
  breakReasonZh: breakBefore ? '模板变化' : null,
  breakReasonEn: breakBefore ? 'template change' : null,
  template: null,
  reportId: null,
  corrected: year === 2020 && value === 3,
  publishedValue: year === 2020 && value === 3 ? 4 : value,
});
const r: SeriesResult = {
  years: [2020, 2021, 2022],
  agencyCount: 2,
  metric: {
    key: 'k',
    section: '二',
    labelZh: '规章',
    labelEn: 'rules',
    unit: '件',
    comparability: 'none',
    templates: ['2021'],
    noteZh: null,
    noteEn: null,
  },
  lines: [
    {
      agencyId: 1,
      agencyName: '甲',
      points: [pt(2020, 3), pt(2021, 5, 'value', true), pt(2022, null, 'missing_report')],
    },
    { agencyId: 2, agencyName: '乙', points: [pt(2020, 0, 'no_value'), pt(2022, 9)] },
    // No 2021 report: its line breaks in 2022 for the same reason.
    {
      agencyId: 3,
      agencyName: '丙',
      points: [pt(2020, 1), pt(2021, null, 'missing_report'), pt(2022, 4, 'value', true)],
    },
  ],
};

describe('trend view', () => {
  it('keeps only real values and passes the break flags on', () => {
    const s = trendSeries(r);
    expect(s[0].points.map((p) => [p.value, p.breakBefore])).toEqual([
      [3, false],
      [5, true],
      [null, false],
    ]);
    expect(s[1].points[0].value).toBeNull();
    expect(s[0].comparability).toBe('none');
    // A corrected point keeps its published value for the tooltip.
    expect(s[0].points[0]).toMatchObject({ value: 3, corrected: true, publishedValue: 4 });
    expect(s[0].points[1]).toMatchObject({ corrected: false });
  });
  it('lays out the heatmap by the result years, gaps for missing points', () => {
    expect(heatmapRows(r)).toEqual({
      agencies: ['甲', '乙', '丙'],
      values: [
        [3, 5, null],
        [null, null, 9],
        [1, null, 4],
      ],
    });
  });
  it('gives each break reason once, at the first year, in the reader language', () => {
    expect(breakNotes(r, 'en')).toEqual(['2021: template change']);
    expect(breakNotes(r, 'zh-CN')).toEqual(['2021: 模板变化']);
  });
});
