// HTML page → Extracted: the report body is found inside the CMS chrome, tables become expanded grids,
// everything else becomes paragraphs in reading order. Page meta (title, PubDate/发布日期) goes to meta.
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { ReportReadError } from '../errors';
import { tidy } from '../normalize/text';
import { attr, firstMatches, simpleSelector, textOf } from './dom';
import { CUT_MARK, regionCut, regionIsSure, regionStart } from './html-region';
import { PARSER_OPTIONS, streamFind, type StreamEl } from './html-stream';
import { tableToRows } from './html-table';
import { attrOf, BLOCK, SKIP, type Attribs } from './html-walk';
import { markupDepth, MAX_HTML_NESTING, Nesting } from './html-depth';
import { BAIL, nameKey } from './tag-scan';
import type { Block, Extracted } from './types';

// Report bodies on the sites we know, most specific first; `body` is the fallback (bare fragments too).
const BODY_SELECTORS = [
  '.TRS_Editor',
  '.article_content',
  '#zoom',
  '.zoom',
  '.article-content',
  '.view',
  'article',
  'body',
].map((sel) => ({ sel, match: simpleSelector(sel) }));

// A `style` attribute in attribute position of a tag: the tag name and every attribute before it are matched
// whole, so a `style=` inside another value is never taken for one. Anything odder is left in place.
const STYLE_ATTR_RE =
  /(<[a-zA-Z][^\s/>]*(?:\s+[^\s"'=<>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*?)\s+style\s*=\s*(?:"[^"]*"|'[^']*')/gi;

export { markupDepth, MAX_HTML_NESTING };

export interface HtmlOptions {
  /** `full` parses the whole page (the reference path); `region` (default) cuts the page after the report first. */
  scan?: 'region' | 'full';
  /** The caller found from the bytes that the page has no container (regionFromBytes gave NO_REGION). */
  noRegion?: boolean;
}

export function extractHtml(html: string, encoding: string, fileName = 'html', opts: HtmlOptions = {}): Extracted {
  if (opts.scan === 'full') return extractPage(html, encoding, fileName);
  return (
    (opts.noRegion ? null : extractRegion(html, encoding, fileName)) ??
    extractWhole(html, encoding, fileName) ??
    extractPage(html, encoding, fileName)
  );
}

function extractPage(html: string, encoding: string, fileName: string): Extracted {
  const top = load(html, fileName);
  const found = firstMatches(
    top,
    PREDS.map((p) => (el: Element) => p(el.name, el.attribs)),
  );
  const body = pickBody(found, textOf);
  const m = found.slice(BODY_SELECTORS.length);
  const meta = readMeta(
    {
      articleTitle: m[0] && attr(m[0], 'content'),
      title: m[1] && textOf(m[1]),
      pubDate: m[2] && attr(m[2], 'content'),
      publishDate: m[3] && attr(m[3], 'content'),
    },
    () => textOf(top),
  );
  return { form: 'html', encoding, blocks: blocksOf(body >= 0 ? [found[body]!] : top), meta, findings: [] };
}

// The page up to the end of the report's container, read in one streaming pass without a DOM (html-stream.ts),
// when the scan is sure the whole page reads the same (see html-region.ts); null sends the caller to the whole
// page. The nesting cap applies to what is parsed here. Exported for the tests that prove which pages take this path.
export function extractRegion(html: string, encoding: string, fileName: string): Extracted | null {
  const cut = regionCut(html, BODY_SELECTORS);
  if (cut < 0) return null;
  const { found, hasMark } = streamFind(
    lean(html.slice(0, cut), fileName, CUT_MARK),
    PREDS,
    BODY_SELECTORS.length - 1,
    [TITLE],
  );
  return regionRead(html, cut, found, hasMark, encoding);
}

/**
 * extractRegion straight from a page's UTF-8 bytes, never decoded whole: the scans run on their latin1 view and
 * html-tokenizer.ts tokenizes, decoding only the text and attributes read. Null where extractRegion of the decoded
 * page would give null, and also wherever the byte path cannot be sure it reads alike (BAIL): the caller then
 * decodes the page and takes the usual paths. The nesting cap is counted on the tags as `lean` would: over it, BAIL
 * too, and the usual path refuses the page.
 */
export function extractRegionBytes(bytes: Buffer, encoding: string, window?: number): Extracted | null {
  const r = regionFromBytes(bytes, encoding, window);
  return r === NO_REGION ? null : r;
}

/** The region path finds no container on this page (its cut is -1): extractRegion of the decoded page is null too. */
export const NO_REGION = 'no-region';

/** extractRegionBytes, telling NO_REGION apart from a refusal (null); `window`: html-tokenizer.ts WINDOW. */
export function regionFromBytes(bytes: Buffer, encoding: string, window?: number): Extracted | typeof NO_REGION | null {
  try {
    const start = regionStart(bytes, BODY_SELECTORS);
    const key = start ? nameKey(start.name) : -1;
    if (key < 0) return NO_REGION; // as regionCut: no container, or a name no key covers
    const source = { bytes, nesting: new Nesting(MAX_HTML_NESTING), at: start!.at, key, cut: -1, window };
    const { found, hasMark } = streamFind(source, PREDS, BODY_SELECTORS.length - 1, [TITLE]);
    return regionRead(bytes.toString('latin1', source.cut), 0, found, hasMark, encoding);
  } catch (e) {
    if (e === BAIL) return null;
    throw e;
  }
}

/**
 * A plain UTF-8 page read from its bytes: its region, or where it has no container, the whole page (extractWhole
 * reads such a page after extractRegion). Null where the decoded page must be read; NO_REGION where it has no
 * container and the whole page must be read decoded.
 */
export function extractFromBytes(bytes: Buffer, encoding: string): Extracted | typeof NO_REGION | null {
  const r = regionFromBytes(bytes, encoding);
  return r === NO_REGION ? (extractWholeBytes(bytes, encoding) ?? NO_REGION) : r;
}

/** extractWhole of the decoded page, from its bytes; null where that is null or the byte path is unsure (BAIL). */
export function extractWholeBytes(bytes: Buffer, encoding: string, window?: number): Extracted | null {
  try {
    return wholeFromBytes(bytes, encoding, window);
  } catch (e) {
    if (e === BAIL) return null;
    throw e;
  }
}

function wholeFromBytes(bytes: Buffer, encoding: string, window?: number): Extracted | null {
  const source = { bytes, nesting: new Nesting(MAX_HTML_NESTING), at: -1, key: -1, cut: -1, window };
  const { found, root, hasMark } = streamFind(source, PREDS, BODY_SELECTORS.length, [TITLE], true);
  return hasMark ? wholeRead(found, root!, encoding) : null;
}

function regionRead(
  html: string,
  cut: number,
  found: (StreamEl | undefined)[],
  hasMark: boolean,
  encoding: string,
): Extracted | null {
  const body = pickBody(found, (el) => el.text);
  if (!regionIsSure(html, cut, found, BODY_SELECTORS, body, META_TOKENS, hasMark, (el) => el.openAtMark)) return null;
  const m = found.slice(BODY_SELECTORS.length);
  let needsPageText = false;
  const meta = readMeta(
    {
      articleTitle: m[0] && attrOf(m[0].attribs, 'content'),
      title: m[1]?.text,
      pubDate: m[2] && attrOf(m[2].attribs, 'content'),
      publishDate: m[3] && attrOf(m[3].attribs, 'content'),
    },
    () => {
      needsPageText = true; // 发布日期 from the page's text: only the whole page has it all
      return '';
    },
  );
  if (needsPageText) return null;
  return { form: 'html', encoding, blocks: found[body]!.blocks!, meta, findings: [] };
}

// The whole page in one streaming pass, for pages the region path does not take (no container, or not sure). The cut
// mark appended at the end must be the last node parsed: then the page left no tag, comment or raw text open at
// its end, and the pass read every node domhandler would build (the mark adds no text). Otherwise null: the DOM.
export function extractWhole(html: string, encoding: string, fileName: string): Extracted | null {
  const { found, root, hasMark } = streamFind(
    lean(html, fileName, CUT_MARK, false),
    PREDS,
    BODY_SELECTORS.length,
    [TITLE],
    true,
  );
  return hasMark ? wholeRead(found, root!, encoding) : null;
}

function wholeRead(found: (StreamEl | undefined)[], root: StreamEl, encoding: string): Extracted {
  const body = pickBody(found, (el) => el.text);
  const m = found.slice(BODY_SELECTORS.length);
  const meta = readMeta(
    {
      articleTitle: m[0] && attrOf(m[0].attribs, 'content'),
      title: m[1]?.text,
      pubDate: m[2] && attrOf(m[2].attribs, 'content'),
      publishDate: m[3] && attrOf(m[3].attribs, 'content'),
    },
    () => root.text,
  );
  return { form: 'html', encoding, blocks: (body >= 0 ? found[body]! : root).blocks!, meta, findings: [] };
}

/**
 * The markup htmlparser2 gets: inline styles dropped, `suffix` appended; nesting checked on exactly that, or
 * without the suffix when `capWithSuffix` is false (the whole page: the DOM path measures it without the mark).
 */
function lean(html: string, fileName: string, suffix = '', capWithSuffix = true): string {
  // Word-pasted pages are three quarters inline styles, which nothing here reads: dropping them first
  // cuts the tokenizer's work, the bound on HTML speed, several times over. The suffix (the cut mark) is added
  // after: no style match can reach into it (it holds no quote), and a regex over a sliced string does not copy
  // it first, as it would a concatenated one (0.4 ms of a 330 KB page).
  const stripped = html.replace(STYLE_ATTR_RE, '$1');
  const out = stripped + suffix;
  if (markupDepth(capWithSuffix ? out : stripped) > MAX_HTML_NESTING) {
    throw new ReportReadError(
      fileName,
      'unsupported',
      `HTML nested more than ${MAX_HTML_NESTING} elements deep; not a report page`,
    );
  }
  return out;
}

function load(html: string, fileName: string): AnyNode[] {
  // htmlparser2 (xmlMode off) instead of parse5: several times faster and as lenient with CMS markup.
  const $ = cheerio.load(lean(html, fileName), { xml: PARSER_OPTIONS });
  return $.root()[0].children as AnyNode[];
}

/** The body's nodes → blocks in reading order: tables as grids, the rest as paragraphs split at block elements. */
function blocksOf(roots: AnyNode[]): Block[] {
  const blocks: Block[] = [];
  let buf = '';
  let tableIndex = 0;
  const flush = () => {
    const text = tidy(buf);
    if (text) blocks.push({ kind: 'para', text, loc: {} });
    buf = '';
  };
  const walk = (nodes: AnyNode[]) => {
    for (const n of nodes) {
      if (n.type === 'text') buf += (n as unknown as { data: string }).data;
      else if (n.type === 'tag' || n.type === 'script' || n.type === 'style') {
        const el = n as Element;
        const name = el.name.toLowerCase();
        if (SKIP.has(name)) continue;
        if (name === 'table') {
          flush();
          const t = tableIndex++;
          blocks.push({ kind: 'table', rows: tableToRows(el, t), loc: { table: t } });
        } else if (name === 'br') {
          flush();
        } else if (BLOCK.has(name)) {
          flush();
          walk(el.children);
          flush();
        } else walk(el.children);
      }
    }
  };
  walk(roots);
  flush();
  return blocks;
}

// Body candidates, then page meta (ArticleTitle, <title>, PubDate, publishdate), found in one walk over the page.
const TITLE = BODY_SELECTORS.length + 1;
const PREDS = [
  ...BODY_SELECTORS.map((b) => b.match),
  metaNamed('ArticleTitle'),
  (name: string) => name === 'title',
  metaNamed('PubDate'),
  metaNamed('publishdate'),
];
// What each meta predicate needs to see in raw markup (case as the DOM compares it: tag names fold, values do not).
const META_TOKENS = [/ArticleTitle/, /<title/i, /PubDate/, /publishdate/];
const REPORT_WORDS = /政府信息公开|主动公开/;

/** Index of the first body selector whose element reads as a report (`body` always does), or -1. */
function pickBody<T>(found: (T | undefined)[], text: (el: T) => string): number {
  for (let i = 0; i < BODY_SELECTORS.length; i++) {
    const el = found[i];
    if (el && (BODY_SELECTORS[i].sel === 'body' || REPORT_WORDS.test(text(el)))) return i;
  }
  return -1;
}

function metaNamed(name: string): (tag: string, attribs: Attribs) => boolean {
  return (tag, attribs) => tag === 'meta' && attrOf(attribs, 'name') === name;
}

interface MetaFound {
  articleTitle?: string;
  title?: string;
  pubDate?: string;
  publishDate?: string;
}

function readMeta(found: MetaFound, pageText: () => string): Extracted['meta'] {
  const meta: Extracted['meta'] = {};
  const title = found.articleTitle || (found.title ?? '').split(/[_|]/)[0];
  if (title && title.trim()) meta.title = title.trim();
  const pub =
    found.pubDate ||
    found.publishDate ||
    /(?:发布日期|发布时间|PubDate)[:：\s]*(\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2})/.exec(pageText())?.[1];
  const d = pub ? normalizeDate(pub) : null;
  if (d) meta.publishedOn = d;
  return meta;
}

/** `2021-03-05 08:58`, `2021年3月5日`, `2021/3/5` → `2021-03-05`. */
export function normalizeDate(s: string): string | null {
  const m = /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
