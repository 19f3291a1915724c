// Text helpers for flattened tables: a whitespace-free view of the section for label matching (with a map
// back to the original offsets), tolerant label patterns, and the numeric run that follows a label.

/** The section text without whitespace, and for every character of it the offset in the original text. */
export interface Squeezed {
  text: string;
  orig: number[];
}

export function squeeze(s: string): Squeezed {
  let text = '';
  const orig: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (/\s/.test(ch) || ch === '\u00a0' || ch === '\u3000') continue;
    text += ch;
    orig.push(i);
  }
  return { text, orig };
}

function escapeRe(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

/**
 * A tolerant regex source for a printed label: full/half-width brackets, 1. / 1、 / 1．, straight or curly quotes.
 * A leading item number (`2.`) is optional but, when present, must carry its separator, so that a digit at the
 * end of the previous value run is never taken as the label's number.
 */
export function labelPattern(label: string): string {
  const m = /^(\d+)[.．、]/.exec(label);
  let body = label;
  let prefix = '';
  if (m) {
    prefix = `(?:${m[1]}[.．、,，])?`;
    body = label.slice(m[0].length);
  }
  let out = '';
  for (const ch of body) {
    if (ch === '（' || ch === '(') out += '[（(]';
    else if (ch === '）' || ch === ')') out += '[）)]';
    else if (ch === '、') out += '[、.．,，]?';
    else if (ch === '“' || ch === '”' || ch === '"') out += '["“”]?';
    else out += escapeRe(ch);
  }
  return prefix + out;
}

/** A regex that matches any of the label variants (longest first at a given position). */
export function labelRegex(variants: readonly string[]): RegExp {
  const key = variants.join('\u0000');
  let re = LABEL_RES.get(key);
  if (!re) LABEL_RES.set(key, (re = new RegExp(variants.map(labelPattern).join('|'), 'g')));
  return re;
}

// Compiled once per label set; every user sets lastIndex before exec, so sharing the /g regex is safe.
const LABEL_RES = new Map<string, RegExp>();

/** First match of `re` in the squeezed text at or after `from`; offsets are in the squeezed text. */
export function findFrom(sq: Squeezed, re: RegExp, from: number): { start: number; end: number } | null {
  re.lastIndex = from;
  const m = re.exec(sq.text);
  if (!m) return null;
  return { start: m.index, end: m.index + m[0].length };
}

/** Original offset of squeezed offset `i` (or the end of the original text). */
export function origAt(sq: Squeezed, i: number, origLength: number): number {
  return i < sq.orig.length ? sq.orig[i] : origLength;
}

export interface NumericRun {
  /** The run as printed (digits, signs, decimal points, spaces between them). */
  raw: string;
  /** Offset of the run in the original text. */
  start: number;
  /** Unit printed right after the run (元 / 万元), if any. */
  unit?: string;
}

const MINUS = /[−－–]/g;
const PLUS = /＋/g;

/**
 * The numeric run at the start of a segment (the text between a label and the next label): leading blanks,
 * colons and parenthesised notes such as （区分处理的，只计这一情形，不计其他情形） are skipped; the run ends at the
 * first character that is not a digit, sign, decimal point, `/`, `—` or blank.
 */
export function leadingRun(text: string, start: number, end: number): NumericRun | null {
  let i = start;
  for (;;) {
    while (i < end && /[\s\u00a0\u3000:：]/.test(text[i])) i++;
    if (i < end && (text[i] === '（' || text[i] === '(')) {
      const close = text.slice(i, end).search(/[）)]/);
      if (close < 0) break;
      i += close + 1;
      continue;
    }
    break;
  }
  let j = i;
  while (j < end && /[0-9.+\-−－–＋/—\s\u00a0\u3000]/.test(text[j])) j++;
  // `+ 17`: a plus sign is never a cell of its own, so the blank after it is no cell boundary.
  const raw = text
    .slice(i, j)
    .replace(MINUS, '-')
    .replace(PLUS, '+')
    .replace(/[\u00a0\u3000]/g, ' ')
    .replace(/\+\s+(?=\d)/g, '+')
    .trimEnd();
  if (!/[0-9/—]/.test(raw)) return null;
  const after = text.slice(j, end).trimStart();
  const unit = /^万元/.test(after) ? '万元' : /^元/.test(after) ? '元' : undefined;
  return { raw, start: i, unit };
}

/** 0-based line of an offset within the text. */
export function lineOf(text: string, offset: number): number {
  let n = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
