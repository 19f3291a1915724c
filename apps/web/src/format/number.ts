// Number formatting for both UI languages. Chinese readers count in 万 (10⁴) and 亿 (10⁸), so large numbers
// are shown that way; English uses k/M/B. A missing value is always "—", never 0.
export type Locale = 'zh-CN' | 'en';

const DASH = '—';

function trim(n: number, digits: number): string {
  // toFixed then drop trailing zeros: 12.50 → 12.5, 3.00 → 3
  return n.toFixed(digits).replace(/\.?0+$/, '');
}

/** A plain count or amount, scaled to 万/亿 (zh) or k/M/B (en) when it is large. */
export function formatNumber(value: number | null | undefined, locale: Locale = 'zh-CN', digits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return DASH;
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (locale === 'zh-CN') {
    if (abs >= 1e8) return `${sign}${trim(abs / 1e8, digits)}亿`;
    if (abs >= 1e4) return `${sign}${trim(abs / 1e4, digits)}万`;
  } else {
    if (abs >= 1e9) return `${sign}${trim(abs / 1e9, digits)}B`;
    if (abs >= 1e6) return `${sign}${trim(abs / 1e6, digits)}M`;
    if (abs >= 1e4) return `${sign}${trim(abs / 1e3, digits)}k`;
  }
  return `${sign}${Number.isInteger(abs) ? abs.toLocaleString('en-US') : trim(abs, digits)}`;
}

const UNIT_EN: Record<string, string> = { 件: '', 项: 'items', 元: 'CNY', 万元: 'CNY', 分: 'pts', '%': '%' };

/**
 * A value with its unit. Money given in 万元 is converted to 元 first, so 12345 万元 reads 1.23亿元 rather than
 * "1.23万万元".
 */
export function formatWithUnit(
  value: number | null | undefined,
  unit: string | null | undefined,
  locale: Locale = 'zh-CN',
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return DASH;
  const u = unit ?? '';
  const isMoney = u === '元' || u === '万元';
  const v = u === '万元' ? value * 1e4 : value;
  if (locale === 'zh-CN') {
    if (isMoney) return `${formatNumber(v)}元`;
    return `${formatNumber(v)}${u && u !== '%' ? ' ' + u : u}`;
  }
  if (isMoney) return `CNY ${formatNumber(v, 'en')}`;
  const en = UNIT_EN[u] ?? u;
  return `${formatNumber(v, 'en')}${en ? (en === '%' ? '%' : ' ' + en) : ''}`;
}

/** Year-over-year change in percent; null when there is nothing to compare with (no value, or last year 0). */
export function yoy(current: number | null | undefined, previous: number | null | undefined): number | null {
  if (current === null || current === undefined || previous === null || previous === undefined || previous === 0)
    return null;
  return ((current - previous) / Math.abs(previous)) * 100;
}

/** A signed percentage: +12.3% / −4% / — (true minus sign so the column lines up). */
export function formatPercent(pct: number | null | undefined, digits = 1): string {
  if (pct === null || pct === undefined || Number.isNaN(pct)) return DASH;
  const s = trim(Math.abs(pct), digits);
  if (s === '0') return '0%';
  return `${pct > 0 ? '+' : '−'}${s}%`;
}

/** Exact value for tooltips and tables: every digit, grouped, with the unit as the catalogue gives it. */
export function formatExact(
  value: number | null | undefined,
  unit: string | null | undefined,
  locale: Locale = 'zh-CN',
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return DASH;
  const n = value.toLocaleString('en-US', { maximumFractionDigits: 4 });
  const u = unit ?? '';
  if (locale === 'en') {
    if (u === '元') return `CNY ${n}`;
    if (u === '万元') return `CNY ${n} × 10k`;
    const en = UNIT_EN[u] ?? u;
    return en ? `${n}${en === '%' ? '%' : ' ' + en}` : n;
  }
  return u ? `${n}${u === '%' ? '' : ' '}${u}` : n;
}
