// Shared pieces of the option builders: tooltips with exact values and units, axis labels in 万/亿.
import { formatExact, formatNumber, type Locale } from '../format/number';

export interface TipParam {
  seriesName?: string;
  name?: string;
  value?: unknown;
  marker?: string;
  dataIndex: number;
  seriesIndex?: number;
  data?: unknown;
}

export function escapeHtml(s: string): string {
  // Tooltip formatters return HTML; labels come from reports, so they are escaped.
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function tipLine(
  marker: string | undefined,
  name: string,
  value: number | null | undefined,
  unit: string | null | undefined,
  locale: Locale,
): string {
  return `${marker ?? ''}${escapeHtml(name)}：<b>${formatExact(value, unit, locale)}</b>`;
}

export function axisLabel(locale: Locale): (v: number) => string {
  return (v: number) => formatNumber(v, locale, 1);
}
