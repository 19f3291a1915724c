// Pure: each indicator's value (0–1) from one report's facts and its peers' context. Formulas and constants are those
// stated in scoring-profile/indicators.ts; a value is null only where the indicator does not apply (and says why).
import { daysLate } from '@dh/domain';
import {
  COPY_FREE,
  COPY_FULL,
  expectedCells,
  FAULT_COST,
  LATE_ZERO_DAYS,
  REVIEW_PRIOR_CASES,
} from '../scoring-profile/indicators';

export const MIN_CASES = 5;

export interface ReportFacts {
  agencyId: number;
  agencyName: string;
  year: number;
  kind: string;
  level: string | null;
  type: string;
  /** False for a roster body expected that year that has no report: listed, scored 0. */
  published: boolean;
  publishedOn: string | null;
  /** Deadline of the body's kind for this year (null: vertical, none locally). */
  dueOn: string | null;
  template: string;
  sections: number;
  tables: number;
  cellsRead: number;
  feeStatement: boolean;
  /** Open error/warning findings (profile v1); root causes of substantive findings; artefacts to look at. */
  findings: number;
  faults: number;
  needsLook: number;
  proactive: number | null;
  appsHandled: number | null;
  appsDisclosed: number | null;
  appsNew: number | null;
  appsCarriedIn: number | null;
  appsCarriedOut: number | null;
  appsOther: number | null;
  reviewTotal: number | null;
  reviewCorrected: number | null;
  reviewPending: number | null;
  /** Cells an admin corrected: the facts above were recomputed from the corrected values. */
  correctedKeys?: string[] | null;
  minhash: number[] | null;
}
/** What a value depends on beyond the report itself. */
export interface PeerContext {
  peerMaxProactive: number;
  /** Pooled correction rate of the reports ranked together (the prior of review_correction). */
  pooledCorrection: number;
  /** t3.carried_out.total of the body's previous report. */
  prevCarriedOut: number | null;
  /** Highest similarity of 第一/第五部分 to the body's previous report or a peer's; null without a signature. */
  similarity: { value: number; withName: string; withAgencyId: number; withYear: number } | null;
}
export interface IndicatorValue {
  raw: number | null;
  value: number | null;
  nullReason: string | null;
  note: string | null;
}

const na = (zh: string, en: string): IndicatorValue => ({
  raw: null,
  value: null,
  nullReason: `${zh} · ${en}`,
  note: null,
});
// The fixed reasons, made once: scoring meets them for most of the 1,000 reports of a ranking request, and a fresh
// object with a freshly joined string each time was a good part of what the request left to the garbage collector.
// Frozen, since every report that does not apply shares one.
const fixed = (zh: string, en: string): IndicatorValue => Object.freeze(na(zh, en));
const NOT_PUBLISHED = fixed('未发布', 'not published');
const VERTICAL = fixed('垂直管理部门，无本地截止日期', 'vertically managed: no local deadline');
const APPS_NOT_REPORTED = fixed('未填报申请数', 'applications not reported');
const NO_APPS = fixed('无申请', 'no applications');
const REVIEW_NOT_REPORTED = fixed('未填报复议诉讼', 'reconsideration/litigation not reported');
const TOO_SHORT = fixed('第一、第五部分文字过短', 'sections 一/五 too short to compare');
const NO_DATE = fixed('无发布日期', 'no publication date');
const NO_LOCAL_DEADLINE = fixed('本地无截止日期（垂直管理）', 'no local deadline (vertically managed)');
const NO_DECISIONS = fixed('未填报处理决定数量', 'no decision counts');
const val = (value: number, raw: number | null, note: string | null = null): IndicatorValue => ({
  raw,
  value,
  nullReason: null,
  note,
});
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const pct = (x: number) => `${(100 * x).toFixed(0)}%`;

// `n`: build the notes. A ranking scores every report of two years but shows notes only for the rows of its page, so
// the scoring pass leaves them out (the values are the same either way) and the page's rows are computed again with them.
function timeliness(f: ReportFacts, n: boolean): IndicatorValue {
  if (!f.published) return val(0, null, n ? '未发布 · not published' : null);
  if (f.dueOn === null) return VERTICAL;
  if (f.publishedOn === null)
    return val(0, null, n ? '无发布日期，不能证明按时发布 · no publication date: on time cannot be shown' : null);
  const late = daysLate(f.publishedOn, f.dueOn);
  if (late <= 0) return val(1, late, n ? `截止日期${f.dueOn}前发布 · by the deadline ${f.dueOn}` : null);
  return val(
    clamp01(1 - late / LATE_ZERO_DAYS),
    late,
    n ? `逾期${late}天（截止${f.dueOn}） · ${late} days late (due ${f.dueOn})` : null,
  );
}

function formatComplete(f: ReportFacts, n: boolean): IndicatorValue {
  const cells = Math.min(1, f.cellsRead / expectedCells(f.template));
  const headings = Math.min(f.sections, 6) / 6;
  // The 2021 template asks section 六 to state the 信息处理费 charged; the 2019 template did not.
  const fee = f.template === '2021' ? (f.feeStatement ? 1 : 0) : null;
  const parts = fee === null ? [cells, headings] : [cells, headings, fee];
  const note = !n
    ? null
    : `单元格${f.cellsRead}/${expectedCells(f.template)}，标题${Math.min(f.sections, 6)}/6${fee === null ? '' : `，信息处理费说明${fee ? '有' : '无'}`}` +
      ` · cells ${f.cellsRead}/${expectedCells(f.template)}, headings ${Math.min(f.sections, 6)}/6${fee === null ? '' : `, fee statement ${fee ? 'yes' : 'no'}`}`;
  return val(parts.reduce((a, b) => a + b, 0) / parts.length, f.cellsRead, note);
}

function dataAccuracy(f: ReportFacts, ctx: PeerContext, n: boolean): IndicatorValue {
  const broken = ctx.prevCarriedOut !== null && f.appsCarriedIn !== null && ctx.prevCarriedOut !== f.appsCarriedIn;
  const faults = f.faults + (broken ? 1 : 0);
  const note = !n
    ? null
    : [
        `${f.faults}处勾稽/正文问题 · ${f.faults} arithmetic/text faults`,
        broken
          ? `上年结转${f.appsCarriedIn}≠上年结转下年度${ctx.prevCarriedOut} · carried in ${f.appsCarriedIn} ≠ last year's carried out ${ctx.prevCarriedOut}`
          : null,
        f.needsLook ? `另有${f.needsLook}处需人工核查（不扣分） · ${f.needsLook} to look at (not scored)` : null,
      ]
        .filter(Boolean)
        .join('；');
  return val(Math.max(0, 1 - FAULT_COST * faults), faults, note);
}

function applicationHandling(f: ReportFacts, n: boolean): IndicatorValue {
  if (f.appsNew === null && f.appsCarriedIn === null) return APPS_NOT_REPORTED;
  const received = (f.appsNew ?? 0) + (f.appsCarriedIn ?? 0);
  if (received <= 0) return NO_APPS;
  const handled = f.appsHandled ?? 0;
  const other = handled > 0 ? Math.min(1, (f.appsOther ?? 0) / handled) : 0;
  const backlog = Math.min(1, Math.max(0, f.appsCarriedOut ?? 0) / received);
  return val(
    (1 - other + (1 - backlog)) / 2,
    other,
    n
      ? `其他处理占${pct(other)}，结转下年度占${pct(backlog)} · otherwise handled ${pct(other)}, carried over ${pct(backlog)}`
      : null,
  );
}

function reviewCorrection(f: ReportFacts, ctx: PeerContext, n: boolean): IndicatorValue {
  if (f.reviewTotal === null) return REVIEW_NOT_REPORTED;
  const decided = Math.max(0, f.reviewTotal - (f.reviewPending ?? 0));
  const corrected = Math.min(Math.max(0, f.reviewCorrected ?? 0), decided);
  const v = 1 - (corrected + REVIEW_PRIOR_CASES * ctx.pooledCorrection) / (decided + REVIEW_PRIOR_CASES);
  return val(
    v,
    decided > 0 ? corrected / decided : null,
    !n
      ? null
      : `已审结${decided}件，纠错${corrected}件（同组纠错率${pct(ctx.pooledCorrection)}） · ${corrected} of ${decided} decided cases corrected (peers ${pct(ctx.pooledCorrection)})`,
  );
}

function contentOriginal(ctx: PeerContext, n: boolean): IndicatorValue {
  if (!ctx.similarity) return TOO_SHORT;
  const s = ctx.similarity;
  const v = s.value <= COPY_FREE ? 1 : s.value >= COPY_FULL ? 0 : 1 - (s.value - COPY_FREE) / (COPY_FULL - COPY_FREE);
  // No previous report of its own and no peer near enough for the LSH bands to pair them: nothing to name.
  if (s.withAgencyId <= 0)
    return val(
      v,
      s.value,
      !n
        ? null
        : '未发现相似报告（无上年报告，同组无相近文字） · no similar report (no previous report, no peer close enough)',
    );
  return val(
    v,
    s.value,
    !n
      ? null
      : `与${s.withName}${s.withYear}年报告相似度${pct(s.value)} · ${pct(s.value)} similar to ${s.withName} ${s.withYear}`,
  );
}

function rate(num: number | null, den: number | null, what: string): IndicatorValue {
  if (den === null || num === null) return na(`${what}未填报`, 'not reported');
  if (den < MIN_CASES) return na(`${what}不足${MIN_CASES}件（${den}件）`, `fewer than ${MIN_CASES} cases (${den})`);
  // A part larger than its total is a report whose figures do not add up: no rate rather than one above 100 %.
  if (num > den) return na(`${what}部分数${num}大于总数${den}`, `part ${num} exceeds total ${den}`);
  return val(num / den, num / den);
}

/** Profile v1's indicators, computed exactly as before (a past ranking is reproduced). */
function legacy(f: ReportFacts, ctx: PeerContext): Record<string, IndicatorValue> {
  const review = rate(f.reviewCorrected, f.reviewTotal, '复议诉讼');
  return {
    on_time:
      f.publishedOn === null
        ? NO_DATE
        : f.dueOn === null
          ? NO_LOCAL_DEADLINE
          : val(f.publishedOn <= f.dueOn ? 1 : 0, f.publishedOn <= f.dueOn ? 1 : 0),
    complete: val((Math.min(f.sections, 6) / 6 + Math.min(f.tables, 3) / 3) / 2, f.sections + f.tables),
    findings: val(1 / (1 + f.findings), f.findings),
    proactive_volume:
      f.proactive === null
        ? NO_DECISIONS
        : val(ctx.peerMaxProactive > 0 ? f.proactive / ctx.peerMaxProactive : 0, f.proactive),
    application_outcomes: rate(f.appsDisclosed, f.appsHandled, '办理申请'),
    review_corrected: review.value === null ? review : val(1 - review.value, review.raw),
  };
}

/**
 * Every indicator's value for one report. `notes`: with the notes (the rows shown); `v1`: also profile v1's indicators
 * (scoring leaves them out when no profile in play weights them: their values would be computed only to be ignored).
 */
export function indicatorValues(
  f: ReportFacts,
  ctx: PeerContext,
  notes = true,
  v1 = true,
): Record<string, IndicatorValue> {
  if (!f.published) {
    const none = NOT_PUBLISHED;
    return {
      timeliness: timeliness(f, notes),
      format_complete: none,
      data_accuracy: none,
      application_handling: none,
      review_correction: none,
      content_original: none,
      on_time: none,
      complete: none,
      findings: none,
      proactive_volume: none,
      application_outcomes: none,
      review_corrected: none,
    };
  }
  return {
    timeliness: timeliness(f, notes),
    format_complete: formatComplete(f, notes),
    data_accuracy: dataAccuracy(f, ctx, notes),
    application_handling: applicationHandling(f, notes),
    review_correction: reviewCorrection(f, ctx, notes),
    content_original: contentOriginal(ctx, notes),
    ...(v1 ? legacy(f, ctx) : null),
  };
}

/** Findings sharing a cell are one root cause (one wrong 总计 breaks its row, its column and the table identity). */
export function rootCauses(keyLists: (string[] | null)[]): number {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(x, r);
    return r;
  };
  let alone = 0;
  for (const keys of keyLists) {
    if (!keys?.length) {
      alone++;
      continue;
    }
    for (const k of keys) if (!parent.has(k)) parent.set(k, k);
    for (const k of keys.slice(1)) parent.set(find(k), find(keys[0]));
  }
  const roots = new Set<string>();
  for (const keys of keyLists) if (keys?.length) roots.add(find(keys[0]));
  return roots.size + alone;
}
