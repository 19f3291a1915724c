// The metric catalogue: every numeric cell of both templates (国办公开办函〔2019〕60号 and 〔2021〕30号),
// with a stable key, its official labels and how it maps across the two templates.
import type { SectionNo, TemplateId } from './model';

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

const BOTH: TemplateId[] = ['2019', '2021'];

// ---- Table 二 (Art. 20) --------------------------------------------------------------------------
interface T2Item { id: string; zh: string; en: string; clause: string }
const T2_DOCS: T2Item[] = [
  { id: 'rules', zh: '规章', en: 'Rules', clause: '（一）' },
  { id: 'normative', zh: '规范性文件', en: 'Normative documents', clause: '（一）' },
];
const T2_2019_DOC_COLS = [
  { id: 'new_made', zh: '本年新制作数量', en: 'newly made this year' },
  { id: 'new_published', zh: '本年新公开数量', en: 'newly published this year' },
  { id: 'total_published', zh: '对外公开总数量', en: 'total published' },
];
const T2_2021_DOC_COLS = [
  { id: 'issued', zh: '本年制发件数', en: 'issued this year' },
  { id: 'repealed', zh: '本年废止件数', en: 'repealed this year' },
  { id: 'in_force', zh: '现行有效件数', en: 'in force' },
];
const T2_ITEM_COLS_2019 = [
  { id: 'prev_items', zh: '上一年项目数量', en: 'items last year' },
  { id: 'change', zh: '本年增/减', en: 'change this year' },
];

function t2(): MetricDef[] {
  const out: MetricDef[] = [];
  for (const d of T2_DOCS) {
    const row2021 = d.id === 'normative' ? '行政规范性文件' : d.zh;
    // 本年新制作数量 (2019) and 本年制发件数 (2021) both count the year's new documents: a series runs through with a
    // caveat (made vs issued). The other columns have no counterpart.
    for (const c of T2_2019_DOC_COLS)
      out.push({ key: `t2.${d.id}.${c.id}`, section: '二', rowLabel: d.zh, colLabel: c.zh, labelEn: `${d.en}: ${c.en}`, unit: '件', templates: ['2019'],
        ...(c.id === 'new_made'
          ? { comparability: 'caveat' as const, noteZh: '2021年版对应“本年制发件数”（制作与制发口径不同）', noteEn: '2021 counterpart: 本年制发件数 (issued this year); made vs issued', sources: { '2021': [`t2.${d.id}.issued`] } }
          : { comparability: 'none' as const, noteZh: '2021年版改为统计制发、废止和现行有效件数', noteEn: 'the 2021 template counts issued, repealed and in force instead' }) });
    for (const c of T2_2021_DOC_COLS)
      out.push({ key: `t2.${d.id}.${c.id}`, section: '二', rowLabel: row2021, colLabel: c.zh, labelEn: `${d.en}: ${c.en}`, unit: '件', templates: ['2021'],
        ...(c.id === 'issued'
          ? { comparability: 'caveat' as const, noteZh: '2019年版对应“本年新制作数量”（制作与制发口径不同）', noteEn: '2019 counterpart: 本年新制作数量 (newly made this year); made vs issued', sources: { '2019': [`t2.${d.id}.new_made`] } }
          : { comparability: 'none' as const, noteZh: '2019年版无此项', noteEn: 'not in the 2019 template' }) });
  }
  const items = [
    { id: 'licensing', zh: '行政许可', en: 'Administrative licensing', in2021: true },
    { id: 'other_services', zh: '其他对外管理服务事项', en: 'Other external management services', in2021: false },
    { id: 'penalty', zh: '行政处罚', en: 'Administrative penalties', in2021: true },
    { id: 'coercion', zh: '行政强制', en: 'Administrative coercive measures', in2021: true },
  ];
  for (const it of items) {
    for (const c of T2_ITEM_COLS_2019)
      out.push({ key: `t2.${it.id}.${c.id}`, section: '二', rowLabel: it.zh, colLabel: c.zh, labelEn: `${it.en}: ${c.en}`,
        unit: '项', templates: ['2019'], comparability: 'none', noteZh: '2021年版不再统计事项数', noteEn: 'item counts were dropped in the 2021 template' });
    out.push({ key: `t2.${it.id}.decisions`, section: '二', rowLabel: it.zh, colLabel: '处理决定数量', labelEn: `${it.en}: decisions`,
      unit: '件', templates: it.in2021 ? BOTH : ['2019'], comparability: it.in2021 ? 'caveat' : 'none',
      noteZh: it.in2021 ? '2021年版统计全部处理决定（本年处理决定数量），不限于公开的' : '2021年版无此项',
      noteEn: it.in2021 ? 'the 2021 template counts all decisions, published or not' : 'not in the 2021 template' });
  }
  for (const c of T2_ITEM_COLS_2019)
    out.push({ key: `t2.fees.${c.id}`, section: '二', rowLabel: '行政事业性收费', colLabel: c.zh, labelEn: `Administrative fees: ${c.en}`,
      unit: '项', templates: ['2019'], comparability: 'none', noteZh: '2021年版改为统计收费金额', noteEn: 'the 2021 template reports the amount instead' });
  out.push({ key: 't2.fees.amount', section: '二', rowLabel: '行政事业性收费', colLabel: '本年收费金额（单位：万元）',
    labelEn: 'Administrative fees: amount collected', unit: '万元', templateUnit: { '2021': '万元' }, templates: ['2021'], comparability: 'none', noteZh: '2019年版无此项', noteEn: 'not in the 2019 template' });
  out.push({ key: 't2.procurement.items', section: '二', rowLabel: '政府集中采购', colLabel: '采购项目数量',
    labelEn: 'Centralized procurement: projects', unit: '项', templates: ['2019'], comparability: 'none', noteZh: '2021年版已删除此项', noteEn: 'removed in the 2021 template' });
  out.push({ key: 't2.procurement.amount', section: '二', rowLabel: '政府集中采购', colLabel: '采购总金额',
    labelEn: 'Centralized procurement: total amount', unit: '元', templateUnit: {}, templates: ['2019'], comparability: 'none', noteZh: '2021年版已删除此项', noteEn: 'removed in the 2021 template' });
  return out;
}

// ---- Table 三 (applications) ----------------------------------------------------------------------
export const T3_COLUMNS = [
  { id: 'natural', zh: '自然人', en: 'natural persons' },
  { id: 'business', zh: '商业企业', en: 'businesses' },
  { id: 'research', zh: '科研机构', en: 'research institutions' },
  { id: 'public_interest', zh: '社会公益组织', en: 'public-interest organisations' },
  { id: 'legal', zh: '法律服务机构', en: 'legal service providers' },
  { id: 'other_org', zh: '其他', en: 'other organisations' },
  { id: 'total', zh: '总计', en: 'total' },
] as const;

export interface T3Row { id: string; zh: string; en: string; templates: TemplateId[]; group?: string }
export const T3_ROWS: T3Row[] = [
  { id: 'new', zh: '一、本年新收政府信息公开申请数量', en: 'Received this year', templates: BOTH },
  { id: 'carried_in', zh: '二、上年结转政府信息公开申请数量', en: 'Carried over from last year', templates: BOTH },
  { id: 'disclosed', zh: '（一）予以公开', en: 'Disclosed', templates: BOTH },
  { id: 'partial', zh: '（二）部分公开', en: 'Partly disclosed', templates: BOTH },
  ...[['state_secret', '1.属于国家秘密', 'state secret'], ['prohibited', '2.其他法律行政法规禁止公开', 'prohibited by other laws'],
    ['three_safety', '3.危及“三安全一稳定”', 'endangers security/stability'], ['third_party', '4.保护第三方合法权益', 'third-party rights'],
    ['internal', '5.属于三类内部事务信息', 'internal affairs'], ['process', '6.属于四类过程性信息', 'process information'],
    ['enforcement', '7.属于行政执法案卷', 'enforcement files'], ['query', '8.属于行政查询事项', 'administrative query']]
    .map(([id, zh, en]) => ({ id: `withheld.${id}`, zh: `（三）不予公开 ${zh}`, en: `Withheld: ${en}`, templates: BOTH, group: 'withheld' })),
  ...[['not_held', '1.本机关不掌握相关政府信息', 'not held'], ['needs_making', '2.没有现成信息需要另行制作', 'would need to be made'],
    ['unclear', '3.补正后申请内容仍不明确', 'still unclear after correction']]
    .map(([id, zh, en]) => ({ id: `unable.${id}`, zh: `（四）无法提供 ${zh}`, en: `Unable to provide: ${en}`, templates: BOTH, group: 'unable' })),
  ...[['petition', '1.信访举报投诉类申请', 'petitions/complaints'], ['repeat', '2.重复申请', 'repeated'],
    ['publication', '3.要求提供公开出版物', 'published material'], ['mass', '4.无正当理由大量反复申请', 'mass repeated'],
    ['confirm', '5.要求行政机关确认或重新出具已获取信息', 'confirm obtained information']]
    .map(([id, zh, en]) => ({ id: `not_processed.${id}`, zh: `（五）不予处理 ${zh}`, en: `Not processed: ${en}`, templates: BOTH, group: 'not_processed' })),
  { id: 'other', zh: '（六）其他处理', en: 'Otherwise handled', templates: ['2019'], group: 'other' },
  ...[['no_correction', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'no correction in time'],
    ['unpaid', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'fee not paid'],
    ['misc', '3.其他', 'other']]
    .map(([id, zh, en]) => ({ id: `other.${id}`, zh: `（六）其他处理 ${zh}`, en: `Otherwise handled: ${en}`, templates: ['2021'] as TemplateId[], group: 'other' })),
  { id: 'result_total', zh: '（七）总计', en: 'Total handled', templates: BOTH },
  { id: 'carried_out', zh: '四、结转下年度继续办理', en: 'Carried over to next year', templates: BOTH },
];

// ---- Table 四 (reconsideration and litigation) ----------------------------------------------------
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

function t3(): MetricDef[] {
  return T3_ROWS.flatMap((r) => T3_COLUMNS.map((c) => ({
    key: `t3.${r.id}.${c.id}`, section: '三' as const, rowLabel: r.zh, colLabel: c.zh, labelEn: `${r.en}: ${c.en}`,
    unit: '件', templates: r.templates, comparability: (r.group === 'other' ? (r.id === 'other' ? 'caveat' : 'none') : 'same') as Comparability,
    noteZh: r.group === 'other' ? '“（六）其他处理”在2019年版为一行，2021年版分为三行；请比较合计（t3.other_group）' : undefined,
    noteEn: r.group === 'other' ? '"other handling" is one row in 2019 and three sub-rows in 2021; compare the group total t3.other_group' : undefined,
  })));
}

// （六）其他处理 as one number in both templates: the 2019 row, or the sum of the 2021 sub-rows (derived, never printed
// as such; a 2021 table that prints a group subtotal is checked against its sub-rows by the parser).
function t3OtherGroup(): MetricDef[] {
  return T3_COLUMNS.map((c) => ({
    key: `t3.other_group.${c.id}`, section: '三' as const, rowLabel: '（六）其他处理（合计）', colLabel: c.zh, labelEn: `Otherwise handled, all: ${c.en}`,
    unit: '件', templates: BOTH, comparability: 'same' as Comparability, derived: true,
    note: '2019: the （六）其他处理 row; 2021: the sum of its three sub-rows',
    sources: { '2019': [`t3.other.${c.id}`], '2021': ['no_correction', 'unpaid', 'misc'].map((x) => `t3.other.${x}.${c.id}`) },
  }));
}

function t4(): MetricDef[] {
  return T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => ({
    key: `t4.${g.id}.${c.id}`, section: '四' as const, rowLabel: g.zh, colLabel: c.zh, labelEn: `${g.en}: ${c.en}`,
    unit: '件', templates: BOTH, comparability: 'same' as Comparability,
  })));
}

export const METRICS: readonly MetricDef[] = [...t2(), ...t3(), ...t3OtherGroup(), ...t4()];
export const METRIC_BY_KEY: ReadonlyMap<string, MetricDef> = new Map(METRICS.map((m) => [m.key, m]));

/** The cells a table of template `t` prints (derived metrics left out). */
export function metricsOfTemplate(t: TemplateId): MetricDef[] {
  return METRICS.filter((m) => m.templates.includes(t) && !m.derived);
}
