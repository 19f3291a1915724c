import { kindLabel, kindList, sumsOwnReports } from './kind';

describe('report kinds on screen', () => {
  it('labels a kind in the reader’s language', () => {
    expect(kindLabel('township', 'zh-CN')).toBe('乡镇（街道）');
    expect(kindLabel('government_compiled', 'en')).toBe('government (compiled)');
  });
  it('recognises the default total (the bodies’ own reports, whatever the order) and nothing else', () => {
    expect(sumsOwnReports(['department', 'government_office', 'other', 'township'])).toBe(true);
    expect(sumsOwnReports(['government_office', 'department', 'township'])).toBe(false);
    expect(sumsOwnReports(['government_compiled'])).toBe(false);
    expect(kindList(['government_compiled'], 'zh-CN')).toBe('本级政府（汇总）');
    expect(kindList(['department', 'township'], 'en')).toBe('department, township');
  });
});
