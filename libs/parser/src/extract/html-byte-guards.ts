// What html-tokenizer.ts reads the way htmlparser2, html.ts's style regex and tag-scan.ts read it, or refuses
// (BAIL): character classes, raw-text elements and their ends, and whether the style regex could match at a `<` inside
// a comment or raw text. Kept apart so the tokenizer is its states only.
import { BAIL } from './tag-scan';

export const LT = 60;
export const GT = 62;
export const SLASH = 47;
export const EQ = 61;
export const DQ = 34;
export const SQ = 39;
export const isWs = (c: number) => c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
export const isAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
// Tag-name characters tag-scan.ts reads as a name too ([\w:-]); htmlparser2 reads any up to space, `/` or `>`.
export const isName = (c: number) => isAlpha(c) || (c >= 48 && c <= 57) || c === 95 || c === 58 || c === 45;
export const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
/** One char of a tag name's hash, case folded (html-tree.ts interns names by it; the tokenizer hashes as it scans). */
export const nameHashStep = (h: number, c: number) => (Math.imul(h, 31) + lower(c)) | 0;
// In a tag, outside quoted values: what both htmlparser2 and the style regex read alike.
export const plainInTag = (c: number) => c < 128 && c !== 11 && c !== LT;

/** Elements htmlparser2 reads as raw text; textarea and xmp are outside the subset. */
export function specialOf(s: string, a: number, b: number): 'script' | 'style' | 'title' | null {
  const n = b - a;
  const c = s.charCodeAt(a) | 32;
  if ((n !== 5 && n !== 6 && n !== 8 && n !== 3) || (c !== 115 && c !== 116 && c !== 120)) return null;
  const name = s.slice(a, b).toLowerCase();
  // htmlparser2 tells raw-text tags by their first letter (t or x) and second (i, e, m) and then the rest of
  // title, textarea or xmp, so `<xitle>`, `<xextarea>` and `<tmp>` are raw text too; none is in the subset.
  if (name === 'textarea' || name === 'xmp' || name === 'xitle' || name === 'xextarea' || name === 'tmp') throw BAIL;
  if (name === 'script' || name === 'style') {
    if (s.slice(a, b) !== name) throw BAIL; // tag-scan.ts skips lower-case script/style only
    return name;
  }
  return name === 'title' ? 'title' : null;
}

/**
 * Where the raw text of script, style or title that starts at `from` ends (its `</`): the first `</name`, any case,
 * as htmlparser2 ends it, which must also be where tag-scan.ts ends it (lower case, then spaces and `>`); else BAIL.
 */
export function rawTextEnd(s: string, from: number, name: 'script' | 'style' | 'title'): number {
  let end = -1;
  for (let k = s.indexOf('</', from); k >= 0; k = s.indexOf('</', k + 2)) {
    if (s.slice(k + 2, k + 2 + name.length).toLowerCase() !== name) {
      if (name === 'title') throw BAIL; // title text holding a tag: tag-scan would read it
      continue;
    }
    if (s.slice(k + 2, k + 2 + name.length) !== name) throw BAIL; // tag-scan reads lower case only
    let q = k + 2 + name.length;
    while (isWs(s.charCodeAt(q))) q++;
    if (s.charCodeAt(q) !== GT) throw BAIL; // `</script x>` or `</scriptx`: the two disagree
    end = k;
    break;
  }
  if (end < 0) throw BAIL;
  // htmlparser2 matches the end tag by `c | 0x20`, which also takes \x1c for `<` and \x0f for `/`.
  if (/[\x0f\x1c]/.test(s.slice(from, end))) throw BAIL;
  return end;
}

/**
 * Could html.ts's style regex match at a `<` + letter in [a, b) (comment or raw text)? Walks its grammar (tag name,
 * then `\s+` attribute, optional `=` value, each at most one way) until it breaks. True also when the walk meets a
 * non-ASCII char outside a quoted value (there the latin1 view and the decoded text differ) or an unclosed quote,
 * or reaches an attribute named style: such a page bails.
 */
export function styleCouldStart(s: string, a: number, b: number): boolean {
  for (let lt = s.indexOf('<', a); lt >= 0 && lt < b; lt = s.indexOf('<', lt + 1)) {
    if (isAlpha(s.charCodeAt(lt + 1)) && styleMatchAt(s, lt)) return true;
  }
  return false;
}

const NOT_NAME = new Set([DQ, SQ, EQ, LT, GT, SLASH]);
const NOT_BARE = new Set([DQ, SQ, EQ, LT, GT, 96]);
const jsWs = (c: number) => isWs(c) || c === 11;

function styleMatchAt(s: string, lt: number): boolean {
  let p = lt + 1;
  let c = s.charCodeAt(p);
  while (p < s.length && !jsWs(c) && c !== SLASH && c !== GT) {
    if (c >= 128) return true;
    c = s.charCodeAt(++p);
  }
  for (;;) {
    if (p >= s.length) return false;
    if (c >= 128) return true;
    if (!jsWs(c)) return false; // `\s+` before each attribute
    while (jsWs(c)) c = s.charCodeAt(++p);
    const an = p;
    while (p < s.length && !jsWs(c) && !NOT_NAME.has(c)) {
      if (c >= 128) return true;
      c = s.charCodeAt(++p);
    }
    if (p === an) return c >= 128;
    if (s.slice(an, p).toLowerCase() === 'style') return true;
    let q = p;
    while (jsWs(s.charCodeAt(q))) q++;
    if (s.charCodeAt(q) !== EQ) continue; // no value: `\s+` next
    q++;
    while (jsWs(s.charCodeAt(q))) q++;
    const v = s.charCodeAt(q);
    if (v === DQ || v === SQ) {
      const e = s.indexOf(v === DQ ? '"' : "'", q + 1);
      if (e < 0) return true;
      p = e + 1;
    } else {
      const vs = q;
      while (q < s.length && !jsWs(s.charCodeAt(q)) && !NOT_BARE.has(s.charCodeAt(q))) {
        if (s.charCodeAt(q) >= 128) return true;
        q++;
      }
      if (q === vs) return s.charCodeAt(q) >= 128; // `=` with no value: the value-less reading needs `\s+` next
      p = q;
    }
    c = s.charCodeAt(p);
  }
}
