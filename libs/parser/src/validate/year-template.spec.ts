import { checkYearTemplate } from './year-template';

describe('checkYearTemplate', () => {
  it('flags a 2020 (or earlier) report on the 2021 tables as a year to check', () => {
    const [f] = checkYearTemplate(2020, '2021');
    expect(f).toMatchObject({ code: 'year_template_mismatch', severity: 'warning' });
    expect(f.messageZh).toContain('2020');
    expect(checkYearTemplate(2019, '2021').map((x) => x.code)).toEqual(['year_template_mismatch']);
  });

  it('only notes a later report on the old tables, and says nothing where year and tables agree', () => {
    expect(checkYearTemplate(2022, '2019').map((x) => [x.code, x.severity])).toEqual([['template_outdated', 'info']]);
    expect(checkYearTemplate(2021, '2021')).toEqual([]);
    expect(checkYearTemplate(2020, '2019')).toEqual([]);
    expect(checkYearTemplate(2020, 'mixed')).toEqual([]);
    expect(checkYearTemplate(null, '2021')).toEqual([]);
  });
});
