import { buildArt20Option } from './build-art20-option';

describe('buildArt20Option', () => {
  const cells = [
    { key: 't2.normative.new_made', rowLabel: '规范性文件', colLabel: '本年新制作数量', value: 15, raw: '15' },
    { key: 't2.penalty.change', rowLabel: '行政处罚', colLabel: '本年增/减', value: 8, raw: '8' },
    {
      key: 't2.procurement.amount',
      rowLabel: '政府集中采购',
      colLabel: '采购总金额',
      value: 689380,
      raw: '689380',
      unit: '元',
    },
    { key: 't3.new.total', rowLabel: '一、本年新收', colLabel: '总计', value: 3, raw: '3' },
  ];

  it('draws one bar per count cell of table 二 with Chinese labels, leaving out amounts and other tables', () => {
    const opt = buildArt20Option(cells, '第二十条');
    expect((opt.yAxis as { data: string[] }).data).toEqual(['规范性文件·本年新制作数量', '行政处罚·本年增/减']);
    expect((opt.series as { data: (number | null)[] }[])[0].data).toEqual([15, 8]);
  });

  it("names the bars with the catalogue's English labels for a page in English", () => {
    const labels = (buildArt20Option(cells, 'Art. 20', 'en').yAxis as { data: string[] }).data;
    expect(labels).toHaveLength(2);
    expect(labels.join(' ')).not.toMatch(/[\u3400-\u9fff]/);
  });

  it('keeps an empty cell as a gap, not as zero', () => {
    const opt = buildArt20Option(
      [{ key: 't2.rules.new_made', rowLabel: '规章', colLabel: '本年新制作数量', value: null, raw: '' }],
      't',
    );
    expect((opt.series as { data: (number | null)[] }[])[0].data).toEqual([null]);
  });
});
