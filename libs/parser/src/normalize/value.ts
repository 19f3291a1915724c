// One printed cell → kind, value and unit. What was written is kept apart from what it means:
// a blank, `/`, `—` and `0` are different things on the page; `减4` is −4 (本年增/减 written in words), raw kept.
import type { CellKind } from '@dh/domain';
import { memoize } from './memo';
import { squash } from './text';

export interface CellValue {
  raw: string;
  kind: CellKind;
  value: number | null;
  rawUnit?: string;
}

const NA_RE = /^([/／\\]|[—–\-－―─]+|无|不适用)$/;
// Signed numbers are numbers (`+21`, `-18`); thousands separators are tolerated.
const NUM_RE = /^([+\-−]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/;

export function parseCellValue(printed: string): CellValue {
  const raw = printed.replace(/[\u00a0\u3000]/g, ' ').trim();
  let s = squash(raw);
  if (s === '') return { raw, kind: 'empty', value: null };
  if (NA_RE.test(s)) return { raw, kind: 'not_applicable', value: null };
  let rawUnit: string | undefined;
  const u = /^(.*?)(万元|元)$/.exec(s);
  if (u && u[1] !== '') {
    rawUnit = u[2];
    s = u[1];
  }
  // 本年增/减 in words: 增3 is +3 and 减4 is −4 (DOMAIN: the column may be signed as +21, -18 or 减4).
  const w = /^([增减])(\d+(?:\.\d+)?)$/.exec(s);
  if (w) {
    const v = (w[1] === '减' ? -1 : 1) * Number(w[2]);
    return { raw, kind: v === 0 ? 'zero' : 'number', value: v === 0 ? 0 : v };
  }
  const m = NUM_RE.exec(s);
  if (!m) return { raw, kind: 'text', value: null };
  const sign = m[1] === '-' || m[1] === '−' ? -1 : 1;
  const value = sign * Number(m[2].replace(/,/g, '') + (m[3] ?? ''));
  if (!Number.isFinite(value)) return { raw, kind: 'text', value: null };
  return {
    raw,
    kind: value === 0 ? 'zero' : 'number',
    value: value === 0 ? 0 : value,
    ...(rawUnit ? { rawUnit } : {}),
  };
}

/** Is this token a value cell (as opposed to a label or header)? Empty counts as a value slot. */
export const isValueLike: (printed: string) => boolean = memoize(isValueLikeOnce);

function isValueLikeOnce(printed: string): boolean {
  const s = squash(printed);
  if (s === '' || NA_RE.test(s)) return true;
  if (/^[增减]\d/.test(s)) return true;
  return NUM_RE.test(s.replace(/(万元|元)$/, ''));
}

/** Convert between 元 and 万元; rounding guards against binary noise (24252.311082 stays exact). */
export function convertAmount(value: number, from: string, to: string): number {
  if (from === to) return value;
  const v = from === '元' && to === '万元' ? value / 10000 : from === '万元' && to === '元' ? value * 10000 : value;
  return Number(v.toFixed(8));
}
