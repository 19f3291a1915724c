// From the compare API result to what the page draws: bars of one year per metric with the API's peer
// quartiles, and flat table rows (one column per metric × year).
import { agencyTypeLabel, levelLabel } from '@dh/domain';
import type { CompareResult } from '../../api/ops';
import type { Locale } from '../../format/number';
import type { BarSeries } from './build-grouped-bar-option';

export function barSeries(r: CompareResult, year: number, locale: Locale): BarSeries[] {
  return r.metrics.map((m) => {
    const q = r.quantiles.find((x) => x.metric === m.key && x.year === year);
    return {
      key: m.key, name: locale === 'en' ? m.labelEn : m.labelZh, unit: m.unit,
      values: r.rows.map((row) => row.cells.find((c) => c.metric === m.key && c.year === year)?.value ?? null),
      corrected: r.rows.map((row) => row.cells.find((c) => c.metric === m.key && c.year === year)?.corrected ?? 0),
      quartiles: q && q.p25 !== null && q.p50 !== null && q.p75 !== null ? { q1: q.p25, median: q.p50, q3: q.p75, n: q.n } : null,
    };
  });
}

/** A row's label as the reader reads it: type and level groups come back as keys (emergency_management, city). */
export function rowLabel(label: string, groupBy: string, locale: Locale): string {
  const lang = locale === 'en' ? 'en' : 'zh';
  if (groupBy === 'type') return agencyTypeLabel(label, lang);
  if (groupBy === 'level') return levelLabel(label, lang);
  return label;
}

export type FlatRow = Record<string, string | number | null> & { key: string; label: string; agencies: number };

export function flatRows(r: CompareResult, locale: Locale = 'zh-CN'): FlatRow[] {
  return r.rows.map((row) => {
    const out: FlatRow = { key: row.key, label: rowLabel(row.label, r.groupBy, locale), agencies: row.agencies };
    for (const c of row.cells) {
      out[`${c.metric}|${c.year}`] = c.value;
      out[`${c.metric}|${c.year}|yoy`] = c.yoyRate === null ? null : c.yoyRate * 100;
    }
    return out;
  });
}
