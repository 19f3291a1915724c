// Plain text: which lines belong to a table. A table starts at a line only a table prints (第二十条第（一）项,
// 信息内容, the 勾稽关系 note, a row label, 行政复议 headers, any pipe row) and runs until a section heading
// or a line of prose.
import { matchT2Row, matchT3Label, T2_CLAUSE_RE } from '../normalize/labels';
import { squash } from '../normalize/text';

/** Section headings at a line start end a table: `三、收到和处理…`, `四、政府信息公开行政复议…`, `五、…`. */
export const HEADING_LINE_RE =
  /^[一二三四五六七八][、.．]\s*(总体情况|主动公开|收到和处理|收到|(因)?政府信息公开(工作)?(行政法?复议|被申请)|存在|政府信息公开工作存在|其他需要|整改|其他事项)/;

const SPACED_VALUES_RE = /^(.*?\S)?((?:\s+(?:[+\-]|[增减])?\d[\d.,]*(?:万元|元)?)+)\s*$/;

export function isTableStart(line: string): boolean {
  const s = squash(line).replace(/\|+$/, '');
  if (!s && !line.includes('|')) return false;
  if (line.includes('|') && s.replace(/\|/g, '').length > 0)
    return !HEADING_LINE_RE.test(line.trim().replace(/^\|\s*/, ''));
  if (
    T2_CLAUSE_RE.test(s.replace(/\|.*/, '')) ||
    /^信息内容/.test(s) ||
    /^\(本列数据的勾稽关系/.test(s) ||
    /^申请人情况/.test(s)
  )
    return true;
  if (/^行政复议(行政诉讼)?$/.test(s)) return true;
  const label = splitSpacedValues(line)?.[0] ?? line;
  // A finished sentence is prose that happens to name a row's words (…依法予以公开。), never a row label.
  if (/[。；;！!？?]$/.test(s)) return false;
  return s.length <= 45 && (matchT2Row(label) !== null || (matchT3Label(label)?.kind ?? null) === 'row');
}

/** Inside a table: pipes, blanks, short cells and value lines; prose (long, or a finished sentence) ends it. */
export function isTableLine(line: string): boolean {
  const t = line.trim();
  if (t === '' || t.includes('|')) return true;
  if (HEADING_LINE_RE.test(t)) return false;
  if (splitSpacedValues(t)) return true;
  const s = squash(t);
  return s.length <= 45 && !/[。；;]$/.test(s) && !/^该部分|表格如下/.test(s);
}

/** `四、结转下年度继续办理 0 0 0` → [label, '0', '0', '0']; `0 0 0` → ['0','0','0']; otherwise null. */
export function splitSpacedValues(line: string): string[] | null {
  // `＋17` and `+ 17` are one signed figure (a plus is never a cell of its own).
  const t = line
    .trim()
    .replace(/＋/g, '+')
    .replace(/\+\s+(?=\d)/g, '+');
  // The regex needs a blank before a figure and a figure (or unit) at the end; without them it can only fail,
  // after backtracking through the whole line.
  if (!/[\d.,元]$/.test(t) || !/\s(?:[+\-]|[增减])?\d/.test(t)) return null;
  const m = SPACED_VALUES_RE.exec(t);
  if (!m) return null;
  const nums = m[2].trim().split(/\s+/);
  const label = m[1]?.trim();
  if (!label) return nums.length >= 2 ? nums : null;
  // The lazy label group swallows the first number of an all-number line (`0 0 0`).
  if (/^(?:[+\-]|[增减])?\d[\d.,]*$/.test(label)) return [label, ...nums];
  // A header with a year or an item number is not a label followed by values.
  if (/^[\d\s.,+\-]+$/.test(label) || /[(（]$/.test(label)) return null;
  return [label, ...nums];
}

// A row label with its figures glued on (`规章000`, `行政许可2293`, `（一）予以公开270020130`).
const GLUED_ROW_RE =
  /^(规章|(行政)?规范性文件|行政许可|其他对外管理服务事项|行政处罚|行政强制|行政事业性收费|政府集中采购|.{2,40}(申请数量|予以公开|国家秘密|相关政府信息|重复申请|\(七\)总计|继续办理))[:：]?[-+]?\d/;

/** No pipes, no blank-separated figures, and some row whose label and figures are glued: a flattened table. */
export function isGluedRegion(region: string[]): boolean {
  if (region.some((l) => l.includes('|') || splitSpacedValues(l) !== null)) return false;
  return region.some((l) => GLUED_ROW_RE.test(squash(l)));
}
