// The report's region of a CMS page, found by a cheap scan of the markup before anything is parsed: the first body
// selector whose class, id or tag appears in a start tag, and where that element ends. Only the page up to there is
// parsed. The parser is left-to-right, so parsing that prefix gives the full page's events up to the cut: every
// element closed before the cut is read the same. `regionIsSure` then proves from that pass (html-stream.ts) that
// the full path would have chosen the same body and meta; when it cannot, the caller reads the whole page. On the
// sample pages the chrome after the report is only ~400 of 2,000–4,000 tags, so the cut saves little there
// (docs/parser-speed.md); pages with long footers save more.
import { BAIL, nameKey, scanTags } from './tag-scan';

export interface BodySelector {
  sel: string;
}

/** Appended after the cut: an element the parser puts inside whatever is still open there. */
export const CUT_TAG = 'dh-region-cut';
export const CUT_MARK = `<${CUT_TAG}></${CUT_TAG}>`;

/**
 * The offset just after the end tag of the first element the body selectors point at (in their order of
 * preference), or -1 when the scan finds none. A wrong guess costs only speed: `regionIsSure` rejects it.
 */
export function regionCut(html: string, selectors: BodySelector[]): number {
  const start = regionStart(html, selectors);
  return start ? endOf(html, start.at, start.name) : -1;
}

/**
 * The start tag regionCut cuts after the end of: where it opens and its name. `page` is the markup, or a UTF-8
 * page's bytes, searched through their latin1 view (offsets are byte offsets; the ASCII searches find the same
 * places) with what a `\s` reads decoded first or refused (BAIL), so the answer is the one on the decoded page.
 */
export function regionStart(page: string | Buffer, selectors: BodySelector[]): { at: number; name: string } | null {
  const [html, bytes] = typeof page === 'string' ? [page, undefined] : [latin1Of(page), page];
  for (const { sel } of selectors) {
    if (sel === 'body') return null;
    const start = firstStartTag(html, sel, bytes);
    if (start) return start;
  }
  return null;
}

/** What regionStart reads of a page: the markup, or its bytes through `latin1Of` (the searches are all ASCII). */
interface Searchable {
  length: number;
  indexOf(s: string, from?: number): number;
  lastIndexOf(s: string, from?: number): number;
  slice(a: number, b?: number): string;
  charCodeAt(i: number): number;
}

/**
 * A UTF-8 page's bytes searched as their latin1 view would be, without making that view: a string over 128 KB
 * lands in V8's large-object space, about 1 µs per KB to make (docs/parser-speed.md, fifth round).
 */
function latin1Of(b: Buffer): Searchable {
  return {
    length: b.length,
    indexOf: (s, from = 0) => b.indexOf(s, from, 'latin1'),
    lastIndexOf: (s, from = b.length) => b.lastIndexOf(s, from, 'latin1'),
    slice: (x, y = b.length) => b.toString('latin1', x, y),
    charCodeAt: (i) => (i >= 0 && i < b.length ? b[i] : NaN),
  };
}

/** Where the first start tag carrying the selector's class/id (or named by it) opens, by indexOf and a local check. */
function firstStartTag(html: Searchable, sel: string, bytes?: Buffer): { at: number; name: string } | null {
  const token = sel.replace(/^[.#]/, '');
  const attrName = sel[0] === '.' ? 'class' : sel[0] === '#' ? 'id' : null;
  const needle = attrName ? token : `<${token}`;
  for (let i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + 1)) {
    const lt = attrName ? html.lastIndexOf('<', i) : i;
    if (lt < 0 || html.lastIndexOf('>', i) > lt) continue; // not inside a tag
    if (html.lastIndexOf('<!--', lt) > html.lastIndexOf('-->', lt)) continue; // inside a comment
    const tag = /^<([a-zA-Z][\w:-]*)/.exec(html.slice(lt, lt + 64));
    if (!tag) continue;
    if (!attrName) {
      if (bytes && html.charCodeAt(i + needle.length) >= 128) throw BAIL;
      if (/^[\s/>]/.test(html.slice(i + needle.length, i + needle.length + 1))) return { at: lt, name: tag[1] };
      continue;
    }
    // The token must be a whole word of this tag's class (or the whole id) value.
    const gt = html.indexOf('>', i) + 1;
    const head = bytes ? bytes.toString('utf8', lt, Math.max(lt, gt)) : html.slice(lt, gt);
    const value = new RegExp(String.raw`\s${attrName}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>\x60]+))`, 'i').exec(head);
    const v = value ? (value[1] ?? value[2] ?? value[3]) : '';
    if (attrName === 'class' ? v.split(/\s+/).includes(token) : v === token) return { at: lt, name: tag[1] };
  }
  return null;
}

/** Offset after the end tag matching the start tag at `at`, counting same-name tags (tag-scan.ts); -1 if unclosed. */
function endOf(html: string, at: number, name: string): number {
  const want = nameKey(name);
  if (want < 0) return -1; // a container name no key covers: no cut, the whole page is parsed
  let depth = 0;
  let cut = -1;
  scanTags(html, at, (close, tag, selfClosing, end) => {
    if (tag !== want) return false;
    if (close) {
      if (--depth === 0) cut = end;
    } else if (!selfClosing) depth++;
    return cut >= 0;
  });
  return cut;
}

/**
 * From the pass over the page cut at `cut` (with CUT_MARK appended): would the whole page give the same body and
 * meta? `found` holds, per body selector then per meta predicate, the first element it matched before the cut;
 * `chosen` is the body index picked; `openAtMark` tells whether an element was still open where the mark was
 * parsed (`hasMark`: the mark was the last node parsed). Each element read must be closed before the cut, and a
 * selector or meta not found before the cut must not appear in the rest of the page at all (the token test is
 * textual, so it errs on the side of the full path).
 */
export function regionIsSure<T>(
  html: string,
  cut: number,
  found: (T | undefined)[],
  selectors: BodySelector[],
  chosen: number,
  metaTokens: RegExp[],
  hasMark: boolean,
  openAtMark: (el: T) => boolean,
): boolean {
  if (!hasMark || chosen < 0 || selectors[chosen].sel === 'body') return false;
  const tail = html.slice(cut);
  for (let j = 0; j <= chosen; j++) {
    const el = found[j];
    if (el ? openAtMark(el) : tokenOf(selectors[j].sel).test(tail)) return false;
  }
  for (let i = 0; i < metaTokens.length; i++) {
    const el = found[selectors.length + i];
    if (el ? openAtMark(el) : metaTokens[i].test(tail)) return false;
  }
  return true;
}

function tokenOf(sel: string): RegExp {
  const token = sel.replace(/^[.#]/, '');
  return sel[0] === '.' || sel[0] === '#' ? new RegExp(token) : new RegExp(`<${token}`, 'i');
}
