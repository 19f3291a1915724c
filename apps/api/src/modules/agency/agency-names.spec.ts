import { agencyLevelOf, candidateNames, isFullName, nameFromFileName, regionLevelOf } from './agency-names';

describe('agency names', () => {
  it('tells a full name from a partial one', () => {
    expect(
      ['鞍山市应急管理局', '平潭综合实验区', '会昌县中村乡人民政府', '上海市人民政府办公厅'].map(isFullName),
    ).toEqual([true, true, true, true]);
    expect(['市应急局', '区统计局', '我局', '中村乡', '某区审计局', '信访局'].map(isFullName)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('expands a partial printed name with the region given and the usual abbreviations', () => {
    expect(candidateNames({ printed: '市应急局', fileName: 'x.txt', regionPath: ['辽宁省', '鞍山市'] })).toEqual([
      '市应急局',
      '鞍山市应急局',
      '市应急管理局',
      '鞍山市应急管理局',
    ]);
    expect(candidateNames({ printed: '信访局', fileName: 'x.txt', regionPath: ['天镇县'] })).toEqual([
      '信访局',
      '天镇县信访局',
    ]);
  });

  it('puts the given name first, drops layout spaces, and reads a name from a Chinese file name', () => {
    expect(
      candidateNames({
        given: '鞍山市 统计局',
        printed: null,
        fileName: '鞍山市应急管理局2020年度政府信息公开工作年度报告.html',
      }),
    ).toEqual(['鞍山市统计局', '鞍山市应急管理局']);
    expect(nameFromFileName('2019_pingtan_zonghe_shiyanqu.html')).toBeNull();
  });

  it('derives levels from place-name suffixes', () => {
    expect(['辽宁省', '鞍山市', '洪泽区', '中村乡'].map(regionLevelOf)).toEqual([
      'province',
      'city',
      'county',
      'township',
    ]);
    expect(agencyLevelOf('鞍山市应急管理局')).toBe('city');
    expect(agencyLevelOf('会昌县中村乡人民政府')).toBe('township');
    expect(agencyLevelOf('新疆维吾尔自治区林业和草原局')).toBe('province');
    expect(agencyLevelOf('信访局', 'county')).toBe('county');
  });
});
