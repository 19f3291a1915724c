import { describeFilters, idsOf } from './export.filters';

const names = {
  agencies: new Map([
    [7, '合成市应急管理局'],
    [9, '合成市林业局'],
  ]),
  regions: new Map([[3, '合成市']]),
};

describe('describeFilters', () => {
  const args = {
    metrics: ['t2.penalty.decisions'],
    years: [2023, 2024],
    groupBy: 'agency',
    limit: 300,
    filter: { ids: [7, 9], regionId: 3, type: 'emergency_management' },
    sort: { field: 'value', metric: 't2.penalty.decisions', year: 2024, desc: true },
  };

  it('names bodies, region, type and metrics instead of ids and keys, in Chinese', () => {
    expect(describeFilters(args, names, 'zh')).toEqual([
      ['筛选：指标', '行政处罚 · 处理决定数量（件）'],
      ['筛选：年度', '2023、2024'],
      ['筛选：地区', '合成市'],
      ['筛选：机关', '合成市应急管理局、合成市林业局'],
      ['筛选：类型', '应急管理'],
      ['筛选：分组', '按机关'],
      ['筛选：排序', '数值，行政处罚 · 处理决定数量（件），2024，降序'],
      ['筛选：行数上限', '300'],
    ]);
  });

  it('writes the same rows in English for a page read in English', () => {
    const rows = describeFilters(args, names, 'en');
    expect(rows[0]).toEqual(['Filter: Metrics', 'Administrative penalties: decisions (count)']);
    expect(rows).toContainEqual(['Filter: Type', 'Emergency management']);
    expect(rows.flat().join(' ')).not.toMatch(/"ids"|\[7/);
  });

  it('marks an id it could not name rather than dropping it', () => {
    expect(describeFilters({ year: 2024, regionId: 44 }, names, 'zh')).toEqual([
      ['筛选：年度', '2024'],
      ['筛选：地区', '#44'],
    ]);
  });

  it('collects the ids to look up from the filter and the series agencyIds', () => {
    expect(idsOf({ agencyIds: [1], filter: { ids: [2], regionId: 5 } })).toEqual({ agencies: [2, 1], regions: [5] });
  });
});
