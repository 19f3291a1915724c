// A tokenizer for html-tree.ts (htmlparser2's tree rules) that reads a UTF-8 page through a latin1 view of its
// bytes: one char per byte, so every offset is a byte offset and every HTML delimiter (all ASCII; UTF-8 never puts
// an ASCII byte inside a multi-byte sequence) is found by indexOf. Only the text and the attribute values anything
// reads are decoded, from the bytes. Style attributes, 85 % of a Word page, are skipped by one indexOf each.
//
// It implements the subset of htmlparser2's Tokenizer states that CMS report pages use, and emits the same events
// for it. Anything outside the subset throws BAIL and the caller reads the page the old way, so a page the subset
// misjudges costs time, never a different result. The subset is also chosen so that two things the old path did on
// the decoded string hold without doing them (docs/parser-speed.md, "A tokenizer of our own"):
// - html.ts `lean` drops style attributes by regex before htmlparser2 sees the page. Dropping them changes no event
//   read here when every match of that regex is a `style` attribute of a real tag; so a tag holds no `<`, nothing
//   outside its quoted values is non-ASCII or \v (the regex's \s), and a `<` + letter inside a comment or raw text
//   must not start a match (`styleCouldStart`).
// - `markupDepth` counts tags as tag-scan.ts reads them; `visit` counts the same tags with the same flags.
import type { ByteSource } from './html-stream';
import { ByteText } from './html-byte-text';
import {
  DQ,
  EQ,
  GT,
  isAlpha,
  isName,
  isWs,
  nameHashStep,
  plainInTag,
  rawTextEnd,
  SLASH,
  specialOf,
  SQ,
  styleCouldStart,
} from './html-byte-guards';
import { BAIL } from './tag-scan';

export { BAIL };

/** A tag name as the nesting count (`flat`: not counted) and the cut (tag-scan nameKey) read it. */
interface TagInfo {
  key: number;
  flat: boolean;
}

/** What html-tree.ts takes from the tokenizer: offsets into the current window, -1 for the cut mark's name. */
interface Cbs {
  /** `hash`: the name's hash (html-byte-guards nameHashStep); returns what the count and the cut read of it. */
  onopentagname(start: number, end: number, hash: number): TagInfo;
  onopentagend(): void;
  onselfclosingtag(): void;
  onclosetag(start: number, end: number, hash: number): TagInfo;
  oncomment(): void;
  ondeclaration(): void;
  onprocessinginstruction(): void;
  onend(): void;
}

export interface ByteTokenizerOptions {
  /**
   * The page's bytes, the container's start and its key. Their latin1 view is read up to the cut (`source.cut`:
   * after the container's end tag, where html-region.ts `regionCut` would cut; found on the way as its tag scan
   * finds it, on the same tags), and then the cut mark (CUT_MARK), read as if it stood there.
   */
  source: ByteSource;
  /** Read the whole page (no container, no cut), then the mark, as html.ts extractWhole reads page + mark. */
  whole: boolean;
  /** Whether any text is read at this point (else text is not decoded; `ontext('')` keeps the event). */
  wantsText(): boolean;
  /** Text as htmlparser2's `ontext` would give it, entities decoded (one call may stand for several of its calls). */
  ontext(text: string): void;
  /** An attribute that `wanted` accepts, name lower-cased, value decoded. */
  onattribute(name: string, value: string): void;
  wanted: Set<string>;
}

/**
 * The latin1 view is made a window at a time, `window` bytes (tests set it small), because a string over 128 KB is
 * made in V8's large-object space at about 1 µs per KB: 0.2–0.5 ms for most CMS pages, a tenth of reading one
 * (docs/parser-speed.md, fifth round). A token never straddles two windows: when the next `<` lies in the last
 * `window / 3` bytes of one, the next window starts at the pending text. Every search inside a token stays in its
 * window; one that runs out of it finds nothing there, which the subset already refuses (BAIL) as a token open at
 * the end, so a token longer than that costs the fast path, never a different result.
 */
export const WINDOW = 120_000;

export class ByteTokenizer {
  /** The current window of the latin1 view, from byte `base`; offsets given to the parser are into it. */
  s = '';
  private base = 0;
  private last = false; // the window reaches the end of the page
  private done = false;
  private t!: ByteText;
  private readonly o: ByteTokenizerOptions;
  private readonly src: ByteSource;
  private readonly size: number;
  private counting = false; // from the container's start tag on
  private depth = 0; // the container's depth as regionCut's end-tag scan counts it (may go below 0 as there)

  constructor(
    options: ByteTokenizerOptions,
    private readonly cbs: Cbs,
  ) {
    this.o = options;
    this.src = options.source;
    this.size = options.source.window ?? WINDOW;
  }

  /** Reads the page up to the cut (`source.cut`). */
  write(): void {
    this.view(0);
    this.run();
  }

  /** The cut mark, `<dh-region-cut></dh-region-cut>`, read as if it stood at the cut (start -1: the mark's name). */
  mark(): void {
    if (this.done) throw BAIL;
    this.done = true;
    // html.ts `lean` caps the nesting of the region with the mark, of the whole page without it.
    const count = !this.o.whole;
    const mark = this.cbs.onopentagname(-1, -1, 0);
    this.cbs.onopentagend();
    if (count && this.src.nesting.step(mark.flat, false, false)) throw BAIL;
    this.cbs.onclosetag(-1, -1, 0);
    if (count && this.src.nesting.step(mark.flat, true, false)) throw BAIL;
  }

  end(): void {
    this.cbs.onend();
  }

  /** The window from byte `base`. */
  private view(base: number): void {
    const bytes = this.src.bytes;
    const end = Math.min(bytes.length, base + this.size);
    this.base = base;
    this.last = end === bytes.length;
    this.s = bytes.toString('latin1', base, end);
    this.t = new ByteText(this.s, bytes, base);
  }

  private run(): void {
    let s = this.s;
    let ts = 0; // start of the pending text
    let from = 0;
    for (;;) {
      if (this.src.cut >= 0) return;
      const lt = nextLt(s, from);
      if (!this.last && (lt < 0 || lt > s.length - this.size / 3)) {
        if (ts === 0) throw BAIL; // text and a token longer than a window
        this.view(this.base + ts);
        from -= ts;
        ts = 0;
        s = this.s;
        continue;
      }
      if (lt < 0) {
        if (!this.o.whole) throw BAIL; // the container never closes: regionCut finds no cut
        return this.text(ts, s.length); // the page's last text, which the mark ends
      }
      const c = s.charCodeAt(lt + 1);
      let next: number;
      if (isAlpha(c)) {
        this.text(ts, lt);
        next = this.startTag(lt);
      } else if (c === SLASH) {
        if (!isAlpha(s.charCodeAt(lt + 2))) throw BAIL; // `</>`, `</ p>`, bogus comments
        this.text(ts, lt);
        next = this.endTag(lt, lt + 2);
      } else if (c === 33 || c === 63) {
        // `!` or `?`
        this.text(ts, lt);
        next = this.markup(lt);
      } else {
        from = lt + 1; // a `<` that is text: htmlparser2 gives it as text, in the same run
        continue;
      }
      ts = from = next;
    }
  }

  /** Text [a, b) to the parser's handler (decoded only when read). */
  private text(a: number, b: number): void {
    if (b <= a) return;
    if (!this.o.wantsText()) return this.o.ontext('');
    const text = this.t.text(a, b);
    if (text) this.o.ontext(text);
  }

  /** A tag as tag-scan.ts visits it: the nesting count, and regionCut's same-name count from the container on. */
  private visit(close: boolean, tag: TagInfo, selfClosing: boolean, localEnd: number): void {
    if (this.src.nesting.step(tag.flat, close, selfClosing)) throw BAIL;
    if (!this.counting || tag.key !== this.src.key) return;
    if (close) {
      if (--this.depth === 0) this.src.cut = this.base + localEnd;
    } else if (!selfClosing) this.depth++;
  }

  private startTag(lt: number): number {
    const s = this.s;
    if (lt + this.base === this.src.at) this.counting = true;
    let p = lt + 1;
    let h = 0;
    for (let c = s.charCodeAt(p); isName(c); c = s.charCodeAt(++p)) h = nameHashStep(h, c);
    const c = s.charCodeAt(p);
    if (!(isWs(c) || c === SLASH || c === GT)) throw BAIL; // a name tag-scan.ts would read shorter
    const nameEnd = p;
    const special = specialOf(s, lt + 1, nameEnd);
    const tag = this.cbs.onopentagname(lt + 1, nameEnd, h);
    let selfClosing = false;
    // The first `<` and `>` after the name, searched once a tag (a Word tag is mostly one long style value); a tag
    // without attributes needs no search (an indexOf call costs about 12 ns, a tag about 200 ns here).
    let ltAt = -1;
    let scanGt = nameEnd;
    if (s.charCodeAt(nameEnd) !== GT) {
      ltAt = s.indexOf('<', nameEnd);
      scanGt = s.indexOf('>', nameEnd);
    }
    // Attributes, as htmlparser2's BeforeAttributeName … InAttributeValue states read them.
    for (;;) {
      let c = s.charCodeAt(p);
      while (isWs(c)) c = s.charCodeAt(++p);
      if (c === GT) break;
      if (c === SLASH) {
        let q = p + 1;
        while (isWs(s.charCodeAt(q))) q++;
        if (s.charCodeAt(q) === GT) {
          selfClosing = true;
          p = q;
          break;
        }
        p = q;
        continue;
      }
      if (p >= s.length) throw BAIL; // a tag open at the end: htmlparser2 drops it
      if (c === EQ) throw BAIL; // htmlparser2 takes a leading `=` into the name
      const an = p;
      while (p < s.length && !(isWs(c) || c === EQ || c === SLASH || c === GT)) {
        if (!plainInTag(c)) throw BAIL;
        c = s.charCodeAt(++p);
      }
      const ae = p;
      while (isWs(c)) c = s.charCodeAt(++p);
      const name = this.wantedName(an, ae);
      if (c !== EQ) {
        if (name) this.o.onattribute(name, '');
        continue; // no value; `/`, `>` or the next name follow
      }
      c = s.charCodeAt(++p);
      while (isWs(c)) c = s.charCodeAt(++p);
      let vs: number;
      let ve: number;
      if (c === DQ || c === SQ) {
        vs = p + 1;
        ve = s.indexOf(c === DQ ? '"' : "'", vs);
        if (ve < 0) throw BAIL;
        // A `<` + letter, `/` or `!` in a value: the style regex could start there, and tag-scan read a tag there
        // after a `>` earlier in the value. `$index<4` is common and harmless.
        if (ltAt >= 0 && ltAt < vs) ltAt = s.indexOf('<', vs);
        for (; ltAt >= 0 && ltAt < ve; ltAt = s.indexOf('<', ltAt + 1)) {
          const n = s.charCodeAt(ltAt + 1);
          if (isAlpha(n) || n === SLASH || n === 33) throw BAIL;
        }
        if (isStyle(s, an, ae)) {
          // A `>` the regex removes would move tag-scan's end of tag. None before scanGt, the first after the name.
          const gt = scanGt < vs ? s.indexOf('>', vs) : scanGt;
          if (gt >= 0 && gt < ve) throw BAIL;
        }
        p = ve + 1;
      } else {
        vs = p;
        while (p < s.length && !isWs(c) && c !== GT) {
          if (!plainInTag(c) || c === SLASH) throw BAIL; // `/` here: tag-scan could read a self-closing tag
          c = s.charCodeAt(++p);
        }
        if (p >= s.length) throw BAIL;
        ve = p;
      }
      if (name) {
        const amp = this.t.nextAmp(vs);
        if (amp >= 0 && amp < ve) throw BAIL;
        this.o.onattribute(name, this.t.decode(vs, ve));
      }
    }
    if (p >= s.length) throw BAIL;
    const gt = p;
    // tag-scan.ts ends a tag at the first `>` after its name (even inside a quoted value) and calls it self-closing
    // when a `/` comes just before; script and style it skips whole.
    if (special !== 'script' && special !== 'style') {
      this.visit(false, tag, s.charCodeAt(scanGt - 1) === SLASH, scanGt + 1);
    }
    if (selfClosing) {
      if (special) throw BAIL;
      this.cbs.onselfclosingtag();
      return gt + 1;
    }
    this.cbs.onopentagend();
    return special ? this.rawText(gt + 1, special) : gt + 1;
  }

  /** Content of script, style or title up to its end tag, which must be where tag-scan.ts ends it too. */
  private rawText(from: number, name: 'script' | 'style' | 'title'): number {
    const s = this.s;
    const end = rawTextEnd(s, from, name);
    if (name === 'title') {
      const lt = s.indexOf('<', from);
      if (lt < end) throw BAIL;
      this.text(from, end);
    } else {
      if (styleCouldStart(s, from, end)) throw BAIL;
      if (end > from) this.o.ontext(this.t.decode(from, end));
    }
    return this.endTag(end, end + 2, name !== 'title');
  }

  /** `raw`: the end of a script or style's raw text, which tag-scan.ts skips with its content. */
  private endTag(lt: number, ns: number, raw = false): number {
    const s = this.s;
    let p = ns;
    let h = 0;
    for (let c = s.charCodeAt(p); isName(c); c = s.charCodeAt(++p)) h = nameHashStep(h, c);
    const c = s.charCodeAt(p);
    if (!(isWs(c) || c === GT)) throw BAIL;
    let gt = p; // `</span>`: no search
    if (c !== GT) {
      gt = s.indexOf('>', p);
      if (gt < 0) throw BAIL;
      const lt2 = s.indexOf('<', p);
      if (lt2 >= 0 && lt2 < gt) throw BAIL;
    }
    const tag = this.cbs.onclosetag(ns, p, h);
    if (!raw) this.visit(true, tag, s.charCodeAt(gt - 1) === SLASH, gt + 1);
    return gt + 1;
  }

  /** `<!--…-->`, `<!DOCTYPE …>` or `<?…>` at `lt`. */
  private markup(lt: number): number {
    const s = this.s;
    if (s.startsWith('<!--', lt)) {
      if (s.charCodeAt(lt + 4) === GT || s.startsWith('->', lt + 4)) throw BAIL; // `<!-->`: ends earlier in htmlparser2
      const e = s.indexOf('-->', lt + 4);
      if (e < 0 || styleCouldStart(s, lt + 4, e)) throw BAIL;
      this.cbs.oncomment();
      return e + 3;
    }
    if (s.startsWith('<![', lt)) throw BAIL; // CDATA
    const gt = s.indexOf('>', lt);
    const lt2 = s.indexOf('<', lt + 1);
    if (gt < 0 || (lt2 >= 0 && lt2 < gt)) throw BAIL;
    if (s.charCodeAt(lt + 1) === 63) this.cbs.onprocessinginstruction();
    else this.cbs.ondeclaration();
    return gt + 1;
  }

  private wantedName(a: number, b: number): string | null {
    // Most attributes are style, lang or class: a first-letter test spares a string for the rest.
    const c = this.s.charCodeAt(a) | 32;
    if (b - a > 7 || b - a < 2 || (c !== 99 && c !== 105 && c !== 110 && c !== 114)) return null;
    const n = this.s.slice(a, b).toLowerCase();
    return this.o.wanted.has(n) ? n : null;
  }
}

/** The next `<` from `from`, or -1. Text between Word's tags is mostly a few chars: a loop is cheaper there. */
function nextLt(s: string, from: number): number {
  const stop = Math.min(s.length, from + 24);
  for (let i = from; i < stop; i++) if (s.charCodeAt(i) === 60) return i;
  return stop < s.length ? s.indexOf('<', stop) : -1;
}

/** Is [a, b) the attribute name `style`, any case (by char codes: most tags of a Word page carry one). */
function isStyle(s: string, a: number, b: number): boolean {
  return (
    b - a === 5 &&
    (s.charCodeAt(a) | 32) === 115 &&
    (s.charCodeAt(a + 1) | 32) === 116 &&
    (s.charCodeAt(a + 2) | 32) === 121 &&
    (s.charCodeAt(a + 3) | 32) === 108 &&
    (s.charCodeAt(a + 4) | 32) === 101
  );
}
