// Pure scoring: indicator values from a report's facts, weighted score, competition ranking and "why it moved".
// Weights are relative; an indicator that cannot be computed (null) drops out and the others are re-weighted,
// so a body is not punished for a rate with too few cases to mean anything.
import { INDICATORS } from '../scoring-profile/indicators';

export const MIN_CASES = 5;

export interface ReportFacts {
  agencyId: number; agencyName: string; year: number; publishedOn: string | null;
  /** Deadline of the body's kind for this year (null: vertical, none locally). */
  dueOn: string | null;
  sections: number; tables: number; findings: number;
  proactive: number | null; appsHandled: number | null; appsDisclosed: number | null;
  reviewTotal: number | null; reviewCorrected: number | null;
}
export interface IndicatorValue { raw: number | null; value: number | null; nullReason: string | null }
export interface Scored { facts: ReportFacts; values: Record<string, IndicatorValue>; points: Record<string, number>; score: number }

const rate = (num: number | null, den: number | null, what: string): IndicatorValue => {
  if (den === null || num === null) return { raw: null, value: null, nullReason: `${what}未填报 · not reported` };
  if (den < MIN_CASES) return { raw: null, value: null, nullReason: `${what}不足${MIN_CASES}件（${den}件） · fewer than ${MIN_CASES} cases (${den})` };
  // A part larger than its total is a report whose figures do not add up: no rate rather than one above 100 %.
  if (num > den) return { raw: null, value: null, nullReason: `${what}部分数${num}大于总数${den} · part ${num} exceeds total ${den}` };
  return { raw: num / den, value: num / den, nullReason: null };
};

export function indicatorValues(f: ReportFacts, peerMaxProactive: number): Record<string, IndicatorValue> {
  const apps = rate(f.appsDisclosed, f.appsHandled, '办理申请');
  const review = rate(f.reviewCorrected, f.reviewTotal, '复议诉讼');
  return {
    on_time: f.publishedOn === null ? { raw: null, value: null, nullReason: '无发布日期 · no publication date' }
      : f.dueOn === null ? { raw: null, value: null, nullReason: '本地无截止日期（垂直管理） · no local deadline (vertically managed)' }
        : { raw: f.publishedOn <= f.dueOn ? 1 : 0, value: f.publishedOn <= f.dueOn ? 1 : 0, nullReason: null },
    complete: { raw: f.sections + f.tables, value: (Math.min(f.sections, 6) / 6 + Math.min(f.tables, 3) / 3) / 2, nullReason: null },
    findings: { raw: f.findings, value: 1 / (1 + f.findings), nullReason: null },
    proactive_volume: f.proactive === null ? { raw: null, value: null, nullReason: '未填报处理决定数量 · no decision counts' }
      : { raw: f.proactive, value: peerMaxProactive > 0 ? f.proactive / peerMaxProactive : 0, nullReason: null },
    application_outcomes: apps,
    review_corrected: review.value === null ? review : { raw: review.raw, value: 1 - review.value, nullReason: null },
  };
}

/** Points on a 0–100 scale: weight × value over the sum of the weights of computable indicators. */
export function score(values: Record<string, IndicatorValue>, weights: Record<string, number>): { points: Record<string, number>; score: number } {
  // Plain loops: this runs for every report of two years on each ranking request.
  let wsum = 0;
  for (const i of INDICATORS) {
    const w = weights[i.key] ?? 0;
    if (w > 0 && values[i.key] && values[i.key].value !== null) wsum += w;
  }
  const points: Record<string, number> = {};
  let total = 0;
  for (const i of INDICATORS) {
    const w = weights[i.key] ?? 0;
    const v = values[i.key]?.value ?? null;
    const p = w > 0 && v !== null ? (100 * w * v) / wsum : 0;
    points[i.key] = p;
    total += p;
  }
  return { points, score: total };
}

export function scoreAll(facts: ReportFacts[], weights: Record<string, number>): Scored[] {
  const peerMax = Math.max(0, ...facts.map((f) => f.proactive ?? 0));
  return facts.map((f) => {
    const values = indicatorValues(f, peerMax);
    return { facts: f, values, ...score(values, weights) };
  });
}

// One collator for every comparison: String#localeCompare builds one per call, which was the ranking's hottest line.
const byName = new Intl.Collator().compare;

/** Competition ranking (1, 2, 2, 4): ties (to 1e-9) share a rank; order by score, then name for stable output. */
export function rankAll<T extends { score: number; facts: { agencyName: string } }>(rows: T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => b.score - a.score || byName(a.facts.agencyName, b.facts.agencyName));
  let rank = 0;
  return sorted.map((r, i) => {
    if (i === 0 || Math.abs(sorted[i - 1].score - r.score) > 1e-9) rank = i + 1;
    return { ...r, rank };
  });
}

/** The indicator whose points changed most in the direction the rank moved explains it. */
export function whyMoved(rankChange: number | null, points: Record<string, number>, prevPoints: Record<string, number> | null): { zh: string; en: string } {
  if (rankChange === null || !prevPoints) return { zh: '上年无可比排名', en: 'no ranking the year before' };
  const deltas = INDICATORS.map((i) => ({ i, d: (points[i.key] ?? 0) - (prevPoints[i.key] ?? 0) }));
  if (rankChange === 0) return { zh: '名次不变', en: 'rank unchanged' };
  const pick = rankChange < 0 ? deltas.reduce((a, b) => (b.d < a.d ? b : a)) : deltas.reduce((a, b) => (b.d > a.d ? b : a));
  const dir = rankChange < 0 ? '下降' : '上升';
  const places = `${Math.abs(rankChange)} place${Math.abs(rankChange) === 1 ? '' : 's'}`;
  const d = pick.d.toFixed(1);
  if ((rankChange < 0 && pick.d >= 0) || (rankChange > 0 && pick.d <= 0)) {
    return { zh: `名次${dir}${Math.abs(rankChange)}位：自身各项得分未${rankChange < 0 ? '下降' : '提高'}，系其他机关得分变化所致`,
      en: `${rankChange < 0 ? 'fell' : 'rose'} ${places}: own points did not ${rankChange < 0 ? 'drop' : 'rise'}; other bodies moved` };
  }
  return { zh: `名次${dir}${Math.abs(rankChange)}位，主要因为“${pick.i.labelZh}”得分变化${pick.d > 0 ? '+' : ''}${d}分`,
    en: `${rankChange < 0 ? 'fell' : 'rose'} ${places}, mainly from "${pick.i.labelEn}" (${pick.d > 0 ? '+' : ''}${d} points)` };
}
