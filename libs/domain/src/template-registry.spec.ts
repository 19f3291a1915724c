import { registerTemplate, registeredTemplates, t2Column, t2RowWordings, templateTables } from './template-registry';
import { isTemplateId, latestTemplate, templateForYear } from './templates';

const base = () => ({ ...templateTables('2021'), id: '2040', headerMarks: ['年末有效'] });

describe('template registry', () => {
  it("holds each template's columns with header, unit and grammar", () => {
    expect(t2Column('2021', 'fees', 'amount')).toEqual({
      id: 'amount',
      header: '本年收费金额（单位：万元）',
      en: 'amount collected',
      unit: '万元',
      grammar: 'amount',
      printedUnit: '万元',
    });
    expect(t2Column('2019', 'procurement', 'amount')?.printedUnit).toBeNull();
    expect(t2Column('2019', 'licensing', 'change')?.grammar).toBe('signed');
    expect(t2Column('2021', 'procurement', 'amount')).toBeUndefined();
    expect(t2RowWordings('normative')).toEqual(['行政规范性文件', '规范性文件']);
  });

  it('refuses a template it could not use, naming the template and the problem', () => {
    expect(() => registerTemplate({ ...base(), id: '2021' }, { notice: 'x', firstYear: 2040 })).toThrow(
      'template 2021 is already registered',
    );
    expect(() =>
      registerTemplate({ ...base(), table3: ['new', 'nonsense'] }, { notice: 'x', firstYear: 2040 }),
    ).toThrow('template 2040: unknown table 三 rows nonsense');
    expect(() => registerTemplate({ ...base(), headerMarks: [] }, { notice: 'x', firstYear: 2040 })).toThrow(
      'template 2040: no header marks',
    );
    expect(() => registerTemplate(base(), { notice: 'x', firstYear: 2021 })).toThrow(
      'template 2040 must start after 2021',
    );
    expect(registeredTemplates()).toEqual(['2019', '2021']);
  });

  it('puts a registered template in force from its first year, closing the one before', () => {
    registerTemplate(base(), { notice: '（测试）', firstYear: 2040 });
    expect(registeredTemplates()).toEqual(['2019', '2021', '2040']);
    expect([templateForYear(2020), templateForYear(2039), templateForYear(2040), templateForYear(2099)]).toEqual([
      '2019',
      '2021',
      '2040',
      '2040',
    ]);
    expect(isTemplateId('2040')).toBe(true);
    expect(latestTemplate()).toBe('2040');
  });
});
