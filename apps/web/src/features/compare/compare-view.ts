// From the compare API result to what the page draws: bars of one year per metric with the API's peer
// quartiles, and flat table rows (one column per metric × year).
import { compareLayout, groupLabel, type TableCell, type TableColumn } from '@dh/domain';
import type { CompareResult } from '../../api/ops';
import { formatExact, formatPercent, type Locale } from '../../format/number';
import type { BarSeries } from './build-grouped-bar-option';

export function barSeries(r: CompareResult, year: number, locale: Locale): BarSeries[] {
  return r.metrics.map((m) => {
    const q = r.quantiles.find((x) => x.metric === m.key && x.year === year);
    return {
      key: m.key,
      name: locale === 'en' ? m.labelEn : m.labelZh,
      unit: m.unit,
      values: r.rows.map((row) => row.cells.find((c) => c.metric === m.key && c.year === year)?.value ?? null),
      corrected: r.rows.map((row) => row.cells.find((c) => c.metric === m.key && c.year === year)?.corrected ?? 0),
      quartiles:
        q && q.p25 !== null && q.p50 !== null && q.p75 !== null
          ? { q1: q.p25, median: q.p50, q3: q.p75, n: q.n }
          : null,
    };
  });
}

/** A row's label as the reader reads it: type and level groups come back as keys (emergency_management, city). */
export function rowLabel(label: string, groupBy: string, locale: Locale): string {
  return groupLabel(label, groupBy, locale === 'en' ? 'en' : 'zh');
}

export type FlatRow = Record<string, string | number | null> & { key: string };

/** The table the export writes too (libs/domain compare-table.ts): rows keyed by column, then the totals row. */
export function compareTableView(
  r: CompareResult,
  locale: Locale = 'zh-CN',
): { columns: TableColumn[]; rows: FlatRow[]; total: FlatRow } {
  const t = compareLayout(r, locale === 'en' ? 'en' : 'zh');
  const keyed = (cells: TableCell[], key: string): FlatRow =>
    Object.assign(Object.fromEntries(t.columns.map((c, i) => [c.key, cells[i]])), { key });
  return {
    columns: t.columns,
    rows: t.rows.map((cells, i) => keyed(cells, r.rows[i].key)),
    total: keyed(t.total, 'total'),
  };
}

/** A cell as the page prints it; the export holds the same number unformatted. */
export function cellText(c: TableColumn, v: TableCell, locale: Locale): string {
  if (typeof v === 'string') return v;
  if (v === null) return c.kind === 'count' ? '' : '—';
  switch (c.kind) {
    case 'value':
      return formatExact(v, c.unit, locale);
    case 'change':
      return v > 0
        ? `+${formatExact(v, c.unit, locale)}`
        : v < 0
          ? `−${formatExact(-v, c.unit, locale)}`
          : formatExact(0, c.unit, locale);
    case 'percent':
      return formatPercent(v);
    case 'share':
      return `${v}%`;
    default:
      return String(v);
  }
}
