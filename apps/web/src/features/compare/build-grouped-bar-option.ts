// Grouped bars: one group per bureau (or type/region), one bar per metric, with the peers' quartiles of each
// metric as dashed reference lines. Many groups (300 bureaus) get a zoom slider and no animation, so a filter
// change redraws at once.
import type { ECOption } from '../../charts/echarts';
import { quartiles, type Quartiles } from '../../charts/stats';
import { axisLabel, escapeHtml, tipLine, type TipParam } from '../../charts/tooltip';
import type { Locale } from '../../format/number';
import { ellipsis, shortMetricLabel } from '../../format/text';

export interface BarSeries {
  key: string;
  name: string;
  unit: string;
  values: (number | null)[];
  quartiles?: Quartiles | null;
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
  /** Bars along the x axis, one row per group (a phone: names stay readable instead of slanting under the chart). */
  horizontal?: boolean;
}

/** Height a horizontal chart needs to give each group a readable row (capped: past that, the rows scroll). */
export function horizontalHeight(groups: number, series: number): number {
  return Math.min(Math.max(groups, 3), MANY) * Math.max(18, 12 * series) + 90;
}

const MANY = 40;

export function buildGroupedBarOption(input: GroupedBarInput): ECOption {
  const { categories, series, locale } = input;
  const many = categories.length > MANY;
  const horizontal = !!input.horizontal;
  const zoomEnd = Math.min(100, (MANY / categories.length) * 100);
  const at = (v: number) => (horizontal ? { xAxis: v } : { yAxis: v });
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
            : tipLine(items.find((it) => it.seriesIndex === k)?.marker, s.name, v, s.unit, locale) +
                (s.corrected?.[i]
                  ? ` <i>（${escapeHtml((input.correctedText ?? '含更正值：{n}份报告').replace('{n}', String(s.corrected[i])))}）</i>`
                  : '');
        });
        return `<b>${escapeHtml(categories[i])}</b><br/>${lines.join('<br/>')}`;
      },
    },
    grid: {
      left: 8,
      right: horizontal && many ? 36 : 24,
      top: input.title ? 60 : 36,
      bottom: many && !horizontal ? 48 : 8,
      containLabel: true,
    },
    ...(horizontal
      ? {
          // First group on top; three value ticks so they do not crowd a narrow screen.
          yAxis: {
            type: 'category' as const,
            data: categories,
            inverse: true,
            axisLabel: { interval: 0, fontSize: 11, formatter: (s: string) => ellipsis(s, 8) },
          },
          xAxis: { type: 'value' as const, splitNumber: 3, axisLabel: { formatter: axisLabel(locale), fontSize: 10 } },
        }
      : {
          xAxis: {
            type: 'category' as const,
            data: categories,
            axisLabel: {
              interval: many ? ('auto' as const) : 0,
              rotate: categories.length > 8 ? 40 : 0,
              fontSize: 11,
              formatter: (s: string) => ellipsis(s, 10),
            },
          },
          yAxis: { type: 'value' as const, axisLabel: { formatter: axisLabel(locale) } },
        }),
    dataZoom: many
      ? [
          horizontal
            ? { type: 'slider', yAxisIndex: 0, start: 0, end: zoomEnd, right: 4, width: 16 }
            : { type: 'slider', start: 0, end: zoomEnd, bottom: 8 },
          { type: 'inside', ...(horizontal ? { yAxisIndex: 0 } : {}) },
        ]
      : undefined,
    series: series.map((s, si) => {
      const q = input.showQuartiles ? (s.quartiles === undefined ? quartiles(s.values) : s.quartiles) : null;
      return {
        type: 'bar' as const,
        name: s.name,
        data: s.values,
        large: many,
        markLine: q
          ? {
              symbol: 'none',
              silent: false,
              lineStyle: { type: 'dashed' as const },
              // Only the median is labelled (short): three labels a metric piled up unreadably where quartiles lie close;
              // the quartile lines keep their full names for the tooltip.
              // Alternate sides, so two metrics' medians at nearly the same height do not print over each other.
              label: {
                formatter: (m: { name?: string }) => m.name ?? '',
                position: si % 2 ? ('insideEndBottom' as const) : ('insideEndTop' as const),
                fontSize: 10,
              },
              data: [
                { name: `${s.name} ${qLabel[0]}`, ...at(q.q1), label: { show: false } },
                {
                  name: `${s.name} ${qLabel[1]}`,
                  ...at(q.median),
                  label: { formatter: horizontal ? qLabel[1] : `${shortMetricLabel(s.name, 8)} ${qLabel[1]}` },
                },
                { name: `${s.name} ${qLabel[2]}`, ...at(q.q3), label: { show: false } },
              ],
            }
          : undefined,
      };
    }),
  };
}
