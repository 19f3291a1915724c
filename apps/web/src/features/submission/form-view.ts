// The bureau's form, pure: the template's three tables as grids whose number cells are inputs, the sums the template
// prescribes computed from what is typed, and the parser's own 勾稽 checks run on the typed values (the same
// function that checks a published report), so what the form shows is what the office's check will find.
import {
  checkArithmetic,
  formCells,
  table2,
  table3,
  table4,
  templateSums,
  type Finding,
  type Grid,
  type TemplateId,
} from '@dh/domain';

export interface FormTable {
  heading: string;
  grid: Grid;
}

const HEADINGS = [
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
];

/** The layout of the template of the year; cells with a `key` are the inputs. */
export function formTables(template: TemplateId): FormTable[] {
  const none = new Map<string, { raw: string }>();
  return [table2(none, template), table3(none, template), table4(none)].map((grid, i) => ({
    heading: HEADINGS[i],
    grid,
  }));
}

export interface LiveCheck {
  findings: Finding[];
  /** Keys of cells in a failed check: the form marks them. */
  flagged: Set<string>;
  /** Sum cells whose typed value differs from the parts: key → the sum of the parts. */
  sums: Map<string, number>;
}

export function liveCheck(values: Readonly<Record<string, string>>, template: TemplateId): LiveCheck {
  const findings = checkArithmetic(formCells(values, template));
  const flagged = new Set(findings.flatMap((f) => f.keys ?? []));
  return { findings, flagged, sums: templateSums(values, template) };
}

/** The form's values from a draft as stored (what the bureau typed, or what the parser read from its file). */
export function valuesOf(list: readonly { key: string; value: string }[]): Record<string, string> {
  return Object.fromEntries(list.map((v) => [v.key, v.value]));
}
