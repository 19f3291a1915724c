// The region path without a DOM: one htmlparser2 pass with callbacks over the page cut after the report's
// container (html-region.ts), collecting only what extractRegion reads: the first element each body selector and
// meta predicate matches (document order, as firstMatches), the text of each body candidate and of <title>, the
// blocks of each candidate (html-walk.ts), and which of them were still open where the cut mark was parsed.
// Building domhandler's tree cost more than tokenizing the page (docs/parser-speed.md).
import { Parser } from 'htmlparser2';
import { BlockWalker, type Attribs } from './html-walk';
import { CUT_TAG } from './html-region';
import { TreeParser } from './html-tree';
import type { Nesting } from './html-depth';
import type { Block } from './types';

// As cheerio hands them to htmlparser2 in html.ts `load` (xmlMode off): the same tokens, the same implied closes.
export const PARSER_OPTIONS = {
  xmlMode: false,
  decodeEntities: true,
  lowerCaseTags: true,
  lowerCaseAttributeNames: true,
};

/** An element as the predicates see it (name, attributes), with what the pass learnt about it. */
export interface StreamEl {
  name: string;
  attribs: Attribs;
  /** All text below it (comments aside), when it is a body candidate or the title; else ''. */
  text: string;
  /** Blocks of its inside, when it is a body candidate. */
  blocks: Block[] | null;
  /** Still open where the last cut mark opened. */
  openAtMark: boolean;
}

export interface StreamResult {
  /** Per predicate, the first element it holds for. */
  found: (StreamEl | undefined)[];
  /** With `whole`: the document itself (all its text, its blocks), as the DOM path reads a page without a body. */
  root: StreamEl | null;
  /** The cut mark was the last node parsed (html-region `findMark` on the DOM). */
  hasMark: boolean;
}

interface Active {
  el: StreamEl;
  depth: number; // open elements above it
  collect: boolean; // its text is wanted
  walker: BlockWalker | null;
}

// The only attributes anything here reads (selectors, meta, cell spans). Collecting just these, first one wins as
// in htmlparser2's own attribs, spares an object of every attribute on each of the page's thousands of tags.
const READ_ATTRS = new Set(['class', 'id', 'name', 'content', 'colspan', 'rowspan']);
// Tags a predicate may hold for without a class or id (title, meta, body, article).
const NAMED = new Set(['title', 'meta', 'body', 'article']);
const NO_ATTRS: Attribs = Object.freeze({}) as Attribs;

/** A UTF-8 page read from its bytes by html-tokenizer.ts. */
export interface ByteSource {
  bytes: Buffer;
  /** The container's start tag (html-region regionStart) and its name's key; `cut` is set after its end. */
  at: number;
  key: number;
  cut: number;
  /** Bytes of the latin1 view made at a time (html-tokenizer.ts WINDOW); tests make it small. */
  window?: number;
  /** The nesting cap, counted on each tag as tag-scan.ts would visit it on the style-stripped text. */
  nesting: Nesting;
}

/**
 * One pass over `input`: markup, or a page's bytes, which html-tokenizer.ts tokenizes (it may throw BAIL). Predicates
 * below `walkUpTo` are body candidates (text and blocks collected); `textAlso` are further predicates whose
 * element's text is wanted (the title); `whole` reads the document itself too (from bytes: to the page's end).
 */
export function streamFind(
  input: string | ByteSource,
  preds: ((name: string, attribs: Attribs) => boolean)[],
  walkUpTo: number,
  textAlso: number[],
  whole = false,
): StreamResult {
  const found: (StreamEl | undefined)[] = preds.map(() => undefined);
  // The document never closes (depth -1); found elements are dropped from `active` at their close.
  const root: Active | null = whole
    ? {
        el: { name: '', attribs: {}, text: '', blocks: null, openAtMark: true },
        depth: -1,
        collect: true,
        walker: new BlockWalker(),
      }
    : null;
  const active: Active[] = root ? [root] : []; // found elements still open
  const names: string[] = []; // the parser's open elements, outermost first
  let mark = false;
  // htmlparser2 names a tag, then gives its attributes; the tag is complete at the next event of any kind. A tag
  // left open by the end of the input is settled too, where domhandler would drop it; that input swallowed the
  // cut mark (the mark comes last), so the region is refused either way.
  let pending: string | null = null;
  let attribs: Attribs = NO_ATTRS; // an object is made only once an attribute is read: most tags have none read
  const open = (name: string, attrs: Attribs) => {
    mark = false; // a node after the mark: the mark is not the last thing parsed
    let rec: Active | null = null;
    if (attrs.class !== undefined || attrs.id !== undefined || NAMED.has(name)) {
      for (let i = 0; i < preds.length; i++) {
        if (found[i] !== undefined || !preds[i](name, attrs)) continue;
        rec ??= {
          el: { name, attribs: attrs, text: '', blocks: null, openAtMark: false },
          depth: names.length,
          collect: false,
          walker: null,
        };
        found[i] = rec.el;
        if (i < walkUpTo) rec.walker ??= new BlockWalker();
        if (i < walkUpTo || textAlso.includes(i)) rec.collect = true;
      }
    }
    if (rec) active.push(rec);
    if (name === CUT_TAG && !names.includes('script') && !names.includes('style')) {
      mark = true;
      for (const el of found) if (el) el.openAtMark = active.some((a) => a.el === el);
    }
    for (const a of active) a.walker?.open(name, attrs);
    names.push(name);
  };
  const settle = () => {
    if (pending === null) return;
    const name = pending;
    pending = null;
    open(name, attribs);
  };
  const onattribute = (name: string, value: string) => {
    if (!READ_ATTRS.has(name)) return;
    if (attribs === NO_ATTRS) attribs = {};
    if (attribs[name] === undefined) attribs[name] = value;
  };
  const ontext = (data: string) => {
    settle();
    mark = false;
    for (const a of active) {
      if (a.collect) a.el.text += data;
      a.walker?.text(data);
    }
  };
  const handler = {
    onopentagname(name: string) {
      settle();
      pending = name;
      attribs = NO_ATTRS;
    },
    onattribute,
    ontext,
    oncomment() {
      settle();
      mark = false;
    },
    onprocessinginstruction() {
      settle();
      mark = false;
    },
    onclosetag() {
      settle();
      names.pop();
      for (let k = active.length - 1; k >= 0; k--) {
        const a = active[k];
        a.walker?.close();
        if (a.depth === names.length) {
          if (a.walker) a.el.blocks = a.walker.finish();
          active.splice(k, 1);
        }
      }
    },
    onend: settle,
  };
  if (typeof input !== 'string') {
    // The byte tokenizer hands text and the attributes read straight here, and html-tree.ts applies htmlparser2's
    // tree rules (implied, void and stray closes) to its tags.
    const parser = new TreeParser(handler, {
      source: input,
      whole,
      wantsText: () => {
        settle(); // a tag just named (the title) is open from here
        return active.length > 0;
      },
      ontext,
      onattribute,
      wanted: READ_ATTRS,
    });
    parser.write();
    parser.end();
  } else new Parser(handler, PARSER_OPTIONS).end(input);
  if (root) root.el.blocks = root.walker!.finish();
  return { found, root: root?.el ?? null, hasMark: mark };
}
