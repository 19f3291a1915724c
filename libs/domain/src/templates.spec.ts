import { isTemplateId, LATEST_TEMPLATE, templateForYear } from './templates';

describe('template of a report year', () => {
  it('follows the notices: 2019 template for 2019 and 2020, 2021 template from 2021 on', () => {
    expect([2018, 2019, 2020, 2021, 2025].map(templateForYear)).toEqual(['2019', '2019', '2019', '2021', '2021']);
    expect(LATEST_TEMPLATE).toBe('2021');
    expect(['2019', '2021', 'mixed', 'unknown'].map(isTemplateId)).toEqual([true, true, false, false]);
  });
});
