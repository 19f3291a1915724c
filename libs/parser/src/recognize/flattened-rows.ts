// The rows of the three tables as they appear in flattened text: label variants to look for, and for every row
// the metric keys of its cells left to right with the grammar of each cell — all from the template registry.
import {
  T3_COLUMNS,
  T3_ROW_POOL,
  T3_ROWS,
  T4_COLUMNS,
  T4_GROUPS,
  t2RowsOf,
  t2RowWordings,
  type TemplateId,
} from '@dh/domain';
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
  if (!specs) T2_CACHE.set(t, (specs = buildTable2Rows(t)));
  return specs;
}

function buildTable2Rows(t: TemplateId): RowSpec[] {
  return t2RowsOf(t).map(({ row, columns }) => ({
    id: row.id,
    label: row.label,
    variants: t2RowWordings(row.id),
    cols: columns.map((c) => ({ key: `t2.${row.id}.${c.id}`, type: c.grammar })),
  }));
}

function t3Short(zh: string): string {
  const sp = zh.indexOf(' ');
  return sp >= 0 ? zh.slice(sp + 1) : zh;
}

export function table3Row(id: string): RowSpec {
  let spec = T3_CACHE.get(id);
  if (!spec) T3_CACHE.set(id, (spec = buildTable3Row(id)));
  return spec;
}

function buildTable3Row(id: string): RowSpec {
  const r = T3_ROW_POOL.find((x) => x.id === id);
  if (!r) throw new Error(`unknown table-三 row ${id}`);
  return {
    id,
    label: r.zh,
    variants: [t3Short(r.zh), ...(r.variants ?? []), ...(r.misprints ?? [])],
    cols: T3_COLUMNS.map((c) => count(`t3.${id}.${c.id}`)),
  };
}

/** Result rows that feed （七）总计, in table order, without （六）其他处理 (its shape depends on the template). */
export const T3_RESULT_IDS = T3_ROWS.filter((r) => r.group || r.id === 'disclosed' || r.id === 'partial')
  .map((r) => r.id)
  .filter((id) => !id.startsWith('other'));

/** The 2021 template's sub-rows of （六）其他处理. */
export const T3_OTHER_2021 = T3_ROWS.filter((r) => r.id.startsWith('other.')).map((r) => r.id);

export function table4Cols(): RowCol[] {
  return (t4Cache ??= T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => count(`t4.${g.id}.${c.id}`))));
}
