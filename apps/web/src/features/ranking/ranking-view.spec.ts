import { groupsOf, half, sliderScale } from './ranking-view';

describe('ranking view helpers', () => {
  it("puts the sliders on the profile's own scale", () => {
    expect(sliderScale([20, 15, 25, 15, 10, 15])).toEqual({ max: 50, step: 1 }); // 2 × 25 = 50
    expect(sliderScale([20, 20, 20, 10, 15, 15])).toEqual({ max: 40, step: 1 }); // the old default: 20 sits mid-range
    expect(sliderScale([0.3, 0.1])).toEqual({ max: 0.6, step: 0.01 });
    expect(sliderScale([])).toEqual({ max: 10, step: 1 });
  });
  it('lists the peer groups in row order with sizes', () => {
    expect(
      groupsOf([
        { peerGroup: 'department', peerGroupLabel: 'D', groupSize: 2 },
        { peerGroup: 'department', peerGroupLabel: 'D', groupSize: 2 },
        { peerGroup: 'township', peerGroupLabel: 'T', groupSize: 1 },
      ]),
    ).toEqual([
      { key: 'department', label: 'D', size: 2 },
      { key: 'township', label: 'T', size: 1 },
    ]);
  });
  it('takes one language of a bilingual text', () => {
    expect(half('无申请 · no applications', 'en')).toBe('no applications');
    expect(half('无申请 · no applications', 'zh-CN')).toBe('无申请');
    expect(half(null, 'en')).toBe('');
  });
});
