// Pure view helpers of the ranking page: the weight sliders' scale, the peer groups present, and the page's own
// texts (kept here, beside the page, so the shared i18n tables need no ranking-only entries).
import type { Locale } from '../../format/number';

/**
 * Slider range on the profile's own scale: room to double its largest weight, in round numbers (20 → 0–40 by 1,
 * 25 → 0–50, 0.3 → 0–0.6 by 0.01). Taken from the stored profile, not the what-if, so the range holds still while
 * a thumb is dragged.
 */
export function sliderScale(weights: number[]): { max: number; step: number } {
  const top = Math.max(0, ...weights.filter((w) => Number.isFinite(w)));
  if (top <= 0) return { max: 10, step: 1 };
  const mag = 10 ** Math.floor(Math.log10(top * 2));
  const max = Math.round(Math.ceil((top * 2) / mag) * mag * 1e9) / 1e9;
  return { max, step: mag / 10 };
}

/** Peer groups in the order the rows come (the API orders groups by kind), with their sizes. */
export function groupsOf(
  rows: { peerGroup: string; peerGroupLabel: string; groupSize: number }[],
): { key: string; label: string; size: number }[] {
  const seen = new Map<string, { key: string; label: string; size: number }>();
  for (const r of rows)
    if (!seen.has(r.peerGroup)) seen.set(r.peerGroup, { key: r.peerGroup, label: r.peerGroupLabel, size: r.groupSize });
  return [...seen.values()];
}

/** The Chinese or English half of a bilingual API text "中文 · English". */
export const half = (s: string | null | undefined, locale: Locale): string => {
  if (!s) return '';
  const i = s.indexOf(' · ');
  return i < 0 ? s : locale === 'en' ? s.slice(i + 3) : s.slice(0, i);
};

const TEXTS = {
  peerGroup: { zh: '参评分组', en: 'Peer groups' },
  'peer.kind': { zh: '按机关类别', en: 'by kind' },
  'peer.kind_level': { zh: '按类别和层级', en: 'by kind and level' },
  'peer.kind_type': { zh: '按类别和部门类型', en: 'by kind and type' },
  'peer.all': { zh: '全部一起', en: 'all together' },
  group: { zh: '分组', en: 'Group' },
  allGroups: { zh: '全部分组', en: 'all groups' },
  why: { zh: '说明（与上一名的差距 · 名次变化）', en: 'Explanation (gap to the row above · rank change)' },
  look: { zh: '需人工核查', en: 'Look at' },
  lookTip: { zh: '解析或转录造成的疑点，不扣分', en: 'parser or copy artefacts, not scored' },
  unpublished: { zh: '未发布', en: 'not published' },
  passages: { zh: '雷同句', en: 'Shared passages' },
  show: { zh: '查看', en: 'show' },
  noPassages: { zh: '没有完全相同的句子', en: 'no identical sentences' },
  similarTo: { zh: '比较对象', en: 'compared with' },
  method: { zh: '计算方法', en: 'How each indicator is computed' },
} as const;
export type RankingText = keyof typeof TEXTS;
export const rt = (key: RankingText, locale: Locale): string => TEXTS[key][locale === 'en' ? 'en' : 'zh'];
