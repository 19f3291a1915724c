// Series API result → trend lines and heatmap rows. Only points with status "value" carry a number; the others
// (missing report, no value, not in template) are gaps.
import type { SeriesResult } from '../../api/series-ops';
import type { TrendSeries } from './build-trend-option';

export function trendSeries(r: SeriesResult): TrendSeries[] {
  return r.lines.map((l) => ({
    name: l.agencyName,
    unit: r.metric.unit,
    comparability: r.metric.comparability,
    points: l.points.map((p) => ({
      year: p.year,
      value: p.status === 'value' ? p.value : null,
      breakBefore: p.breakBefore,
      corrected: p.corrected,
      publishedValue: p.publishedValue,
    })),
  }));
}

export function heatmapRows(r: SeriesResult): { agencies: string[]; values: (number | null)[][] } {
  return {
    agencies: r.lines.map((l) => l.agencyName),
    values: r.lines.map((l) =>
      r.years.map((y) => {
        const p = l.points.find((x) => x.year === y);
        return p && p.status === 'value' ? p.value : null;
      }),
    ),
  };
}

/** Break reasons the API gave, each once at the first year it applies (a body whose 2021 report is missing breaks in
 *  2022 for the same reason: that is not a second break), for the note under the chart. */
export function breakNotes(r: SeriesResult, locale: 'zh-CN' | 'en'): string[] {
  const first = new Map<string, number>();
  for (const l of r.lines)
    for (const p of l.points) {
      const why = locale === 'en' ? p.breakReasonEn : p.breakReasonZh;
      if (p.breakBefore && why && !(first.get(why)! <= p.year)) first.set(why, p.year);
    }
  return [...first].sort((a, b) => a[1] - b[1]).map(([why, year]) => `${year}: ${why}`);
}
