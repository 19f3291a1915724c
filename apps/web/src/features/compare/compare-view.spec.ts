import type { CompareResult } from '../../api/ops';
import { barSeries, compareTableView, rowLabel } from './compare-view';

const metric = (key: string) => ({
  key,
  section: '三',
  labelZh: `中${key}`,
  labelEn: `en${key}`,
  unit: '件',
  comparability: 'same' as const,
  templates: ['2019', '2021'],
  noteZh: null,
  noteEn: null,
});
const cell = (m: string, year: number, value: number | null, yoyRate: number | null = null, corrected = 0) => ({
  metric: m,
  year,
  value,
  reports: 1,
  yoy: null,
  yoyRate,
  yoyNote: null,
  share: null,
  corrected,
});
const r: CompareResult = {
  groupBy: 'agency',
  years: [2023, 2024],
  rowCount: 2,
  totals: [],
  kinds: [],
  metrics: [metric('a'), metric('b')],
  rows: [
    {
      key: '1',
      label: '甲',
      agencies: 1,
      cells: [cell('a', 2024, 5, 0.25, 1), cell('b', 2024, 7), cell('a', 2023, 4)],
    },
    { key: '2', label: '乙', agencies: 1, cells: [cell('a', 2024, null)] },
  ],
  quantiles: [
    { metric: 'a', year: 2024, n: 2, p25: 1, p50: 2, p75: 3 },
    { metric: 'b', year: 2024, n: 0, p25: null, p50: null, p75: null },
  ],
};

describe('compare view', () => {
  it('gives one bar series per metric for the chosen year with the API quartiles', () => {
    const s = barSeries(r, 2024, 'zh-CN');
    expect(s.map((x) => [x.name, x.values])).toEqual([
      ['中a', [5, null]],
      ['中b', [7, null]],
    ]);
    expect(s[0].quartiles).toEqual({ q1: 1, median: 2, q3: 3, n: 2 });
    expect(s[1].quartiles).toBeNull();
    expect(barSeries(r, 2023, 'en')[0]).toMatchObject({ name: 'ena', values: [4, null] });
    // How many reports of each bar an admin corrected, for the tooltip.
    expect(s.map((x) => x.corrected)).toEqual([
      [1, 0],
      [0, 0],
    ]);
  });
  it('flattens rows into metric|year columns with the change in % (one decimal) and the totals row last', () => {
    const t = compareTableView({
      ...r,
      rows: [{ ...r.rows[0], cells: [{ ...cell('a', 2024, 5, 0.15733), yoy: -43, share: 0.123456 }] }],
    });
    expect(t.rows[0]).toMatchObject({
      key: '1',
      label: '甲',
      'a|2024': 5,
      'a|2024|yoy': -43,
      'a|2024|yoyRate': 15.7,
      'a|2024|share': 12.3,
    });
    expect(t.columns.map((c) => c.title).slice(0, 6)).toEqual([
      '机关',
      '机关数',
      '中a 2023年（件）',
      '2023年同比增减（件）',
      '2023年同比（%）',
      '2023年占合计（%）',
    ]);
    expect(t.total.label).toBe('合计（全部 2 行）'); // two rows selected, one listed
  });
});

describe('rowLabel', () => {
  it('names type and level groups in the reader language, leaves body and region names as they are', () => {
    expect(rowLabel('emergency_management', 'type', 'zh-CN')).toBe('应急管理');
    expect(rowLabel('emergency_management', 'type', 'en')).toBe('Emergency management');
    expect(rowLabel('city', 'level', 'zh-CN')).toBe('市级');
    expect(rowLabel('合成市应急管理局', 'agency', 'en')).toBe('合成市应急管理局');
  });
});
