// htmlparser2's Parser (10.x, HTML mode, lower-cased names, self-closing ignored outside svg/math) for the byte path:
// the same implied, void and stray-end-tag closes, the same events in the same order, for the tokenizer of
// html-tokenizer.ts only. Written again because on a Word page its per-tag work was 13 % of the pipeline's time
// (docs/parser-speed.md, fifth round): a string sliced and lower-cased per tag, a Map lookup by that new string,
// and its stack kept with unshift/shift. Here a tag name is interned once per parse (hashed off the latin1 view and
// checked char by char, no string made) with its rules precomputed, and the stack is pushed and popped at its end.
// html-tokenizer.spec.ts and html-region.spec.ts hold this path's output equal to htmlparser2's own on random soups
// and on every sample and corpus page.
import { CUT_TAG } from './html-region';
import { ByteTokenizer, type ByteTokenizerOptions } from './html-tokenizer';
import { nameKey } from './tag-scan';
import { depthIgnores } from './html-depth';
import { lower, nameHashStep } from './html-byte-guards';

/** The handler side of htmlparser2's Parser callbacks, as html-stream.ts uses them. */
export interface TreeHandler {
  onopentagname(name: string): void;
  onclosetag(name: string): void;
  oncomment(): void;
  onprocessinginstruction(): void;
  onend(): void;
}

// htmlparser2 Parser.js's tables, copied as they are in 10.1.0 (the version in package-lock.json).
const formTags = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const pTag = ['p'];
const OPEN_IMPLIES_CLOSE: Record<string, string[]> = {
  tr: ['tr', 'th', 'td'],
  th: ['th'],
  td: ['thead', 'th', 'td'],
  body: ['head', 'link', 'script'],
  li: ['li'],
  select: formTags,
  input: formTags,
  output: formTags,
  button: formTags,
  datalist: formTags,
  textarea: formTags,
  option: ['option'],
  optgroup: ['optgroup', 'option'],
  dd: ['dd', 'dt'],
  dt: ['dd', 'dt'],
  rt: ['rt', 'rp'],
  rp: ['rt', 'rp'],
  tbody: ['thead', 'tbody'],
  tfoot: ['thead', 'tbody'],
};
for (const n of 'p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul'.split(
  ' ',
)) {
  OPEN_IMPLIES_CLOSE[n] = pTag;
}
const CLOSES = new Map(Object.entries(OPEN_IMPLIES_CLOSE).map(([n, c]) => [n, new Set(c)]));
const VOID = new Set(
  'area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr'.split(
    ' ',
  ),
);
const FOREIGN = new Set(['math', 'svg']);
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/** A tag name with its rules, made once per name per parse. */
export interface Name {
  name: string;
  closes: Set<string> | null; // open elements its start closes (top of the stack first)
  isVoid: boolean;
  foreign: boolean; // svg, math: self-closing counts inside
  integration: boolean;
  key: number; // tag-scan.ts nameKey, for the cut
  flat: boolean; // html-depth depthIgnores: not counted by the nesting cap
}

function info(name: string): Name {
  const key = nameKey(name);
  return {
    name,
    closes: CLOSES.get(name) ?? null,
    isVoid: VOID.has(name),
    foreign: FOREIGN.has(name),
    integration: INTEGRATION.has(name),
    key,
    flat: depthIgnores(key),
  };
}

export class TreeParser {
  private readonly tokenizer: ByteTokenizer;
  private readonly stack: Name[] = []; // open elements, innermost last
  private readonly foreignContext: boolean[] = [false]; // innermost last
  private tag: Name | null = null; // the start tag being read
  private readonly names = new Map<number, Name[]>();
  private cut: Name | null = null; // the cut mark's name, interned like any other (a page may hold that tag too)

  constructor(
    private readonly cbs: TreeHandler,
    byteTokenizer: ByteTokenizerOptions,
  ) {
    this.tokenizer = new ByteTokenizer(byteTokenizer, this);
  }

  /** Reads the page of `byteTokenizer.source` up to its cut. */
  write(): void {
    this.tokenizer.write();
  }

  /** The cut mark, then the end. */
  end(): void {
    this.tokenizer.mark();
    this.tokenizer.end();
  }

  // The tokenizer's callbacks (offsets into its window of the latin1 view; -1 for the cut mark's name).

  onopentagname(start: number, end: number, hash: number): Name {
    const n = this.nameAt(start, end, hash);
    this.emitOpen(n);
    return n;
  }

  onopentagend(): void {
    this.endOpen();
  }

  onselfclosingtag(): void {
    if (this.foreignContext[this.foreignContext.length - 1]) this.closeCurrent();
    else this.endOpen();
  }

  onclosetag(start: number, end: number, hash: number): Name {
    const n = this.nameAt(start, end, hash);
    if (n.foreign || n.integration) this.foreignContext.pop();
    if (!n.isVoid) {
      const pos = this.stack.lastIndexOf(n);
      if (pos !== -1) {
        while (this.stack.length > pos) this.cbs.onclosetag(this.stack.pop()!.name);
      } else if (n.name === 'p') {
        this.emitOpen(n); // an implied open before the close
        this.closeCurrent();
      }
    } else if (n.name === 'br') {
      this.cbs.onopentagname('br');
      this.cbs.onclosetag('br');
    }
    return n;
  }

  oncomment(): void {
    this.cbs.oncomment();
  }

  ondeclaration(): void {
    this.cbs.onprocessinginstruction();
  }

  onprocessinginstruction(): void {
    this.cbs.onprocessinginstruction();
  }

  onend(): void {
    for (let i = this.stack.length - 1; i >= 0; i--) this.cbs.onclosetag(this.stack[i].name);
    this.cbs.onend();
  }

  private emitOpen(n: Name): void {
    this.tag = n;
    const closes = n.closes;
    if (closes) {
      while (this.stack.length > 0 && closes.has(this.stack[this.stack.length - 1].name)) {
        this.cbs.onclosetag(this.stack.pop()!.name);
      }
    }
    if (!n.isVoid) {
      this.stack.push(n);
      if (n.foreign) this.foreignContext.push(true);
      else if (n.integration) this.foreignContext.push(false);
    }
    this.cbs.onopentagname(n.name);
  }

  private endOpen(): void {
    if (this.tag!.isVoid) this.cbs.onclosetag(this.tag!.name);
    this.tag = null;
  }

  /** htmlparser2's closeCurrentTag, without its `isImplied` flag: no handler here reads it. */
  private closeCurrent(): void {
    const n = this.tag!;
    this.endOpen();
    if (this.stack[this.stack.length - 1] === n) {
      this.cbs.onclosetag(n.name);
      this.stack.pop();
    }
  }

  /** The interned name of [start, end) of the tokenizer's window (`hash`: its nameHash, taken by the tokenizer's scan). */
  private nameAt(start: number, end: number, hash: number): Name {
    if (start < 0) return (this.cut ??= this.intern(CUT_TAG, 0, CUT_TAG.length, nameHash(CUT_TAG)));
    return this.intern(this.tokenizer.s, start, end, hash);
  }

  private intern(s: string, start: number, end: number, h: number): Name {
    let bucket = this.names.get(h);
    if (bucket) {
      for (const n of bucket) if (sameName(n.name, s, start, end)) return n;
    } else this.names.set(h, (bucket = []));
    // Lower-cased as htmlparser2 lower-cases it; a name the tokenizer reads is ASCII, so A–Z only.
    const n = info(s.slice(start, end).toLowerCase());
    bucket.push(n);
    return n;
  }
}

function nameHash(name: string): number {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = nameHashStep(h, name.charCodeAt(i));
  return h;
}

function sameName(name: string, s: string, start: number, end: number): boolean {
  if (name.length !== end - start) return false;
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) !== lower(s.charCodeAt(start + i))) return false;
  return true;
}
