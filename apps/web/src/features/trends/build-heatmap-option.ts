// Bureau × year heatmap of one metric. Missing cells stay empty (grey "—" in the tooltip), not 0.
import type { ECOption } from '../../charts/echarts';
import { escapeHtml } from '../../charts/tooltip';
import { formatExact, formatNumber, type Locale } from '../../format/number';
import { ellipsis } from '../../format/text';

export interface HeatmapInput {
  agencies: string[];
  years: number[];
  /** values[a][y] for agencies[a] in years[y] */
  values: (number | null)[][];
  unit: string;
  metricName: string;
  locale: Locale;
}

/**
 * Colour scale from the smallest value to the 95th percentile (nearest rank): one body hundreds of times larger than
 * the rest (a provincial office among county bureaus) would otherwise leave every other cell the palest shade.
 */
export function colourScale(vs: number[]): { min: number; max: number } {
  if (!vs.length) return { min: 0, max: 1 };
  const sorted = [...vs].sort((a, b) => a - b);
  const min = sorted[0];
  const p95 = sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)];
  const top = p95 > min ? p95 : sorted[sorted.length - 1]; // few distinct values: the largest
  return { min, max: top > min ? top : min + 1 }; // all equal: still a range
}

export function buildHeatmapOption(input: HeatmapInput): ECOption {
  const { agencies, years, values, locale, unit } = input;
  const data: [number, number, number][] = [];
  values.forEach((row, a) =>
    row.forEach((v, y) => {
      if (v !== null && v !== undefined) data.push([y, a, v]);
    }),
  );
  const { min, max } = colourScale(data.map((d) => d[2]));
  return {
    animation: agencies.length <= 40,
    tooltip: {
      formatter: (p: unknown) => {
        const [y, a, v] = (p as { value: [number, number, number] }).value;
        return `<b>${escapeHtml(agencies[a])}</b> · ${years[y]}<br/>${escapeHtml(input.metricName)}：<b>${formatExact(v, unit, locale)}</b>`;
      },
    },
    grid: { left: 8, right: 16, top: 16, bottom: 64, containLabel: true },
    xAxis: { type: 'category', data: years.map(String), splitArea: { show: true } },
    yAxis: {
      type: 'category',
      data: agencies,
      inverse: true,
      axisLabel: { fontSize: 11, formatter: (s: string) => ellipsis(s, 12) },
    },
    visualMap: {
      min,
      max,
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 4,
      inRange: { color: ['#fef2f2', '#fca5a5', '#b91c1c'] },
      outOfRange: { color: '#7f1d1d' }, // above the scale's top: the few outliers, darkest
      formatter: (v: unknown) => formatNumber(Number(v), locale, 1),
    },
    series: [
      {
        type: 'heatmap',
        name: input.metricName,
        data,
        label: {
          show: agencies.length * years.length <= 120,
          formatter: (p: { value: unknown }) => formatNumber((p.value as number[])[2], locale, 1),
        },
      },
    ],
  };
}
