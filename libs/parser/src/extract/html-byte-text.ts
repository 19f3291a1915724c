// Text of a page read through the latin1 view of its UTF-8 bytes (html-tokenizer.ts): decoded from the bytes, with
// entities decoded as htmlparser2 decodes them in text, for the forms here only (any other `&` + letter bails).
import { isAlpha } from './html-byte-guards';
import { BAIL } from './tag-scan';

// Named entities decoded here (htmlparser2 decodes `&name;` of these to exactly this); any other `&` + letter bails.
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ldquo: '\u201c',
  rdquo: '\u201d',
  lsquo: '\u2018',
  rsquo: '\u2019',
  mdash: '\u2014',
  hellip: '\u2026',
  middot: '\u00b7',
  times: '\u00d7',
  ensp: '\u2002',
  emsp: '\u2003',
};

export class ByteText {
  private amp = -2; // the next `&` at or after the last search (-1: none): `&` is rare, a search runs far

  constructor(
    private readonly s: string,
    private readonly bytes: Buffer,
    private readonly base = 0, // the byte offset of s[0]
  ) {}

  /** Text [a, b), entities decoded as htmlparser2 decodes them in text (only the forms in NAMED and numeric). */
  text(a: number, b: number): string {
    const s = this.s;
    let amp = this.nextAmp(a);
    if (amp < 0 || amp >= b) return this.decode(a, b);
    let out = '';
    let p = a;
    for (; amp >= 0 && amp < b; amp = this.nextAmp(p)) {
      const c = s.charCodeAt(amp + 1);
      if (!(isAlpha(c) || c === 35)) {
        // `&` before anything no entity name starts with (a letter) and not `#`: htmlparser2 keeps it as text
        out += this.decode(p, amp + 1);
        p = amp + 1;
        continue;
      }
      const semi = s.indexOf(';', amp);
      if (semi < 0 || semi >= b || semi - amp > 9) throw BAIL;
      const ch = entity(s.slice(amp + 1, semi));
      out += this.decode(p, amp) + ch;
      p = semi + 1;
    }
    return out + this.decode(p, b);
  }

  nextAmp(from: number): number {
    if (this.amp !== -1 && this.amp < from) this.amp = this.s.indexOf('&', from);
    return this.amp;
  }

  /**
   * UTF-8 text of bytes [a, b) (always whole chars: the page is valid UTF-8 and a and b sit at ASCII delimiters).
   * Short runs, most of a Word page's (a few chars per <span>), are decoded here from the latin1 view: Buffer's
   * decoder costs about 120 ns a call however short the run, four times this loop on a two-char run.
   */
  decode(a: number, b: number): string {
    if (b - a <= 48) {
      const s = this.s;
      let out = '';
      let i = a;
      while (i < b) {
        const c = s.charCodeAt(i);
        if (c < 0x80) {
          out += String.fromCharCode(c);
          i++;
        } else if (c < 0xe0) {
          out += String.fromCharCode(((c & 0x1f) << 6) | (s.charCodeAt(i + 1) & 0x3f));
          i += 2;
        } else if (c < 0xf0) {
          const u = ((c & 0x0f) << 12) | ((s.charCodeAt(i + 1) & 0x3f) << 6) | (s.charCodeAt(i + 2) & 0x3f);
          out += String.fromCharCode(u);
          i += 3;
        } else break; // four bytes: a surrogate pair, left to Buffer
      }
      if (i === b) return out;
    }
    return this.bytes.toString('utf8', this.base + a, this.base + b);
  }
}

function entity(name: string): string {
  if (name.charCodeAt(0) === 35) {
    const hex = name.charCodeAt(1) === 120 || name.charCodeAt(1) === 88;
    const digits = name.slice(hex ? 2 : 1);
    if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) throw BAIL;
    const cp = parseInt(digits, hex ? 16 : 10);
    // Code points htmlparser2 passes through unchanged (it remaps C1 controls, surrogates, 0 and beyond Unicode).
    if (!((cp >= 0x20 && cp < 0x7f) || (cp >= 0xa0 && cp < 0xd800) || (cp >= 0xe000 && cp <= 0xffff))) throw BAIL;
    return String.fromCharCode(cp);
  }
  const ch = NAMED[name];
  if (ch === undefined || !Object.prototype.hasOwnProperty.call(NAMED, name)) throw BAIL;
  return ch;
}
