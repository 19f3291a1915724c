// Plain walks over the htmlparser2 DOM that stand in for cheerio selectors. Each cheerio `$(sel)` walked the
// whole page again; on 300 KB CMS pages the selector engine cost as much as parsing. Semantics follow
// css-select as cheerio configures it: document order, case-sensitive class/id/attribute values.
import type { AnyNode, Element } from 'domhandler';

export function isElement(n: AnyNode): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

/** Text of every text node below `n` (comments skipped), as domutils' textContent / cheerio `.text()`. */
export function textOf(n: AnyNode | AnyNode[]): string {
  if (Array.isArray(n)) {
    let s = '';
    for (const c of n) s += textOf(c);
    return s;
  }
  if (Object.prototype.hasOwnProperty.call(n, 'children') && n.type !== 'comment')
    return textOf((n as unknown as { children: AnyNode[] }).children);
  return n.type === 'text' ? (n as unknown as { data: string }).data : '';
}

/** For each predicate, the first element in document order it holds for: one walk instead of one per selector. */
export function firstMatches(roots: AnyNode[], preds: ((el: Element) => boolean)[]): (Element | undefined)[] {
  const found: (Element | undefined)[] = preds.map(() => undefined);
  let left = preds.length;
  const visit = (nodes: AnyNode[]): void => {
    for (const n of nodes) {
      if (left === 0) return;
      if (!isElement(n)) continue;
      for (let i = 0; i < preds.length; i++) {
        if (found[i] === undefined && preds[i](n)) {
          found[i] = n;
          left--;
        }
      }
      visit(n.children);
    }
  };
  visit(roots);
  return found;
}

/** All elements below `root` (not `root` itself) in document order for which `pred` holds. */
export function findAll(root: Element, pred: (el: Element) => boolean, out: Element[] = []): Element[] {
  for (const n of root.children) {
    if (!isElement(n)) continue;
    if (pred(n)) out.push(n);
    findAll(n, pred, out);
  }
  return out;
}

export function attr(el: Element, name: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(el.attribs, name) ? el.attribs[name] : undefined;
}

/** A matcher for a simple selector on a tag's name and attributes: `.cls`, `#id` or a tag name (the only forms used). */
export function simpleSelector(sel: string): (name: string, attribs: Record<string, string>) => boolean {
  const own = (a: Record<string, string>, k: string) => (Object.prototype.hasOwnProperty.call(a, k) ? a[k] : undefined);
  if (sel.startsWith('.')) {
    const token = sel.slice(1);
    const re = new RegExp(`(?:^|\\s)${token.replace(/[-[\]{}()*+?.,\\^$|#]/g, '\\$&')}(?:$|\\s)`);
    return (_name, a) => {
      const v = own(a, 'class');
      // A match holds the token: `includes` first answers most tags (Word's hundreds of `class=MsoNormal`) cheaper.
      return v != null && v.includes(token) && re.test(v);
    };
  }
  const id = sel.slice(1);
  if (sel.startsWith('#')) return (_name, a) => own(a, 'id') === id;
  return (name) => name === sel;
}
