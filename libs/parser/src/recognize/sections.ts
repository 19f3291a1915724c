// Sections 一..六 by their headings, found in order anywhere in the running text (flattened pages print
// them mid-line). Later headings are searched after earlier ones, so `四、结转下年度继续办理` (a table row) or
// a body list `三、主动公开政府信息情况。2021年…` is never taken for a section.
import type { ReportSection } from '@dh/domain';

export interface SectionSpan {
  no: ReportSection['no'];
  title: string;
  start: number;
  bodyStart: number;
  end: number;
}

const OFFICIAL = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

const PATTERNS: RegExp[] = [
  /一\s*[、.．]\s*总\s*体\s*情\s*况/g,
  /二\s*[、.．]\s*主\s*动\s*公\s*开(政府信息)?(情况)?/g,
  /三\s*[、.．]\s*收\s*到(和处理)?(政府信息公开申请情况)?/g,
  /四\s*[、.．]\s*(因)?(政府信息公开)?(工作)?(被申请)?[^。\n]{0,6}?行政法?复议/g,
  /五\s*[、.．]\s*(政府信息公开工作)?(存在|主要问题)/g,
  /六\s*[、.．]\s*(其他需要报告|其他事项)/g,
];
// Non-standard titles at a line start (`五、存在的问题`, `六、整改措施`), only once 三 or 四 was found.
const LOOSE = [/^五[、.．]\s*\S{2,20}$/m, /^六[、.．]\s*\S{2,20}$/m];

export function findSections(text: string): SectionSpan[] {
  const found: { no: number; start: number; end: number }[] = [];
  let from = 0;
  for (let k = 0; k < 6; k++) {
    const re = PATTERNS[k];
    re.lastIndex = from;
    let m = re.exec(text);
    if (!m && k >= 4 && found.some((f) => f.no >= 3)) {
      const rest = text.slice(from);
      const lm = LOOSE[k - 4].exec(rest);
      if (lm) m = Object.assign([lm[0]], { index: from + lm.index, input: text, groups: undefined }) as RegExpExecArray;
    }
    if (!m) continue;
    found.push({ no: k + 1, start: m.index, end: m.index + m[0].length });
    from = m.index + m[0].length;
  }
  return found.map((f, i) => {
    const lineEnd = text.indexOf('\n', f.start);
    const line = text.slice(f.start, lineEnd < 0 ? text.length : lineEnd).trim();
    const official = OFFICIAL[f.no - 1];
    // A heading on its own line is its own title; inline headings get the official wording when printed so.
    const title = line.length <= 40 ? line : text.startsWith(official, f.start) ? official : text.slice(f.start, f.end);
    const bodyStart = line.length <= 40 ? f.start + line.length : f.start + title.length;
    const next = found[i + 1];
    return { no: f.no as SectionSpan['no'], title, start: f.start, bodyStart, end: next ? next.start : text.length };
  });
}
