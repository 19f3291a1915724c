// Lines over years. The 2021 template change is a vertical marker; where a metric is not comparable across
// it (catalogue comparability "none", or a point the API flags) the line breaks instead of joining numbers
// that mean different things. YoY mode plots the change in % and never computes it across a break.
import type { ECOption } from '../../charts/echarts';
import { escapeHtml, tipLine, axisLabel, type TipParam } from '../../charts/tooltip';
import { formatExact, formatPercent, yoy, type Locale } from '../../format/number';

export interface TrendPoint {
  year: number;
  value: number | null;
  comparable?: boolean;
  breakBefore?: boolean;
  /** The value is an admin's correction of the published cell (shown in the tooltip with the published value). */
  corrected?: boolean;
  publishedValue?: number | null;
}
export interface TrendSeries {
  name: string;
  unit: string;
  points: TrendPoint[];
  comparability?: 'same' | 'caveat' | 'none';
}

export interface TrendInput {
  years: number[];
  series: TrendSeries[];
  locale: Locale;
  mode?: 'value' | 'yoy';
  templateChangeYear?: number;
  /** `corrected` holds {v}: the published value, e.g. 已更正，公布值 {v}. */
  labels?: { templateChange: string; notComparable: string; corrected?: string; correctedSome?: string };
}

/** Values per year with nulls where missing or not comparable; `breakAt` splits the line at the template change. */
export function seriesValues(
  years: number[],
  s: TrendSeries,
  changeYear: number,
): { values: (number | null)[]; breakAt: number | null } {
  const by = new Map(s.points.map((p) => [p.year, p]));
  const values = years.map((y) => {
    const p = by.get(y);
    return p && p.comparable !== false ? p.value : null;
  });
  // The API says where a line must break (breakBefore); without that, the catalogue's comparability decides.
  const flagged = years.findIndex((y, i) => i > 0 && by.get(y)?.breakBefore);
  if (flagged > 0) return { values, breakAt: flagged };
  const i = years.indexOf(changeYear);
  return { values, breakAt: s.comparability === 'none' && i > 0 ? i : null };
}

export function yoyValues(values: (number | null)[], breakAt: number | null): (number | null)[] {
  return values.map((v, i) => (i === 0 || i === breakAt ? null : yoy(v, values[i - 1])));
}

export function buildTrendOption(input: TrendInput): ECOption {
  const { years, locale } = input;
  const mode = input.mode ?? 'value';
  const change = input.templateChangeYear ?? 2021;
  const labels = input.labels ?? { templateChange: '2021年起新模板', notComparable: '口径不可比' };
  const cats = years.map(String);
  const correctedText = labels.corrected ?? '已更正，公布值 {v}';
  const lines: {
    name: string;
    unit: string;
    data: (number | null)[];
    colorIndex: number;
    dashed: boolean;
    src: TrendSeries;
  }[] = [];
  input.series.forEach((s, k) => {
    const { values, breakAt } = seriesValues(years, s, change);
    const data = mode === 'yoy' ? yoyValues(values, breakAt) : values;
    const unit = mode === 'yoy' ? '%' : s.unit;
    if (breakAt === null) {
      lines.push({ name: s.name, unit, data, colorIndex: k, dashed: s.comparability === 'caveat', src: s });
      return;
    }
    // Two series under one legend name and one colour: before and after the template change.
    lines.push({
      name: s.name,
      unit,
      data: data.map((v, i) => (i < breakAt ? v : null)),
      colorIndex: k,
      dashed: false,
      src: s,
    });
    lines.push({
      name: s.name,
      unit,
      data: data.map((v, i) => (i >= breakAt ? v : null)),
      colorIndex: k,
      dashed: false,
      src: s,
    });
  });
  const palette = ['#b91c1c', '#2563eb', '#059669', '#d97706', '#7c3aed', '#0891b2', '#be185d', '#4b5563'];
  const broken = input.series.some((s) => s.comparability === 'none');
  // The template change matters only where the definition moved: no marker when every line's metric is the same in both.
  const marked = input.series.some((s) => s.comparability !== 'same' || s.points.some((p) => p.breakBefore));
  return {
    legend: { top: 4, type: 'scroll', data: input.series.map((s) => s.name) },
    tooltip: {
      trigger: 'axis',
      formatter: (p: unknown) => {
        const items = (p as TipParam[]).filter((it) => it.value !== null && it.value !== undefined && it.value !== '-');
        const year = cats[(p as TipParam[])[0]?.dataIndex ?? 0];
        const rows = items.map((it) => {
          const line = lines[it.seriesIndex ?? 0];
          const v = it.value as number;
          const pt = line.src.points.find((x) => String(x.year) === year);
          // A total has no one published value: it says only that it includes corrected ones.
          const text =
            pt?.publishedValue === undefined
              ? (labels.correctedSome ?? '含更正值')
              : correctedText.replace('{v}', formatExact(pt.publishedValue, line.src.unit, locale));
          const mark = pt?.corrected ? ` <i>（${escapeHtml(text)}）</i>` : '';
          return (
            (mode === 'yoy'
              ? `${it.marker ?? ''}${escapeHtml(line.name)}：<b>${formatPercent(v)}</b>`
              : tipLine(it.marker, line.name, v, line.unit, locale)) + mark
          );
        });
        return `<b>${escapeHtml(year)}</b><br/>${rows.join('<br/>') || '—'}`;
      },
    },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: cats, boundaryGap: false },
    yAxis: { type: 'value', axisLabel: { formatter: mode === 'yoy' ? (v: number) => `${v}%` : axisLabel(locale) } },
    series: lines.map((l, i) => ({
      type: 'line' as const,
      name: l.name,
      data: l.data,
      connectNulls: false,
      symbolSize: 7,
      color: palette[l.colorIndex % palette.length],
      lineStyle: l.dashed ? { type: 'dashed' as const } : undefined,
      markLine:
        i === 0 && marked && cats.includes(String(change))
          ? {
              symbol: 'none',
              silent: true,
              lineStyle: { color: '#6b7280', type: 'dashed' as const },
              label: {
                formatter: broken ? `${labels.templateChange}（${labels.notComparable}）` : labels.templateChange,
                fontSize: 11,
              },
              data: [{ xAxis: String(change) }],
            }
          : undefined,
    })),
  };
}
