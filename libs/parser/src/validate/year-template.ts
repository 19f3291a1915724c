// The report year against the tables it is printed on. The 2021 template was issued in 2021 (国办公开办函〔2021〕30号),
// so a report for 2020 or before on its tables means the year is wrong (a misread or mistyped year, a wrong hint);
// a later report on the 2019 tables happens (an old form reused) and is only noted.
import type { Finding, TemplateDetected } from '@dh/domain';

/** Codes of the findings below: the store recomputes them when the year it keeps is not the one the parser read. */
export const YEAR_TEMPLATE_CODES = ['template_outdated', 'year_template_mismatch'];

export function checkYearTemplate(year: number | null, template: TemplateDetected): Finding[] {
  if (year === null) return [];
  if (template === '2019' && year >= 2021) {
    return [
      {
        code: 'template_outdated',
        severity: 'info',
        messageZh: `${year}年度报告仍使用2019年格式表格`,
        messageEn: `A ${year} report on the 2019 template tables`,
      },
    ];
  }
  if (template === '2021' && year <= 2020) {
    return [
      {
        code: 'year_template_mismatch',
        severity: 'warning',
        messageZh: `报告年度${year}与表格格式不符：2021年格式自2021年度报告起使用，请核对年度`,
        messageEn: `Report year ${year} contradicts its tables: the 2021 template is used from the 2021 reports on; check the year`,
      },
    ];
  }
  return [];
}
