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

/** Tags markupDepth does not count: void elements and those whose end tag may be left out. */
export const depthIgnores = (key: number): boolean => VOID.has(key) || IMPLIED_END.has(key);

/** markupDepth's count, fed tag by tag (`flat`: depthIgnores of its key); `step` returns true once past `cap`. */
export class Nesting {
  depth = 0;
  max = 0;
  constructor(readonly cap: number) {}

  step(flat: boolean, close: boolean, selfClosing: boolean): boolean {
    if (flat) return false;
    if (close) this.depth = Math.max(0, this.depth - 1);
    else if (!selfClosing && (this.max = Math.max(this.max, ++this.depth)) > this.cap) return true;
    return false;
  }
}

/** The count behind markupDepth, fed tag by tag; `visit` returns true once the depth passes `cap`. */
export function depthCounter(cap: number): { visit: TagVisit; max: () => number } {
  const n = new Nesting(cap);
  return { visit: (close, key, selfClosing) => n.step(depthIgnores(key), close, selfClosing), max: () => n.max };
}
