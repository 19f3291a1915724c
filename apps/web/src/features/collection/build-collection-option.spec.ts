import { buildCollectionOption, type CollectionCell } from './build-collection-option';

const labels = { on_time: '按时', late: '逾期', undated: '无日期', missing: '未提交', failed: '检查未通过' };

describe('buildCollectionOption', () => {
  const cells: CollectionCell[] = [
    { agencyName: '甲局', year: 2021, status: 'on_time', reportId: '1', publishedOn: '2022-01-25' },
    { agencyName: '甲局', year: 2022, status: 'late', reportId: '2', publishedOn: '2023-03-02' },
    { agencyName: '乙局', year: 2022, status: 'missing' },
    { agencyName: '丙局', year: 2022, status: 'failed' },
  ];
  const o = buildCollectionOption({
    agencies: ['甲局', '乙局'],
    years: [2021, 2022],
    cells,
    statusLabels: labels,
    formatDate: (d) => `D${d}`,
  });
  const data = (o.series as { data: { value: number[]; cell: CollectionCell }[] }[])[0].data;

  it('places each status at (year, bureau) with the report id for click-through, dropping unknown bureaus', () => {
    expect(data.map((d) => d.value)).toEqual([
      [0, 0, 0],
      [1, 0, 1],
      [1, 1, 3],
    ]);
    expect(data[1].cell.reportId).toBe('2');
  });

  it('colours by status with a labelled legend', () => {
    const vm = o.visualMap as { pieces: { value: number; label: string }[] };
    expect(vm.pieces.map((p) => p.label)).toEqual(['按时', '逾期', '无日期', '未提交', '检查未通过']);
  });

  it('tells status and publication date in the tooltip', () => {
    const f = (o.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(f({ data: data[1] })).toBe('<b>甲局</b> · 2022<br/>逾期 · D2023-03-02');
  });
});
