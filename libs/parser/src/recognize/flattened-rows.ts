// The rows of the three tables as they appear in flattened text: label variants to look for, and for every row
// the metric keys of its cells left to right with the grammar of each cell.
import { T3_COLUMNS, T3_ROWS, T4_COLUMNS, T4_GROUPS, type TemplateId } from '@dh/domain';
import type { CellType } from './flattened-split';

export interface RowCol {
  key: string;
  type: CellType;
}

export interface RowSpec {
  /** Row id used in keys (`t3.<id>.<col>`), or a table-二 item id. */
  id: string;
  /** The official row label (for messages). */
  label: string;
  variants: string[];
  cols: RowCol[];
}

const count = (key: string): RowCol => ({ key, type: 'count' });

// Specs are built once and shared (read-only): their key strings then hash once, not once per report.
const T2_CACHE = new Map<TemplateId, RowSpec[]>();
const T3_CACHE = new Map<string, RowSpec>();
let t4Cache: RowCol[] | undefined;

export function table2Rows(t: TemplateId): RowSpec[] {
  let specs = T2_CACHE.get(t);
  if (!specs) T2_CACHE.set(t, specs = buildTable2Rows(t));
  return specs;
}

function buildTable2Rows(t: TemplateId): RowSpec[] {
  if (t === '2019') {
    const docCols = (id: string) => ['new_made', 'new_published', 'total_published'].map((c) => count(`t2.${id}.${c}`));
    const itemCols = (id: string) => [count(`t2.${id}.prev_items`), { key: `t2.${id}.change`, type: 'signed' as const }, count(`t2.${id}.decisions`)];
    return [
      { id: 'rules', label: '规章', variants: ['规章'], cols: docCols('rules') },
      { id: 'normative', label: '规范性文件', variants: ['行政规范性文件', '规范性文件'], cols: docCols('normative') },
      { id: 'licensing', label: '行政许可', variants: ['行政许可'], cols: itemCols('licensing') },
      { id: 'other_services', label: '其他对外管理服务事项', variants: ['其他对外管理服务事项'], cols: itemCols('other_services') },
      { id: 'penalty', label: '行政处罚', variants: ['行政处罚'], cols: itemCols('penalty') },
      { id: 'coercion', label: '行政强制', variants: ['行政强制'], cols: itemCols('coercion') },
      { id: 'fees', label: '行政事业性收费', variants: ['行政事业性收费'], cols: [count('t2.fees.prev_items'), { key: 't2.fees.change', type: 'signed' }] },
      { id: 'procurement', label: '政府集中采购', variants: ['政府集中采购'],
        cols: [count('t2.procurement.items'), { key: 't2.procurement.amount', type: 'amount' }] },
    ];
  }
  const docCols = (id: string) => ['issued', 'repealed', 'in_force'].map((c) => count(`t2.${id}.${c}`));
  return [
    { id: 'rules', label: '规章', variants: ['规章'], cols: docCols('rules') },
    { id: 'normative', label: '行政规范性文件', variants: ['行政规范性文件', '规范性文件'], cols: docCols('normative') },
    { id: 'licensing', label: '行政许可', variants: ['行政许可'], cols: [count('t2.licensing.decisions')] },
    { id: 'penalty', label: '行政处罚', variants: ['行政处罚'], cols: [count('t2.penalty.decisions')] },
    { id: 'coercion', label: '行政强制', variants: ['行政强制'], cols: [count('t2.coercion.decisions')] },
    { id: 'fees', label: '行政事业性收费', variants: ['行政事业性收费'], cols: [{ key: 't2.fees.amount', type: 'amount' }] },
  ];
}

/** Known misprints of table-三 labels seen in real reports. */
const T3_TYPOS: Record<string, string[]> = {
  'withheld.prohibited': ['2.其他法律行政止公开', '2.其他法律法规禁止公开'],
};

function t3Short(zh: string): string {
  const sp = zh.indexOf(' ');
  return sp >= 0 ? zh.slice(sp + 1) : zh;
}

export function table3Row(id: string): RowSpec {
  let spec = T3_CACHE.get(id);
  if (!spec) T3_CACHE.set(id, spec = buildTable3Row(id));
  return spec;
}

function buildTable3Row(id: string): RowSpec {
  const r = T3_ROWS.find((x) => x.id === id);
  if (!r) throw new Error(`unknown table-三 row ${id}`);
  const short = t3Short(r.zh);
  const variants = [short];
  if (id === 'new') variants.push('一、本年新收');
  if (id === 'carried_in') variants.push('二、上年结转');
  if (id === 'carried_out') variants.push('四、结转下年度');
  if (id === 'other.no_correction') variants.push('1.申请人无正当理由逾期不补正');
  if (id === 'other.unpaid') variants.push('2.申请人逾期未按收费通知');
  variants.push(...(T3_TYPOS[id] ?? []));
  return { id, label: r.zh, variants, cols: T3_COLUMNS.map((c) => count(`t3.${id}.${c.id}`)) };
}

/** Result rows that feed （七）总计, in table order, without （六）其他处理 (its shape depends on the template). */
export const T3_RESULT_IDS = T3_ROWS.filter((r) => r.group || r.id === 'disclosed' || r.id === 'partial')
  .map((r) => r.id)
  .filter((id) => !id.startsWith('other'));

export const T3_OTHER_2021 = ['other.no_correction', 'other.unpaid', 'other.misc'];

export function table4Cols(): RowCol[] {
  return t4Cache ??= T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => count(`t4.${g.id}.${c.id}`)));
}
