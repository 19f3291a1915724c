// A linear scan of the tags in markup, without a DOM: what the nesting pre-check and the region scan read. It reads
// the tags as /<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g would (the
// html spec holds markupDepth to that regex), by indexOf and char codes. Unlike the regex, it stays linear on hostile
// markup: once a comment, script or tag is found to have no end, no later one is searched for it (the regex searched
// to the end of the page from every `<script` or `<!--`, seconds on 200 KB of them).

/**
 * Called per tag with its name's key (`nameKey`, no string is made: a page has thousands of tags); returning true
 * stops the scan. `end` is the offset after its `>`.
 */
/**
 * Thrown by the scans over a latin1 view of UTF-8 bytes (html-tokenizer.ts) where that view could read otherwise
 * than the decoded text: the caller then decodes the page and reads it the old way.
 */
export const BAIL = new Error('outside the byte-level fast path');

export type TagVisit = (close: boolean, key: number, selfClosing: boolean, end: number) => boolean | void;

/**
 * A tag name of one to eight ASCII letters as a number, case folded (base 32, exact in a double); -1 for any other
 * name. Every name the scans compare against (void and end-optional elements, containers) has that form.
 */
export function nameKey(s: string, start = 0, end = s.length): number {
  if (end - start > 8 || end <= start) return -1;
  let k = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return -1;
    k = k * 32 + (c - 96);
  }
  return k;
}

export function scanTags(html: string, from: number, visit: TagVisit): void {
  // Memos of "no end from here on": an end absent after one offset is absent after every later one.
  let noCommentEnd = false;
  let noGt = false;
  const noRawEnd = { script: false, style: false };
  let i = html.indexOf('<', from);
  while (i >= 0) {
    let next = i + 1;
    const c1 = html.charCodeAt(i + 1);
    if (c1 === 33 && html.startsWith('<!--', i)) {
      // '!'
      const e = noCommentEnd ? -1 : html.indexOf('-->', i + 4);
      if (e >= 0) next = e + 3;
      else noCommentEnd = true;
    } else {
      const raw = c1 === 115 ? rawName(html, i) : ''; // only a lower-case `<s…` opens script or style
      const rawEnd = raw && !noRawEnd[raw] ? rawTextEnd(html, i, raw) : -1;
      if (raw && rawEnd < 0) noRawEnd[raw] = true;
      if (rawEnd > 0) next = rawEnd;
      else {
        const close = c1 === 47; // '/'
        const start = close ? i + 2 : i + 1;
        let end = start;
        if (isLetter(html.charCodeAt(start))) while (++end < html.length && isNameChar(html.charCodeAt(end)));
        const gt = end > start && !noGt ? html.indexOf('>', end) : -1;
        if (end > start && gt < 0) noGt = true;
        if (gt >= 0) {
          next = gt + 1;
          const selfClosing = gt > end && html.charCodeAt(gt - 1) === 47;
          if (visit(close, nameKey(html, start, end), selfClosing, gt + 1)) return;
        }
      }
    }
    i = html.indexOf('<', next);
  }
}

/** `script` or `style` when a lower-case one opens at `i` (followed by a non-word character), else ''. */
function rawName(html: string, i: number): 'script' | 'style' | '' {
  const name = html.startsWith('<script', i) ? 'script' : html.startsWith('<style', i) ? 'style' : '';
  return name && !isWordChar(html.charCodeAt(i + name.length + 1)) ? name : '';
}

/** After the first `</script\s*>` (or style) past the start tag at `i`, else -1. */
function rawTextEnd(html: string, i: number, name: string): number {
  const endTag = `</${name}`;
  for (let e = html.indexOf(endTag, i + name.length + 1); e >= 0; e = html.indexOf(endTag, e + 1)) {
    let k = e + endTag.length;
    while (k < html.length && /\s/.test(html[k])) k++;
    if (html.charCodeAt(k) === 62) return k + 1; // '>'
  }
  return -1;
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 95;
const isNameChar = (c: number) => isWordChar(c) || c === 58 || c === 45;
