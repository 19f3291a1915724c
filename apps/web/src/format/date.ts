// Dates as readers expect them: 2021年1月25日 in Chinese, 25 Jan 2021 in English. Input is an ISO date
// (YYYY-MM-DD, optionally with time); it is read as a calendar date so no time zone can shift the day.
import type { Locale } from './number';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDate(iso: string | null | undefined, locale: Locale = 'zh-CN'): string {
  const m = iso ? /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(iso) : null;
  if (!m) return '—';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return '—';
  return locale === 'zh-CN' ? `${y}年${mo}月${d}日` : `${d} ${MONTHS_EN[mo - 1]} ${y}`;
}

/** Date and time of day (for revisions and imports): 2021年1月25日 14:05 / 25 Jan 2021 14:05. */
export function formatDateTime(iso: string | null | undefined, locale: Locale = 'zh-CN'): string {
  const day = formatDate(iso, locale);
  const t = iso ? /T(\d{2}):(\d{2})/.exec(iso) : null;
  return t && day !== '—' ? `${day} ${t[1]}:${t[2]}` : day;
}
