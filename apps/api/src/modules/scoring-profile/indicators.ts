// The scoring indicators (考评指标), defined once: key, labels, formula, source cells and why. The SQL that stores the
// sums they read (migration 1766000000000, the ingest statement) takes the key lists below as parameters.
// The first six are the 2025 indicators (profile 默认方案 v2); the last six are the original ones, kept so that a past
// ranking made with profile v1 is reproduced exactly.
import { metricsOfTemplate, registeredTemplates, T4_GROUPS, type TemplateDetected, type TemplateId } from '@dh/domain';
import { FACT_PARAMS } from '../../database/migrations/1768000000000-revision-facts-keys';
import type { IndicatorModel } from './scoring-profile.model';

/** Cells each stored sum adds up (null when none of them holds a number). */
export const SUM_KEYS = {
  apps_new: ['t3.new.total'],
  apps_carried_in: ['t3.carried_in.total'],
  apps_carried_out: ['t3.carried_out.total'],
  // 2021 sub-rows first; the 2019 single row only when no sub-row was read (a group row printing the subtotal of
  // its sub-rows must not count twice).
  apps_other_2021: ['t3.other.no_correction.total', 't3.other.unpaid.total', 't3.other.misc.total'],
  apps_other_2019: ['t3.other.total'],
  review_pending: T4_GROUPS.map((g) => `t4.${g.id}.pending`),
} as const;

/**
 * Cells each ranking fact of revision_facts() adds up (migration 1768000000000 takes them as parameters, in
 * FACT_PARAMS order): the tables counted as present, 许可/处罚/强制 decisions, applications handled and disclosed, and
 * reconsideration/litigation cases and corrections.
 */
export const FACT_KEYS = {
  tables: ['t2', 't3', 't4'],
  proactive: ['licensing', 'penalty', 'coercion'].map((r) => `t2.${r}.decisions`),
  apps_handled: ['t3.result_total.total'],
  apps_disclosed: ['t3.disclosed.total', 't3.partial.total'],
  review_total: T4_GROUPS.map((g) => `t4.${g.id}.total`),
  review_corrected: T4_GROUPS.map((g) => `t4.${g.id}.corrected`),
} as const satisfies Record<(typeof FACT_PARAMS)[number], readonly string[]>;
export const FACT_LISTS: string[][] = FACT_PARAMS.map((p) => [...FACT_KEYS[p]]);

/** The template's cells a report should print: 格式完整 counts the ones read. A mixed table is held to the 2021 set. */
export const TEMPLATE_KEYS: Readonly<Record<string, string[]>> = Object.fromEntries(
  registeredTemplates().map((t) => [t, metricsOfTemplate(t as TemplateId).map((m) => m.key)]),
);
/** Mixed or unknown: the cells of any template. */
export const templateKeysOf = (t: TemplateDetected): string[] =>
  TEMPLATE_KEYS[t] ?? [...new Set(Object.values(TEMPLATE_KEYS).flat())];
export const expectedCells = (t: string): number => (TEMPLATE_KEYS[t] ?? TEMPLATE_KEYS['2021']).length;

/** Finding codes that are faults of the body's data (scored), and artefacts of parsing or copying (shown, never scored). */
export const SUBSTANTIVE_CODES = [
  't3_column_identity',
  't3_result_total',
  't3_group_subtotal',
  't3_row_total',
  't4_total',
  'text_contradicts_table',
];
export const ARTEFACT_CODES = [
  'flattened_ambiguous',
  'flattened_search_capped',
  'truncated',
  'stray_cells',
  'amount_unit_missing',
  'duplicate_cell',
  'row_short',
  'label_variant',
  'template_guessed',
  'docx_conversion',
];

// Grading constants, named where the method text states them.
export const LATE_ZERO_DAYS = 60;
export const FAULT_COST = 0.25;
export const REVIEW_PRIOR_CASES = 5;
export const COPY_FREE = 0.5;
export const COPY_FULL = 0.9;

export type IndicatorDef = Omit<IndicatorModel, 'methodEn'>;

const DEFS: IndicatorDef[] = [
  {
    key: 'timeliness',
    labelZh: '按时发布',
    labelEn: 'Published on time',
    legacy: false,
    method: `1 if posted by the deadline of the body's kind and level (departments 31 Jan; county, city, province offices 20 Feb / 10 Mar / 31 Mar), then falling linearly to 0 at ${LATE_ZERO_DAYS} days late; no publication date = 0 (a fault, not a pass); not published = 0; vertically managed bodies have no local deadline (not applicable)`,
    methodZh: `在本类机关截止日期前发布为1；逾期按天线性扣减，逾期${LATE_ZERO_DAYS}天及以上为0；无发布日期计0（视为未能证明按时发布）；未发布计0；垂直管理部门无本地截止日期，不适用`,
    sources: ['report_revision.published_on', 'report_deadline / libs/domain roster.ts'],
  },
  {
    key: 'format_complete',
    labelZh: '格式完整',
    labelEn: 'Template complete',
    legacy: false,
    method:
      'mean of: cells of the detected template read / cells the template has; the six official headings found / 6; for 2021-template reports also whether 第六部分 states the 信息处理费 charged (1/0)',
    methodZh:
      '以下各项的平均值：按所用格式应有单元格的读取比例；六个法定标题的出现比例（÷6）；2021年格式另计第六部分是否说明信息处理费收取情况（1或0）',
    sources: ['cells of 表二/三/四', 'section headings 一–六', '第六部分 text: 信息处理费'],
  },
  {
    key: 'data_accuracy',
    labelZh: '数据准确',
    labelEn: 'Data accurate',
    legacy: false,
    method: `1 − ${FAULT_COST} × faults (floor 0): open arithmetic and text-vs-table findings, findings sharing a cell counted once (one wrong total is one fault), plus a 上年结转 that differs from last year's 结转下年度 (总计 column); parser and copy artefacts are listed as "needs a human look" and never scored`,
    methodZh: `1 − ${FAULT_COST} × 问题数（最低0）：未排除的勾稽关系与正文表格不一致问题，涉及同一单元格的只计一次；本年“上年结转”与上年“结转下年度继续办理”（总计列）不一致计一次；解析或转录造成的疑点单列“需人工核查”，不扣分`,
    sources: [...SUBSTANTIVE_CODES.map((c) => `finding ${c}`), 't3.carried_in.total (N)', 't3.carried_out.total (N−1)'],
  },
  {
    key: 'application_handling',
    labelZh: '依申请办理',
    labelEn: 'Applications handled',
    legacy: false,
    method:
      'mean of (1 − 其他处理 ÷ 总计) and (1 − 结转下年度 ÷ (新收 + 上年结转)): lawful refusals (不予公开, 无法提供, 不予处理) cost nothing; a high 其他处理 share and a backlog do; not applicable without applications',
    methodZh:
      '（1 − 其他处理÷办理结果总计）与（1 − 结转下年度继续办理÷（本年新收+上年结转））的平均值；不予公开、无法提供、不予处理为合法答复，不扣分；无申请时不适用',
    sources: [
      't3.other.*.total (2021) or t3.other.total (2019)',
      't3.result_total.total',
      't3.carried_out.total',
      't3.new.total',
      't3.carried_in.total',
    ],
  },
  {
    key: 'review_correction',
    labelZh: '复议诉讼纠错',
    labelEn: 'Reconsideration/litigation not corrected',
    legacy: false,
    method: `1 − (corrected + ${REVIEW_PRIOR_CASES} × p) ÷ (decided + ${REVIEW_PRIOR_CASES}), decided = 总计 − 尚未审结, p = the pooled correction rate of the bodies ranked together that year: few cases move the value little, none leaves it at the peers' rate`,
    methodZh: `1 −（纠错数 + ${REVIEW_PRIOR_CASES}×p）÷（已审结数 + ${REVIEW_PRIOR_CASES}），已审结数 = 总计 − 尚未审结，p 为同组机关当年合计纠错率：案件少时向同组水平收缩，而非不计`,
    sources: ['t4.*.corrected', 't4.*.total', 't4.*.pending'],
  },
  {
    key: 'content_original',
    labelZh: '内容不雷同',
    labelEn: 'Own words (not copied)',
    legacy: false,
    method: `MinHash (64 slots, 4-character shingles, digits folded) of 第一部分 + 第五部分; the higher similarity to the body's own previous report or to any peer's report that year: ≤ ${COPY_FREE} → 1, ≥ ${COPY_FULL} → 0, linear between; not applicable when the text is too short`,
    methodZh: `第一、第五部分文字的MinHash相似度（64槽、4字片段、数字归一），取与本机关上年报告及同组机关当年报告的最高值：≤${COPY_FREE}为1，≥${COPY_FULL}为0，其间线性；文字过短不适用`,
    sources: ['第一部分 总体情况', '第五部分 存在的主要问题及改进情况'],
  },
  // Profile v1's indicators, unchanged.
  {
    key: 'on_time',
    labelZh: '按时发布（旧）',
    labelEn: 'Published on time (v1)',
    legacy: true,
    method: "1 if published by the deadline of the body's kind, else 0; null without a publication date",
    methodZh: '截止日期前发布为1，否则为0；无发布日期不计',
    sources: ['report_revision.published_on'],
  },
  {
    key: 'complete',
    labelZh: '内容完整（旧）',
    labelEn: 'Sections and tables complete (v1)',
    legacy: true,
    method: 'mean of (sections present / 6) and (tables 二/三/四 with at least one cell / 3)',
    methodZh: '（标题数÷6）与（有数据的表格数÷3）的平均值',
    sources: ['sections', 'tables'],
  },
  {
    key: 'findings',
    labelZh: '问题数（旧）',
    labelEn: 'Findings per report (v1)',
    legacy: true,
    method: '1 / (1 + open or confirmed error/warning findings of the report)',
    methodZh: '1÷（1+未排除的错误和警告数）',
    sources: ['finding'],
  },
  {
    key: 'proactive_volume',
    labelZh: '主动公开量（旧）',
    labelEn: 'Proactive disclosure volume (v1)',
    legacy: true,
    method: 'licensing + penalty + coercion decisions, divided by the largest among the bodies ranked',
    methodZh: '许可、处罚、强制决定数之和÷参评机关最大值',
    sources: ['t2.*.decisions'],
  },
  {
    key: 'application_outcomes',
    labelZh: '依申请公开答复（旧）',
    labelEn: 'Application handling outcomes (v1)',
    legacy: true,
    method: '(disclosed + partly disclosed) / all handled (表三 总计列); null under 5 cases',
    methodZh: '（予以公开+部分公开）÷办理总数；不足5件不计',
    sources: ['t3.disclosed.total', 't3.partial.total', 't3.result_total.total'],
  },
  {
    key: 'review_corrected',
    labelZh: '复议诉讼纠错（旧）',
    labelEn: 'Reconsideration/litigation corrected (v1)',
    legacy: true,
    method: '1 − corrected / all cases of 表四; null under 5 cases',
    methodZh: '1 − 纠错数÷表四总数；不足5件不计',
    sources: ['t4.*.corrected', 't4.*.total'],
  },
];
// `method` is the English text; `methodEn` says so by name (clients written before both languages read `method`).
export const INDICATORS: IndicatorModel[] = DEFS.map((i) => ({ ...i, methodEn: i.method }));
export const INDICATOR_KEYS = INDICATORS.map((i) => i.key);
export const CURRENT_KEYS = INDICATORS.filter((i) => !i.legacy).map((i) => i.key);
/** The weights of 默认方案 v2 (migration 1766000000000 stores them). */
export const DEFAULT_WEIGHTS_V2: Record<string, number> = {
  timeliness: 20,
  format_complete: 15,
  data_accuracy: 25,
  application_handling: 15,
  review_correction: 10,
  content_original: 15,
};
