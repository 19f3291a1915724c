// The nesting pre-check: how deep a page's elements nest, counted on its tags as tag-scan.ts reads them (no DOM).
import { nameKey, scanTags, type TagVisit } from './tag-scan';

// Real report pages nest a few dozen elements deep. Far deeper markup is hostile: htmlparser2 slows to seconds and the
// recursive walks below would overflow the stack, so it is refused before parsing, as a typed error.
export const MAX_HTML_NESTING = 1000;
const VOID = new Set(
  ['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'].map(
    (n) => nameKey(n),
  ),
);
// Elements whose end tag may be left out (a page of unclosed <p> is ordinary): not counted either way.
const IMPLIED_END = new Set(
  [
    'p',
    'li',
    'td',
    'th',
    'tr',
    'dt',
    'dd',
    'option',
    'optgroup',
    'thead',
    'tbody',
    'tfoot',
    'colgroup',
    'rp',
    'rt',
  ].map((n) => nameKey(n)),
);

/** How deep the markup's elements nest, from a linear scan of the tags (tag-scan.ts, no DOM); stops counting above `cap`. */
export function markupDepth(html: string, cap = MAX_HTML_NESTING): number {
  const d = depthCounter(cap);
  scanTags(html, 0, d.visit);
  return d.max();
}

/** The count behind markupDepth, fed tag by tag; `visit` returns true once the depth passes `cap`. */
export function depthCounter(cap: number): { visit: TagVisit; max: () => number } {
  let depth = 0;
  let max = 0;
  const visit: TagVisit = (close, key, selfClosing) => {
    if (VOID.has(key) || IMPLIED_END.has(key)) return false;
    if (close) depth = Math.max(0, depth - 1);
    else if (!selfClosing && (max = Math.max(max, ++depth)) > cap) return true;
    return false;
  };
  return { visit, max: () => max };
}
