// The ranking's indicator breakdown: one horizontal stacked bar per bureau in rank order, one segment per
// indicator (its weighted contribution to the score). Bureaus without a score (small sample) are left out of
// the chart; the table shows them with "—" and the reason.
import type { ECOption } from '../../charts/echarts';
import { escapeHtml, type TipParam } from '../../charts/tooltip';
import type { Locale } from '../../format/number';
import { ellipsis } from '../../format/text';

export interface ScoreRow {
  agencyName: string;
  score: number | null;
  parts: Record<string, number | null>;
}
export interface Indicator {
  key: string;
  name: string;
}

export function buildScorecardOption(rows: ScoreRow[], indicators: Indicator[], locale: Locale, limit = 30): ECOption {
  const scored = rows.filter((r) => r.score !== null).slice(0, limit);
  const names = scored.map((r) => r.agencyName);
  const pts = locale === 'en' ? 'pts' : '分';
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    legend: { top: 4, type: 'scroll' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (p: unknown) => {
        const items = p as TipParam[];
        const r = scored[items[0]?.dataIndex ?? 0];
        if (!r) return '';
        const lines = indicators.map(
          (ind, k) =>
            `${items[k]?.marker ?? ''}${escapeHtml(ind.name)}：<b>${r.parts[ind.key] === null || r.parts[ind.key] === undefined ? '—' : `${round(r.parts[ind.key]!)} ${pts}`}</b>`,
        );
        return `<b>${escapeHtml(r.agencyName)}</b> · ${round(r.score!)} ${pts}<br/>${lines.join('<br/>')}`;
      },
    },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    // Scores are on a 0–100 scale: a fixed axis keeps bars comparable across years, regions and what-if weights.
    xAxis: { type: 'value', name: pts, min: 0, max: 100 },
    yAxis: {
      type: 'category',
      data: names,
      inverse: true,
      axisLabel: { fontSize: 11, formatter: (s: string) => ellipsis(s, 12) },
    },
    series: indicators.map((ind) => ({
      type: 'bar' as const,
      name: ind.name,
      stack: 'score',
      data: scored.map((r) => r.parts[ind.key] ?? null),
    })),
  };
}
