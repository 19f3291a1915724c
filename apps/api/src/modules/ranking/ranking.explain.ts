// Pure: sentences that name the real cause of a rank change and of the gap to the neighbour above. An indicator that
// became (or stopped being) applicable re-weights all the others, so that is said first; a missing date is named as
// such; a change smaller than the tie margin is never given as the main reason.
import { INDICATORS } from '../scoring-profile/indicators';
import type { IndicatorValue } from './ranking.indicators';

/** Point differences below this are noise (scores are shown to one decimal). */
export const TIE_MARGIN = 0.05;
/** Neighbours this close are "within the tie margin": a small change moves them past each other. */
export const NEAR_MARGIN = 0.5;

interface Side {
  score: number;
  points: Record<string, number>;
  values: Record<string, IndicatorValue>;
  facts: { publishedOn: string | null; published: boolean };
}
export interface Why {
  zh: string;
  en: string;
}

const weighted = (w: Record<string, number>) => INDICATORS.filter((i) => (w[i.key] ?? 0) > 0);
const f1 = (x: number) => `${x > 0 ? '+' : ''}${x.toFixed(1)}`;
// Two decimals without a "−0.00".
const f2 = (x: number) => (Math.abs(x) < 0.005 ? '0.00' : `${x > 0 ? '+' : ''}${x.toFixed(2)}`);
const places = (n: number) => `${n} place${n === 1 ? '' : 's'}`;

export function whyMoved(
  rankChange: number | null,
  cur: Side,
  prev: Side | null,
  weights: Record<string, number>,
): Why {
  if (rankChange === null || !prev) return { zh: '上年无可比排名', en: 'no ranking the year before' };
  const zh: string[] = [],
    en: string[] = [];
  const inds = weighted(weights);
  for (const i of inds) {
    const was = prev.values[i.key]?.value != null,
      is = cur.values[i.key]?.value != null;
    if (was !== is) {
      zh.push(
        `“${i.labelZh}”${is ? '本年开始适用' : '本年不再适用'}（${is ? '' : (cur.values[i.key]?.nullReason?.split(' · ')[0] ?? '')}${is ? '' : '，'}其余指标权重随之调整）`,
      );
      en.push(
        `"${i.labelEn}" ${is ? 'became applicable' : `stopped being applicable (${cur.values[i.key]?.nullReason?.split(' · ')[1] ?? ''})`}, so the other weights were rescaled`,
      );
    }
  }
  if (cur.facts.published && cur.facts.publishedOn === null && (weights.timeliness ?? 0) > 0) {
    zh.push('报告无发布日期，“按时发布”计0分');
    en.push('the report has no publication date, so "Published on time" scores 0');
  }
  if (!cur.facts.published) {
    zh.push('本年未发布报告');
    en.push('no report published this year');
  }
  // Each indicator's own change, at this year's weighting: a value that stayed put is not a cause, whatever the rescaling
  // did to its points.
  const wsum = inds.reduce((a, i) => a + (cur.values[i.key]?.value != null ? weights[i.key] : 0), 0) || 1;
  const deltas = inds
    .filter((i) => cur.values[i.key]?.value != null && prev.values[i.key]?.value != null)
    .map((i) => ({
      i,
      d: (100 * weights[i.key] * ((cur.values[i.key].value as number) - (prev.values[i.key].value as number))) / wsum,
    }));
  const dir = rankChange < 0 ? -1 : 1;
  const main = deltas.filter((x) => x.d * dir >= TIE_MARGIN).sort((a, b) => (b.d - a.d) * dir)[0];
  const head =
    rankChange === 0
      ? { zh: '名次不变', en: 'rank unchanged' }
      : {
          zh: `名次${rankChange < 0 ? '下降' : '上升'}${Math.abs(rankChange)}位`,
          en: `${rankChange < 0 ? 'fell' : 'rose'} ${places(Math.abs(rankChange))}`,
        };
  if (rankChange !== 0) {
    if (main) {
      zh.push(`主要因为“${main.i.labelZh}”${f1(main.d)}分`);
      en.push(`mainly from "${main.i.labelEn}" (${f1(main.d)} points)`);
    } else if (zh.length) {
      // The applicability change or the missing date said above is the cause.
    } else if (Math.abs(cur.score - prev.score) < NEAR_MARGIN) {
      zh.push(`自身得分基本未变（${f2(cur.score - prev.score)}），相邻机关相差不到${NEAR_MARGIN}分或其得分变化所致`);
      en.push(
        `own score almost unchanged (${f2(cur.score - prev.score)}); neighbours are within ${NEAR_MARGIN} points or moved`,
      );
    } else {
      zh.push(`自身各项得分未${rankChange < 0 ? '下降' : '提高'}，系其他机关得分变化所致`);
      en.push(`own points did not ${rankChange < 0 ? 'drop' : 'rise'}; other bodies moved`);
    }
  }
  return { zh: [head.zh, ...zh].join('；'), en: [head.en, ...en].join('; ') };
}

/** What separates a row from the one ranked just above it in its group. */
export function gapTo(above: (Side & { agencyName: string }) | null, row: Side, weights: Record<string, number>): Why {
  if (!above) return { zh: '本组第一', en: 'first in its group' };
  const gap = above.score - row.score;
  if (Math.abs(gap) <= 1e-9) return tie(above, row, weights);
  const diffs = weighted(weights)
    .map((i) => ({ i, d: (above.points[i.key] ?? 0) - (row.points[i.key] ?? 0) }))
    .sort((a, b) => b.d - a.d);
  const top = diffs.filter((x) => x.d >= TIE_MARGIN).slice(0, 2);
  const near = gap < NEAR_MARGIN ? `（${NEAR_MARGIN}分以内，接近并列）` : '';
  const nearEn = gap < NEAR_MARGIN ? ` (within ${NEAR_MARGIN}: nearly tied)` : '';
  if (!top.length) {
    return {
      zh: `比${above.agencyName}低${gap.toFixed(2)}分${near}，各项差距均小于${TIE_MARGIN}分`,
      en: `${gap.toFixed(2)} below ${above.agencyName}${nearEn}; no indicator differs by ${TIE_MARGIN} or more`,
    };
  }
  return {
    zh: `比${above.agencyName}低${gap.toFixed(2)}分${near}，主要在${top.map((x) => `“${x.i.labelZh}”（−${x.d.toFixed(1)}）`).join('、')}`,
    en: `${gap.toFixed(2)} below ${above.agencyName}${nearEn}, mainly ${top.map((x) => `"${x.i.labelEn}" (−${x.d.toFixed(1)})`).join(', ')}`,
  };
}

/** A tie between different reports is said to be one: what applies differently, or which indicators offset. */
function tie(above: Side & { agencyName: string }, row: Side, weights: Record<string, number>): Why {
  const same = { zh: `与${above.agencyName}同分并列`, en: `tied with ${above.agencyName}` };
  const inds = weighted(weights);
  const applies = (s: Side, key: string) => s.values[key]?.value != null;
  const unlike = inds.filter((i) => applies(above, i.key) !== applies(row, i.key));
  if (unlike.length) {
    const zh = unlike
      .map(
        (i) =>
          `“${i.labelZh}”${applies(row, i.key) ? '' : '不'}适用于本机关、${applies(above, i.key) ? '' : '不'}适用于对方`,
      )
      .join('；');
    const en = unlike
      .map(
        (i) =>
          `"${i.labelEn}" ${applies(row, i.key) ? 'applies' : 'does not apply'} here, ${applies(above, i.key) ? 'applies' : 'does not'} there`,
      )
      .join('; ');
    return {
      zh: `${same.zh}（得分构成不同：${zh}，其余指标权重随之调整）`,
      en: `${same.en} (made up differently: ${en}; the other weights rescaled)`,
    };
  }
  const offsets = inds
    .map((i) => ({ i, d: (row.points[i.key] ?? 0) - (above.points[i.key] ?? 0) }))
    .filter((x) => Math.abs(x.d) >= TIE_MARGIN);
  if (!offsets.length) return same;
  return {
    zh: `${same.zh}（得分构成不同，相互抵消：${offsets.map((x) => `“${x.i.labelZh}”${f1(x.d)}`).join('、')}）`,
    en: `${same.en} (made up differently, offsetting: ${offsets.map((x) => `"${x.i.labelEn}" ${f1(x.d)}`).join(', ')})`,
  };
}

interface Placed {
  rank: number;
  group: string;
}

/**
 * Whether a move is the profile's or the reports': both years are scored with the profile asked for, so the change
 * shown is the reports'; when the profile has an earlier version (or the weights are a what-if on a stored profile),
 * last year's rank under that one says how far the profile change alone moves the body.
 */
export function profileShift(
  rankChange: number | null,
  under: Placed | null,
  before: Placed | null,
  earlier: { name: string; version: number } | null,
): Why {
  if (rankChange === null) return { zh: '', en: '' };
  if (!earlier)
    return {
      zh: '两年均按本方案计分，名次变化来自报告',
      en: 'both years scored with this profile: the move comes from the reports',
    };
  const label = `${earlier.name} v${earlier.version}`;
  if (!under || !before)
    return {
      zh: `上年在${label}下无名次，名次变化来自报告`,
      en: `no rank last year under ${label}; the move comes from the reports`,
    };
  if (under.group !== before.group) {
    return {
      zh: `${label}分组不同，方案变化的影响无法以名次计；名次变化来自报告`,
      en: `${label} groups bodies differently, so the profile's share cannot be given in places; the move comes from the reports`,
    };
  }
  const d = before.rank - under.rank;
  if (d === 0) {
    return {
      zh: `上年按${label}与按本方案同为第${under.rank}名，方案变化不影响名次；名次变化来自报告`,
      en: `last year ${under.rank} under both ${label} and this profile: the profile change moves nothing; the move comes from the reports`,
    };
  }
  return {
    zh: `上年按${label}排第${before.rank}名、按本方案排第${under.rank}名：方案变化使名次${d > 0 ? '上升' : '下降'}${Math.abs(d)}位，以上名次变化来自报告`,
    en: `last year ${before.rank} under ${label}, ${under.rank} under this profile: the profile change alone moves it ${d > 0 ? 'up' : 'down'} ${places(Math.abs(d))}; the move shown comes from the reports`,
  };
}
