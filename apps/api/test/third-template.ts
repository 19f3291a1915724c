// A test-only third template, registered before anything reads the registry: import this module first. It is the
// 2021 template with reworded 第二十条第（一）项 headers, the other blocks dropped, and a new row 行政检查 under a new
// clause (十) — what a future notice might do. Nothing else in the code names it.
// (A path into libs/domain: importing @dh/domain would build the catalogue before the template is in the registry.)
import { registerTemplate, templateTables } from '../../../libs/domain/src/template-registry';

export const THIRD = '2031';
export const THIRD_FIRST_YEAR = 2031;
export const INSPECTION_KEY = 't2.inspection.inspections';

const t2021 = templateTables('2021');
registerTemplate(
  {
    id: THIRD,
    table2: [
      {
        clause: '一',
        rows: t2021.table2[0].rows,
        columns: [
          { id: 'issued', header: '本年印发件数', en: 'issued this year', unit: '件', grammar: 'count' },
          { id: 'in_force', header: '年末有效件数', en: 'in force at year end', unit: '件', grammar: 'count' },
        ],
      },
      {
        clause: '十',
        rows: [{ id: 'inspection', label: '行政检查', en: 'Administrative inspections', variants: ['行政检查事项'] }],
        columns: [
          { id: 'inspections', header: '本年检查次数', en: 'inspections this year', unit: '次', grammar: 'count' },
        ],
      },
    ],
    table3: t2021.table3,
    headerMarks: ['本年印发', '年末有效', '本年检查次数'],
  },
  { notice: '（测试用格式）', firstYear: THIRD_FIRST_YEAR },
);
