// The template registry: every table of every template — rows (official label, accepted variants, known misprints),
// columns (id, header, unit, cell grammar) — in one place. The metric catalogue, the parser's label matching and row
// layouts, the printed grids (synth, the bureau's form, generated reports) and the key lists handed to SQL derive
// from it. Which years a template applies to is `templates.ts`. A metric key is `t2.<row>.<col>`, `t3.<row>.<col>`
// or `t4.<group>.<col>`.
import type { TemplateId } from './model';
import { addTemplateVersion } from './templates';

/** How a cell's text is read: a count, a signed change (`+21`, `减4`), an amount with an optional unit. */
export type CellGrammar = 'count' | 'signed' | 'amount';

export interface RegColumn {
  id: string;
  header: string;
  en: string;
  /** The catalogue unit every stored value is in. */
  unit: string;
  grammar: CellGrammar;
  /** Amounts: the unit the template prints for the column (`null`: it prints none). */
  printedUnit?: string | null;
}

export interface RegRow {
  id: string;
  label: string;
  en: string;
  /** Other printed wordings of the row accepted as the same row (the other template's, short forms). */
  variants?: string[];
  /** Misprints seen in real reports, read as the row and reported as a label variant. */
  misprints?: string[];
}

/** One 第二十条第（X）项 block of table 二: a header row naming the columns, then item rows. */
export interface T2Block {
  clause: string;
  columns: RegColumn[];
  rows: RegRow[];
}

export interface TemplateTables {
  id: string;
  table2: T2Block[];
  /** Table 三 row ids (from T3_ROW_POOL) in printed order. */
  table3: string[];
  /** Header fragments only this template prints (truncated forms included): they tell the template of a table. */
  headerMarks: string[];
}

// ---- Table 二 columns and rows -----------------------------------------------------------------------
const col = (
  id: string,
  header: string,
  en: string,
  unit: string,
  grammar: CellGrammar = 'count',
  printedUnit?: string | null,
): RegColumn => ({ id, header, en, unit, grammar, ...(printedUnit !== undefined ? { printedUnit } : {}) });

const R = {
  rules: { id: 'rules', label: '规章', en: 'Rules' },
  licensing: { id: 'licensing', label: '行政许可', en: 'Administrative licensing' },
  other_services: { id: 'other_services', label: '其他对外管理服务事项', en: 'Other external management services' },
  penalty: { id: 'penalty', label: '行政处罚', en: 'Administrative penalties' },
  coercion: { id: 'coercion', label: '行政强制', en: 'Administrative coercive measures' },
  fees: { id: 'fees', label: '行政事业性收费', en: 'Administrative fees' },
  procurement: { id: 'procurement', label: '政府集中采购', en: 'Centralized procurement' },
} satisfies Record<string, RegRow>;

const ITEMS_2019 = [
  col('prev_items', '上一年项目数量', 'items last year', '项'),
  col('change', '本年增/减', 'change this year', '项', 'signed'),
];
const DECISIONS_2019 = col('decisions', '处理决定数量', 'decisions', '件');
const DECISIONS_2021 = col('decisions', '本年处理决定数量', 'decisions', '件');

const T2_2019: T2Block[] = [
  {
    clause: '一',
    columns: [
      col('new_made', '本年新制作数量', 'newly made this year', '件'),
      col('new_published', '本年新公开数量', 'newly published this year', '件'),
      col('total_published', '对外公开总数量', 'total published', '件'),
    ],
    rows: [R.rules, { id: 'normative', label: '规范性文件', en: 'Normative documents', variants: ['行政规范性文件'] }],
  },
  { clause: '五', columns: [...ITEMS_2019, DECISIONS_2019], rows: [R.licensing, R.other_services] },
  { clause: '六', columns: [...ITEMS_2019, DECISIONS_2019], rows: [R.penalty, R.coercion] },
  { clause: '八', columns: ITEMS_2019, rows: [R.fees] },
  {
    clause: '九',
    columns: [
      col('items', '采购项目数量', 'projects', '项'),
      col('amount', '采购总金额', 'total amount', '元', 'amount', null),
    ],
    rows: [R.procurement],
  },
];

const T2_2021: T2Block[] = [
  {
    clause: '一',
    columns: [
      col('issued', '本年制发件数', 'issued this year', '件'),
      col('repealed', '本年废止件数', 'repealed this year', '件'),
      col('in_force', '现行有效件数', 'in force', '件'),
    ],
    rows: [R.rules, { id: 'normative', label: '行政规范性文件', en: 'Normative documents', variants: ['规范性文件'] }],
  },
  { clause: '五', columns: [DECISIONS_2021], rows: [R.licensing] },
  { clause: '六', columns: [DECISIONS_2021], rows: [R.penalty, R.coercion] },
  {
    clause: '八',
    columns: [col('amount', '本年收费金额（单位：万元）', 'amount collected', '万元', 'amount', '万元')],
    rows: [R.fees],
  },
];

// ---- Table 三 (applications) ------------------------------------------------------------------------
export const T3_COLUMNS = [
  { id: 'natural', zh: '自然人', en: 'natural persons' },
  { id: 'business', zh: '商业企业', en: 'businesses' },
  { id: 'research', zh: '科研机构', en: 'research institutions' },
  { id: 'public_interest', zh: '社会公益组织', en: 'public-interest organisations' },
  { id: 'legal', zh: '法律服务机构', en: 'legal service providers' },
  { id: 'other_org', zh: '其他', en: 'other organisations' },
  { id: 'total', zh: '总计', en: 'total' },
] as const;

/** `zh`: group head and row, space-separated for sub-rows (`（三）不予公开 1.属于国家秘密`). */
export interface T3PoolRow {
  id: string;
  zh: string;
  en: string;
  group?: string;
  variants?: string[];
  misprints?: string[];
}

const sub = (
  group: string,
  head: string,
  en: string,
  rows: string[][],
  extra: Record<string, Partial<T3PoolRow>> = {},
): T3PoolRow[] =>
  rows.map(([id, zh, e]) => ({ id: `${group}.${id}`, zh: `${head} ${zh}`, en: `${en}: ${e}`, group, ...extra[id] }));

export const T3_ROW_POOL: readonly T3PoolRow[] = [
  { id: 'new', zh: '一、本年新收政府信息公开申请数量', en: 'Received this year', variants: ['一、本年新收'] },
  {
    id: 'carried_in',
    zh: '二、上年结转政府信息公开申请数量',
    en: 'Carried over from last year',
    variants: ['二、上年结转'],
  },
  { id: 'disclosed', zh: '（一）予以公开', en: 'Disclosed' },
  { id: 'partial', zh: '（二）部分公开', en: 'Partly disclosed' },
  ...sub(
    'withheld',
    '（三）不予公开',
    'Withheld',
    [
      ['state_secret', '1.属于国家秘密', 'state secret'],
      ['prohibited', '2.其他法律行政法规禁止公开', 'prohibited by other laws'],
      ['three_safety', '3.危及“三安全一稳定”', 'endangers security/stability'],
      ['third_party', '4.保护第三方合法权益', 'third-party rights'],
      ['internal', '5.属于三类内部事务信息', 'internal affairs'],
      ['process', '6.属于四类过程性信息', 'process information'],
      ['enforcement', '7.属于行政执法案卷', 'enforcement files'],
      ['query', '8.属于行政查询事项', 'administrative query'],
    ],
    { prohibited: { misprints: ['2.其他法律行政止公开', '2.其他法律法规禁止公开'] } },
  ),
  ...sub('unable', '（四）无法提供', 'Unable to provide', [
    ['not_held', '1.本机关不掌握相关政府信息', 'not held'],
    ['needs_making', '2.没有现成信息需要另行制作', 'would need to be made'],
    ['unclear', '3.补正后申请内容仍不明确', 'still unclear after correction'],
  ]),
  ...sub('not_processed', '（五）不予处理', 'Not processed', [
    ['petition', '1.信访举报投诉类申请', 'petitions/complaints'],
    ['repeat', '2.重复申请', 'repeated'],
    ['publication', '3.要求提供公开出版物', 'published material'],
    ['mass', '4.无正当理由大量反复申请', 'mass repeated'],
    ['confirm', '5.要求行政机关确认或重新出具已获取信息', 'confirm obtained information'],
  ]),
  { id: 'other', zh: '（六）其他处理', en: 'Otherwise handled', group: 'other' },
  ...sub(
    'other',
    '（六）其他处理',
    'Otherwise handled',
    [
      ['no_correction', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'no correction in time'],
      ['unpaid', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'fee not paid'],
      ['misc', '3.其他', 'other'],
    ],
    {
      no_correction: { variants: ['1.申请人无正当理由逾期不补正'] },
      unpaid: { variants: ['2.申请人逾期未按收费通知'] },
    },
  ),
  { id: 'result_total', zh: '（七）总计', en: 'Total handled' },
  { id: 'carried_out', zh: '四、结转下年度继续办理', en: 'Carried over to next year', variants: ['四、结转下年度'] },
];

// ---- Table 四 (reconsideration and litigation), the same in every template ---------------------------
export const T4_GROUPS = [
  { id: 'reconsideration', zh: '行政复议', en: 'Reconsideration' },
  { id: 'litigation_direct', zh: '行政诉讼 未经复议直接起诉', en: 'Litigation, direct' },
  { id: 'litigation_after', zh: '行政诉讼 复议后起诉', en: 'Litigation, after reconsideration' },
] as const;
export const T4_COLUMNS = [
  { id: 'upheld', zh: '结果维持', en: 'upheld' },
  { id: 'corrected', zh: '结果纠正', en: 'corrected' },
  { id: 'other', zh: '其他结果', en: 'other outcome' },
  { id: 'pending', zh: '尚未审结', en: 'pending' },
  { id: 'total', zh: '总计', en: 'total' },
] as const;

// ---- The templates -------------------------------------------------------------------------------------
const T3_ALL = T3_ROW_POOL.map((r) => r.id);

const REGISTRY = new Map<string, TemplateTables>([
  [
    '2019',
    {
      id: '2019',
      table2: T2_2019,
      table3: T3_ALL.filter((id) => !id.startsWith('other.')),
      headerMarks: [
        '本年新',
        '制作数量',
        '公开数量',
        '对外公开总数量',
        '上一年项目数量',
        '本年增',
        '采购项目数量',
        '采购总金额',
      ],
    },
  ],
  [
    '2021',
    {
      id: '2021',
      table2: T2_2021,
      table3: T3_ALL.filter((id) => id !== 'other'),
      headerMarks: ['本年制发', '本年废止', '现行有效', '本年处理决定数量', '本年收费金额'],
    },
  ],
]);

// t2Column's index per template; emptied when a template is registered.
const T2_COLUMN_INDEX = new Map<string, Map<string, Map<string, RegColumn>>>();

/** Template ids of the registry in order (the State Council's two, plus any a test registers). */
export function registeredTemplates(): string[] {
  return [...REGISTRY.keys()];
}

export function templateTables(t: TemplateId | string): TemplateTables {
  const def = REGISTRY.get(t);
  if (!def) throw new Error(`template ${t} is not in the template registry`);
  return def;
}

/**
 * Adds a template, in force from `years.firstYear`, to the registry (a test's template, or the next notice's). It must
 * run before anything reads the registry: the catalogue and the tables derived from it are built when first loaded.
 */
export function registerTemplate(def: TemplateTables, years: { notice: string; firstYear: number }): void {
  if (REGISTRY.has(def.id)) throw new Error(`template ${def.id} is already registered`);
  const pool = new Set(T3_ALL);
  const unknown = def.table3.filter((id) => !pool.has(id));
  if (unknown.length) throw new Error(`template ${def.id}: unknown table 三 rows ${unknown.join(', ')}`);
  if (!def.headerMarks.length)
    throw new Error(`template ${def.id}: no header marks, so no table could be told to be of it`);
  addTemplateVersion({ id: def.id as TemplateId, notice: years.notice, firstYear: years.firstYear, lastYear: null });
  REGISTRY.set(def.id, def);
  T2_COLUMN_INDEX.clear();
}

/** Table 二 rows of a template with their columns and clause, in printed order. */
export function t2RowsOf(t: TemplateId | string): { clause: string; row: RegRow; columns: RegColumn[] }[] {
  return templateTables(t).table2.flatMap((b) => b.rows.map((row) => ({ clause: b.clause, row, columns: b.columns })));
}

/** The column of `row.col` of table 二 in template `t` (its header and grammar), if the template prints it. */
export function t2Column(t: TemplateId | string, rowId: string, colId: string): RegColumn | undefined {
  // Asked once per table 二 cell read: indexed per template (first printing of a row and column wins, as find() did).
  let rows = T2_COLUMN_INDEX.get(t);
  if (!rows) {
    rows = new Map();
    for (const r of t2RowsOf(t)) {
      if (rows.has(r.row.id)) continue;
      const cols = new Map<string, RegColumn>();
      for (const c of r.columns) if (!cols.has(c.id)) cols.set(c.id, c);
      rows.set(r.row.id, cols);
    }
    T2_COLUMN_INDEX.set(t, rows);
  }
  return rows.get(rowId)?.get(colId);
}

/** Every printed wording of a table 二 row across the registry: labels and variants, longest first. */
export function t2RowWordings(rowId: string): string[] {
  const all = new Set<string>();
  for (const t of REGISTRY.values())
    for (const b of t.table2)
      for (const r of b.rows) {
        if (r.id === rowId) [r.label, ...(r.variants ?? []), ...(r.misprints ?? [])].forEach((w) => all.add(w));
      }
  return [...all].sort((a, b) => b.length - a.length);
}

/** Table 二 row ids across the registry, in first-printed order. */
export function t2RowIds(): string[] {
  return [...new Set([...REGISTRY.values()].flatMap((t) => t.table2.flatMap((b) => b.rows.map((r) => r.id))))];
}
