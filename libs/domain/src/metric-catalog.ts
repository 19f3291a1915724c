// The metric catalogue: every numeric cell of both templates (国办公开办函〔2019〕60号 and 〔2021〕30号),
// with a stable key, its official labels and how it maps across the two templates.
import type { SectionNo, TemplateId } from './model';
import {
  registeredTemplates,
  T3_COLUMNS,
  T3_ROW_POOL,
  T4_COLUMNS,
  T4_GROUPS,
  t2RowIds,
  t2RowsOf,
  templateTables,
  type RegColumn,
  type RegRow,
} from './template-registry';

export type Comparability = 'same' | 'caveat' | 'none';

export interface MetricDef {
  key: string;
  section: SectionNo;
  rowLabel: string;
  colLabel: string;
  labelEn: string;
  /** The catalogue unit: every stored value of this metric is in it (amounts converted at ingest). */
  unit: string;
  /**
   * Amounts only: the unit the template itself prints for the cell, per template. A value printed with no unit of its own
   * is read in this unit; where the template fixes none (2019 采购总金额) such a value stays out of sums.
   */
  templateUnit?: Partial<Record<TemplateId, string>>;
  templates: TemplateId[];
  comparability: Comparability;
  /** Why it is not (fully) comparable across templates, in each language. */
  noteZh?: string;
  noteEn?: string;
  /**
   * Cells that give this metric's value in a template whose table does not print it (their sum): the 2021 sub-rows of
   * a derived group total, or the other template's counterpart column (compared with a caveat).
   */
  sources?: Partial<Record<TemplateId, string[]>>;
  /** Printed in no table: always computed from `sources`. */
  derived?: boolean;
}

const allTemplates = (): TemplateId[] => registeredTemplates() as TemplateId[];

// ---- Table 二 (Art. 20): derived from the template registry -----------------------------------------------------
// The registry says which cells exist; this table says how a cell compares across templates (keyed `row.col`, or
// `*.col` for every row). A cell it does not name is 'same' when every template prints it, else 'none'.
type T2Note = Pick<MetricDef, 'comparability' | 'noteZh' | 'noteEn' | 'sources'>;
const none = (noteZh: string, noteEn: string): T2Note => ({ comparability: 'none', noteZh, noteEn });
const NEW_DOCS = none(
  '2021年版改为统计制发、废止和现行有效件数',
  'the 2021 template counts issued, repealed and in force instead',
);
const NEW_2021 = none('2019年版无此项', 'not in the 2019 template');
const ITEMS = none('2021年版不再统计事项数', 'item counts were dropped in the 2021 template');
const FEE_ITEMS = none('2021年版改为统计收费金额', 'the 2021 template reports the amount instead');
const REMOVED = none('2021年版已删除此项', 'removed in the 2021 template');
const T2_NOTES: Record<string, (row: string, shared: boolean) => T2Note> = {
  // 本年新制作数量 (2019) and 本年制发件数 (2021) both count the year's new documents: a series runs through with a
  // caveat (made vs issued). The other columns have no counterpart.
  '*.new_made': (r) => ({
    comparability: 'caveat',
    noteZh: '2021年版对应“本年制发件数”（制作与制发口径不同）',
    noteEn: '2021 counterpart: 本年制发件数 (issued this year); made vs issued',
    sources: { '2021': [`t2.${r}.issued`] },
  }),
  '*.new_published': () => NEW_DOCS,
  '*.total_published': () => NEW_DOCS,
  '*.issued': (r) => ({
    comparability: 'caveat',
    noteZh: '2019年版对应“本年新制作数量”（制作与制发口径不同）',
    noteEn: '2019 counterpart: 本年新制作数量 (newly made this year); made vs issued',
    sources: { '2019': [`t2.${r}.new_made`] },
  }),
  '*.repealed': () => NEW_2021,
  '*.in_force': () => NEW_2021,
  '*.prev_items': () => ITEMS,
  '*.change': () => ITEMS,
  'fees.prev_items': () => FEE_ITEMS,
  'fees.change': () => FEE_ITEMS,
  'fees.amount': () => NEW_2021,
  '*.decisions': (_r, shared) =>
    shared
      ? {
          comparability: 'caveat',
          noteZh: '2021年版统计全部处理决定（本年处理决定数量），不限于公开的',
          noteEn: 'the 2021 template counts all decisions, published or not',
        }
      : none('2021年版无此项', 'not in the 2021 template'),
  'procurement.items': () => REMOVED,
  'procurement.amount': () => REMOVED,
};

function t2Note(row: string, colId: string, templates: TemplateId[]): T2Note {
  const rule = T2_NOTES[`${row}.${colId}`] ?? T2_NOTES[`*.${colId}`];
  if (rule) return rule(row, templates.length > 1);
  if (templates.length === registeredTemplates().length) return { comparability: 'same' };
  return none(`仅${templates.join('、')}年版有此项`, `only in the ${templates.join(', ')} template`);
}

function t2(): MetricDef[] {
  const byKey = new Map<
    string,
    { row: RegRow; col: RegColumn; templates: TemplateId[]; printed: Partial<Record<TemplateId, string>> }
  >();
  // Rows in first-printed order; within a row, each template's columns in order (2019's, then 2021's new ones).
  for (const rowId of t2RowIds()) {
    for (const t of allTemplates()) {
      const r = t2RowsOf(t).find((x) => x.row.id === rowId);
      for (const c of r?.columns ?? []) {
        const key = `t2.${rowId}.${c.id}`;
        let e = byKey.get(key);
        if (!e) byKey.set(key, (e = { row: r!.row, col: c, templates: [], printed: {} }));
        e.templates.push(t);
        if (typeof c.printedUnit === 'string') e.printed[t] = c.printedUnit;
      }
    }
  }
  return [...byKey].map(([key, { row, col, templates, printed }]) => ({
    key,
    section: '二' as const,
    rowLabel: row.label,
    colLabel: col.header,
    labelEn: `${row.en}: ${col.en}`,
    unit: col.unit,
    ...(col.grammar === 'amount' ? { templateUnit: printed } : {}),
    templates,
    ...t2Note(row.id, col.id, templates),
  }));
}

// ---- Table 三 (applications) ----------------------------------------------------------------------
export interface T3Row {
  id: string;
  zh: string;
  en: string;
  templates: TemplateId[];
  group?: string;
}
/** The table 三 rows of the registry with the templates that print each. */
export const T3_ROWS: T3Row[] = T3_ROW_POOL.map((r) => ({
  id: r.id,
  zh: r.zh,
  en: r.en,
  templates: allTemplates().filter((t) => templateTables(t).table3.includes(r.id)),
  ...(r.group ? { group: r.group } : {}),
}));

function t3(): MetricDef[] {
  return T3_ROWS.flatMap((r) =>
    T3_COLUMNS.map((c) => ({
      key: `t3.${r.id}.${c.id}`,
      section: '三' as const,
      rowLabel: r.zh,
      colLabel: c.zh,
      labelEn: `${r.en}: ${c.en}`,
      unit: '件',
      templates: r.templates,
      comparability: (r.group === 'other' ? (r.id === 'other' ? 'caveat' : 'none') : 'same') as Comparability,
      noteZh:
        r.group === 'other'
          ? '“（六）其他处理”在2019年版为一行，2021年版分为三行；请比较合计（t3.other_group）'
          : undefined,
      noteEn:
        r.group === 'other'
          ? '"other handling" is one row in 2019 and three sub-rows in 2021; compare the group total t3.other_group'
          : undefined,
    })),
  );
}

// （六）其他处理 as one number in both templates: the 2019 row, or the sum of the 2021 sub-rows (derived, never printed
// as such; a 2021 table that prints a group subtotal is checked against its sub-rows by the parser).
function t3OtherGroup(): MetricDef[] {
  return T3_COLUMNS.map((c) => ({
    key: `t3.other_group.${c.id}`,
    section: '三' as const,
    rowLabel: '（六）其他处理（合计）',
    colLabel: c.zh,
    labelEn: `Otherwise handled, all: ${c.en}`,
    unit: '件',
    templates: allTemplates(),
    comparability: 'same' as Comparability,
    derived: true,
    note: '2019: the （六）其他处理 row; 2021: the sum of its three sub-rows',
    sources: Object.fromEntries(
      allTemplates().map((t) => [
        t,
        templateTables(t).table3.includes('other')
          ? [`t3.other.${c.id}`]
          : templateTables(t)
              .table3.filter((id) => id.startsWith('other.'))
              .map((id) => `t3.${id}.${c.id}`),
      ]),
    ),
  }));
}

function t4(): MetricDef[] {
  return T4_GROUPS.flatMap((g) =>
    T4_COLUMNS.map((c) => ({
      key: `t4.${g.id}.${c.id}`,
      section: '四' as const,
      rowLabel: g.zh,
      colLabel: c.zh,
      labelEn: `${g.en}: ${c.en}`,
      unit: '件',
      templates: allTemplates(),
      comparability: 'same' as Comparability,
    })),
  );
}

export const METRICS: readonly MetricDef[] = [...t2(), ...t3(), ...t3OtherGroup(), ...t4()];
export const METRIC_BY_KEY: ReadonlyMap<string, MetricDef> = new Map(METRICS.map((m) => [m.key, m]));

/** The cells a table of template `t` prints (derived metrics left out). */
export function metricsOfTemplate(t: TemplateId): MetricDef[] {
  // METRICS is fixed at load, so the filter is kept per template; callers get their own copy of the list.
  let ms = METRICS_OF.get(t);
  if (!ms) METRICS_OF.set(t, (ms = METRICS.filter((m) => m.templates.includes(t) && !m.derived)));
  return ms.slice();
}
const METRICS_OF = new Map<TemplateId, MetricDef[]>();
