// HTML page → Extracted: the report body is found inside the CMS chrome, tables become expanded grids,
// everything else becomes paragraphs in reading order. Page meta (title, PubDate/发布日期) goes to meta.
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { tidy } from '../normalize/text';
import { tableToRows } from './html-table';
import type { Block, Extracted } from './types';

// Report bodies on the sites we know, most specific first; `body` is the fallback (bare fragments too).
const BODY_SELECTORS = ['.TRS_Editor', '.article_content', '#zoom', '.zoom', '.article-content', '.view', 'article', 'body'];
const SKIP = new Set(['script', 'style', 'noscript', 'iframe', 'select', 'button', 'head', 'object', 'svg', 'template']);
const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'section', 'article', 'blockquote',
  'center', 'dd', 'dt', 'dl', 'pre', 'tr', 'form', 'header', 'footer', 'nav', 'hr']);

export function extractHtml(html: string, encoding: string): Extracted {
  // htmlparser2 (xmlMode off) instead of parse5: several times faster and as lenient with CMS markup.
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } });
  const body = pickBody($);
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
          blocks.push({ kind: 'table', rows: tableToRows($, $(el), t), loc: { table: t } });
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
  walk(body ? [body] : ($.root()[0].children as AnyNode[]));
  flush();
  return { form: 'html', encoding, blocks, meta: readMeta($), findings: [] };
}

function pickBody($: cheerio.CheerioAPI): Element | undefined {
  for (const sel of BODY_SELECTORS) {
    const el = $(sel).first();
    if (el.length && (sel === 'body' || /政府信息公开|主动公开/.test(el.text()))) return el[0] as Element;
  }
  return undefined;
}

function readMeta($: cheerio.CheerioAPI): Extracted['meta'] {
  const meta: Extracted['meta'] = {};
  const title = $('meta[name="ArticleTitle"]').attr('content') || $('title').first().text().split(/[_|]/)[0];
  if (title && title.trim()) meta.title = title.trim();
  const pub = $('meta[name="PubDate"]').attr('content') || $('meta[name="publishdate"]').attr('content')
    || /(?:发布日期|发布时间|PubDate)[:：\s]*(\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2})/.exec($.root().text())?.[1];
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
