// Table rows → a stream of printed cells, each read once (spanned grid slots skipped), tagged with the table
// kind it belongs to. One text region or HTML table may hold several tables when headings are missing.
import type { Location } from '@dh/domain';
import { matchT2Row, matchT3Label, T2_CLAUSE_RE } from '../normalize/labels';
import { memoize } from '../normalize/memo';
import { squash } from '../normalize/text';
import type { Row } from '../extract/types';

export interface Tok {
  text: string;
  loc: Location;
  /** Index of the source row within its table block (rows matter for table 四). */
  row: number;
  block: number;
  /** From a row whose blank cells leave no trace (see Row.loose). */
  loose?: boolean;
}

export type TableKind = '二' | '三' | '四';

export function rowTokens(rows: Row[], block: number): Tok[] {
  const out: Tok[] = [];
  rows.forEach((r, ri) => {
    r.cells.forEach((text, c) => {
      if (r.origin && r.origin[c] === false) return;
      const loc = copyLoc(r.loc);
      if (r.loc.table !== undefined) loc.col = c;
      const tok: Tok = { text, loc, row: ri, block };
      if (r.loose) tok.loose = true;
      out.push(tok);
    });
  });
  return out;
}

// Same keys in the same order as `{ ...loc }`, without the object-spread path that was hot here.
function copyLoc(loc: Location): Location {
  const out: Location = {};
  for (const k in loc) (out as Record<string, unknown>)[k] = (loc as Record<string, unknown>)[k];
  return out;
}

/** Which table a token announces, if any: clause/row labels for 二, the note/labels for 三, 行政复议 for 四. */
export const kindMarker: (text: string) => TableKind | null = memoize(kindMarkerOnce);

function kindMarkerOnce(text: string): TableKind | null {
  const s = squash(text);
  if (!s || s.length > 60) return null;
  if (T2_CLAUSE_RE.test(s)) return '二';
  if (/^\(本列数据|^申请人情况$|本年新收/.test(s)) return '三';
  if (/^行政复议(行政诉讼)?$/.test(s)) return '四';
  if (matchT2Row(s) && !/^其他/.test(s)) return '二';
  const t3 = matchT3Label(s);
  if (t3 && t3.kind === 'row') return '三';
  return null;
}

/** Split a block's tokens at table changes; tokens before any marker take `fallback` (the section). */
export function splitByKind(toks: Tok[], fallback: TableKind | null): { kind: TableKind; toks: Tok[] }[] {
  const out: { kind: TableKind; toks: Tok[] }[] = [];
  let cur: { kind: TableKind; toks: Tok[] } | null = null;
  let lead: Tok[] = [];
  for (const t of toks) {
    const k = kindMarker(t.text);
    // Table 四 headers repeat 总计 etc., table 三 rows never announce 二: only switch forward or on strong markers.
    if (k && (!cur || (k !== cur.kind && order(k) > order(cur.kind)))) {
      cur = { kind: k, toks: cur ? [] : lead };
      lead = [];
      out.push(cur);
    }
    if (cur) cur.toks.push(t);
    else lead.push(t);
  }
  if (!cur && lead.length && fallback) out.push({ kind: fallback, toks: lead });
  return out;
}

function order(k: TableKind): number {
  return k === '二' ? 2 : k === '三' ? 3 : 4;
}
