// Missing sections and tables, cells the template expects but the page does not print, template mixture,
// and whether the text ends before the report does.
import {
  isTemplateId,
  metricsOfTemplate,
  type Finding,
  type ParsedCell,
  type ReportSection,
  type TemplateDetected,
} from '@dh/domain';
import { checkYearTemplate } from './year-template';

// Length of the official 五 and 六 headings: a longer title line carries body text.
const HEADING_LEN: Record<number, number> = {
  5: '五、存在的主要问题及改进情况'.length,
  6: '六、其他需要报告的事项'.length,
};
const MID_SENTENCE_END = /[，、；,;（(“《〈【]$/;
const CN_DIGIT: Record<string, number> = { 四: 4, 五: 5, 六: 6, 七: 7, 八: 8 };

/** The number of parts the report announces for itself (`本报告包括…等六个部分`), if it does. */
export function declaredParts(text: string): number | null {
  const m = /(?:包括|包含|分为|共)[^。]{0,200}?([四五六七八4-8])个部分/.exec(text.slice(0, 3000));
  return m ? (CN_DIGIT[m[1]] ?? Number(m[1])) : null;
}

// text.replace(/[\s\u0001]+$/, ''), from the end: the anchored regex tried every whitespace run of the text.
function trimEndMarks(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.test(text[end - 1])) end--;
  return text.slice(0, end);
}
const TRAILING = /^[\s\u0001]$/;

export function isTruncated(sections: ReportSection[], text: string): boolean {
  const last = sections[sections.length - 1];
  const nos = new Set(sections.map((s) => s.no));
  // A last part whose heading is all there is (a short last line is taken whole as the title, so a title with
  // sentence marks or figures carries body text): the text stops right after the heading.
  if (
    last &&
    last.no >= 5 &&
    last.text.replace(/[\s\u0001]/g, '') === '' &&
    !/[，。；：,;:\d]/.test(last.title) &&
    last.title.replace(/\s/g, '').length <= HEADING_LEN[last.no]
  )
    return true;
  // Whatever part it reached, a text whose last mark is a comma, 顿号, semicolon or an opening bracket or quote
  // stops mid-sentence: whole reports end on a full stop, a date, a name or page chrome (a colon is left out: page
  // chrome ends on one, 分享到：).
  const trimmed = trimEndMarks(text);
  if (MID_SENTENCE_END.test(trimmed)) return true;
  if (nos.has(6)) return false;
  // A report that announces five parts and prints the fifth is whole without a 六.
  if (nos.has(5) && declaredParts(text) === 5) return false;
  // Reports without a 六 still end with a signature date; a page that stops in 五 does not.
  const tail = trimmed.slice(-200);
  return !(nos.has(5) && /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^。]{0,40}$/.test(tail));
}

export function checkCompleteness(
  sections: ReportSection[],
  cells: ParsedCell[],
  template: TemplateDetected,
  truncated: boolean,
  year: number | null,
): Finding[] {
  const out: Finding[] = [];
  const nos = sections.map((s) => s.no);
  const last = nos.length ? Math.max(...nos) : 0;
  for (let no = 1; no <= last; no++) {
    if (!nos.includes(no as ReportSection['no'])) {
      out.push({
        code: 'section_missing',
        severity: 'warning',
        messageZh: `未找到第${'一二三四五六'[no - 1]}部分标题`,
        messageEn: `Heading of section ${no} not found`,
      });
    }
  }
  // Keys and sections read, in one pass over the cells.
  const keys = new Set<string>();
  const bySection = new Set<string>();
  for (const c of cells) {
    keys.add(c.key);
    bySection.add(c.section);
  }
  const sectionNo = { 二: 2, 三: 3, 四: 4 } as const;
  for (const [sec, no] of Object.entries(sectionNo)) {
    const present = bySection.has(sec);
    // A section heading with no table after it (tables published as images, or cut off).
    if (!present && nos.includes(no) && (!truncated || last > no)) {
      out.push({
        code: 'table_missing',
        severity: 'warning',
        messageZh: `第${sec}部分的表格缺失`,
        messageEn: `The table of section ${no} is missing`,
      });
    }
  }
  if (truncated) {
    out.push({
      code: 'truncated',
      severity: 'warning',
      messageZh: '文本在报告结束前中断，只解析到中断处',
      messageEn: 'The text ends before the report does; parsed as far as it goes',
    });
  } else if (isTemplateId(template)) {
    const missing = metricsOfTemplate(template)
      .filter((m) => bySection.has(m.section) && !keys.has(m.key))
      .map((m) => m.key);
    if (missing.length) {
      out.push({
        code: 'cells_missing',
        severity: 'warning',
        keys: missing,
        messageZh: `${missing.length}个应有的单元格未读到`,
        messageEn: `${missing.length} cells of the template were not read`,
      });
    }
  }
  if (template === 'mixed') {
    out.push({
      code: 'template_mixed',
      severity: 'warning',
      messageZh: '表格混用2019年与2021年格式',
      messageEn: 'The tables mix the 2019 and 2021 templates',
    });
  }
  out.push(...checkYearTemplate(year, template));
  return out;
}
