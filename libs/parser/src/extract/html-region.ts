// The report's region of a CMS page, found by a cheap scan of the markup before any DOM is built: the first body
// selector whose class, id or tag appears in a start tag, and where that element ends. Only the page up to there is
// parsed. The parser is left-to-right, so the DOM of that prefix is the full page's DOM up to the cut: every element
// closed before the cut is identical. `regionIsSure` then proves on that DOM that the full path would have chosen the
// same body and meta; when it cannot, the caller parses the whole page. On the sample pages the chrome after the
// report is only ~400 of 2,000–4,000 tags, so this saves little there (docs/parser-speed.md); pages with long
// footers save more.
import type { AnyNode, Element } from 'domhandler';
import { scanTags } from './tag-scan';

export interface BodySelector {
  sel: string;
  match: (el: Element) => boolean;
}

/** Appended after the cut: an element the parser puts inside whatever is still open there. */
export const CUT_TAG = 'dh-region-cut';
export const CUT_MARK = `<${CUT_TAG}></${CUT_TAG}>`;

/**
 * The offset just after the end tag of the first element the body selectors point at (in their order of
 * preference), or -1 when the scan finds none. A wrong guess costs only speed: `regionIsSure` rejects it.
 */
export function regionCut(html: string, selectors: BodySelector[]): number {
  for (const { sel } of selectors) {
    if (sel === 'body') return -1;
    const start = firstStartTag(html, sel);
    if (start) return endOf(html, start.at, start.name);
  }
  return -1;
}

/** Where the first start tag carrying the selector's class/id (or named by it) opens, by indexOf and a local check. */
function firstStartTag(html: string, sel: string): { at: number; name: string } | null {
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
      if (/^[\s/>]/.test(html[i + needle.length] ?? '')) return { at: lt, name: tag[1] };
      continue;
    }
    // The token must be a whole word of this tag's class (or the whole id) value.
    const head = html.slice(lt, html.indexOf('>', i) + 1);
    const value = new RegExp(String.raw`\s${attrName}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>\x60]+))`, 'i').exec(head);
    const v = value ? value[1] ?? value[2] ?? value[3] : '';
    if (attrName === 'class' ? v.split(/\s+/).includes(token) : v === token) return { at: lt, name: tag[1] };
  }
  return null;
}

/** Offset after the end tag matching the start tag at `at`, counting same-name tags (tag-scan.ts); -1 if unclosed. */
function endOf(html: string, at: number, name: string): number {
  const want = name.toLowerCase();
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

/** Is `n` (or the cut mark) inside `el`? Walks up from the node. */
function contains(el: Element, n: AnyNode): boolean {
  for (let p: AnyNode | null = n; p; p = p.parent) if (p === el) return true;
  return false;
}

/**
 * On the DOM of the page cut at `cut` (with CUT_MARK appended): would the whole page give the same body and meta?
 * `found` is firstMatches over the cut DOM (body selectors, then meta predicates), `chosen` the body index picked.
 * Each element read must be closed before the cut, and a selector or meta not found before the cut must not
 * appear in the rest of the page at all (the token test is textual, so it errs on the side of the full path).
 */
export function regionIsSure(html: string, cut: number, top: AnyNode[], found: (Element | undefined)[],
  selectors: BodySelector[], chosen: number, metaTokens: RegExp[]): boolean {
  const mark = findMark(top);
  if (!mark || chosen < 0 || selectors[chosen].sel === 'body') return false;
  const tail = html.slice(cut);
  for (let j = 0; j <= chosen; j++) {
    const el = found[j];
    if (el ? contains(el, mark) : tokenOf(selectors[j].sel).test(tail)) return false;
  }
  for (let i = 0; i < metaTokens.length; i++) {
    const el = found[selectors.length + i];
    if (el ? contains(el, mark) : metaTokens[i].test(tail)) return false;
  }
  return true;
}

function tokenOf(sel: string): RegExp {
  const token = sel.replace(/^[.#]/, '');
  return sel[0] === '.' || sel[0] === '#' ? new RegExp(token) : new RegExp(`<${token}`, 'i');
}

function findMark(nodes: AnyNode[]): Element | null {
  // The mark is the last thing parsed: the last child at some depth, so only last children are followed.
  let list = nodes;
  while (list.length) {
    const last = list[list.length - 1];
    if (last.type !== 'tag') return null;
    const el = last as Element;
    if (el.name === CUT_TAG) return el;
    list = el.children;
  }
  return null;
}
