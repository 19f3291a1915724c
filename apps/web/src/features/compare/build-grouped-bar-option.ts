// Grouped bars: one group per bureau (or type/region), one bar per metric, with the peers' quartiles of each
// metric as dashed reference lines. Many groups (300 bureaus) get a zoom slider and no animation, so a filter
// change redraws at once.
import type { ECOption } from '../../charts/echarts';
import { quartiles, type Quartiles } from '../../charts/stats';
import { axisLabel, escapeHtml, tipLine, type TipParam } from '../../charts/tooltip';
import type { Locale } from '../../format/number';
import { ellipsis, shortMetricLabel } from '../../format/text';

export interface BarSeries {
  key: string; name: string; unit: string; values: (number | null)[]; quartiles?: Quartiles | null;
  /** Per category: reports whose value includes an admin's correction (0 or absent: as published). */
  corrected?: number[];
}

export interface GroupedBarInput {
  categories: string[];
  series: BarSeries[];
  locale: Locale;
  title?: string;
  /** Draw Q1 / median / Q3 lines (computed from the values unless the API sent them). */
  showQuartiles?: boolean;
  /** Text for a missing value in the tooltip, e.g. "无数据". */
  missingText?: string;
  /** Tooltip mark of a value that includes corrections; {n}: how many reports. */
  correctedText?: string;
}

const MANY = 40;

export function buildGroupedBarOption(input: GroupedBarInput): ECOption {
  const { categories, series, locale } = input;
  const many = categories.length > MANY;
  const qLabel = locale === 'en' ? ['Q1', 'median', 'Q3'] : ['下四分位', '中位数', '上四分位'];
  return {
    title: input.title ? { text: input.title, left: 'center', textStyle: { fontSize: 14 } } : undefined,
    animation: !many,
    legend: { top: input.title ? 26 : 4, type: 'scroll' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (p: unknown) => {
        const items = p as TipParam[];
        if (!items.length) return '';
        const i = items[0].dataIndex;
        const lines = series.map((s, k) => {
          const v = s.values[i];
          return v === null || v === undefined
            ? `${items.find((it) => it.seriesIndex === k)?.marker ?? ''}${escapeHtml(s.name)}：${input.missingText ?? '—'}`
            : tipLine(items.find((it) => it.seriesIndex === k)?.marker, s.name, v, s.unit, locale)
              + (s.corrected?.[i] ? ` <i>（${escapeHtml((input.correctedText ?? '含更正值：{n}份报告').replace('{n}', String(s.corrected[i])))}）</i>` : '');
        });
        return `<b>${escapeHtml(categories[i])}</b><br/>${lines.join('<br/>')}`;
      },
    },
    grid: { left: 8, right: 24, top: input.title ? 60 : 36, bottom: many ? 48 : 8, containLabel: true },
    xAxis: {
      type: 'category', data: categories,
      axisLabel: { interval: many ? 'auto' : 0, rotate: categories.length > 8 ? 40 : 0, fontSize: 11,
        formatter: (s: string) => ellipsis(s, 10) },
    },
    yAxis: { type: 'value', axisLabel: { formatter: axisLabel(locale) } },
    dataZoom: many ? [{ type: 'slider', start: 0, end: Math.min(100, (MANY / categories.length) * 100), bottom: 8 }, { type: 'inside' }] : undefined,
    series: series.map((s, si) => {
      const q = input.showQuartiles ? (s.quartiles === undefined ? quartiles(s.values) : s.quartiles) : null;
      return {
        type: 'bar' as const,
        name: s.name,
        data: s.values,
        large: many,
        markLine: q ? {
          symbol: 'none', silent: false, lineStyle: { type: 'dashed' as const },
          // Only the median is labelled (short): three labels a metric piled up unreadably where quartiles lie close;
          // the quartile lines keep their full names for the tooltip.
          // Alternate sides, so two metrics' medians at nearly the same height do not print over each other.
          label: { formatter: (m: { name?: string }) => m.name ?? '', position: si % 2 ? 'insideEndBottom' as const : 'insideEndTop' as const, fontSize: 10 },
          data: [
            { name: `${s.name} ${qLabel[0]}`, yAxis: q.q1, label: { show: false } },
            { name: `${s.name} ${qLabel[1]}`, yAxis: q.median, label: { formatter: `${shortMetricLabel(s.name, 8)} ${qLabel[1]}` } },
            { name: `${s.name} ${qLabel[2]}`, yAxis: q.q3, label: { show: false } },
          ],
        } : undefined,
      };
    }),
  };
}
