import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReportReadError } from '../errors';
import { parseTextOrHtml } from '../parse-report';
import { extractHtml, markupDepth, MAX_HTML_NESTING } from './html';

const nested = (n: number, tag = 'div') =>
  `<html><body><p>政府信息公开</p>${`<${tag}>`.repeat(n)}x${`</${tag}>`.repeat(n)}</body></html>`;

describe('HTML nesting cap', () => {
  it('measures nesting from the tags, ignoring void elements, end-tag-optional ones, comments and scripts', () => {
    expect(markupDepth('<div><span><b>x</b></span></div>')).toBe(3);
    expect(markupDepth('<div>' + '<p>a<br><img src=x>'.repeat(500) + '</div>')).toBe(1);
    expect(markupDepth('<div><!-- <div><div> --><script>if (a<b) {"<div>"}</script><br/></div>')).toBe(1);
    expect(markupDepth('<table><tr><td><div/></td></tr></table>')).toBe(1);
  });

  it('reads markup as deep as the cap', () => {
    const ex = extractHtml(nested(MAX_HTML_NESTING - 5), 'utf-8', 'deep.html');
    expect(ex.blocks.map((b) => (b.kind === 'para' ? b.text : ''))).toContain('x');
  });

  it('refuses 200,000 nested elements with a typed error, quickly, instead of a stack overflow', () => {
    const t = Date.now();
    const html = nested(200_000);
    expect(() => extractHtml(html, 'utf-8', 'deep.html')).toThrow(
      new ReportReadError(
        'deep.html',
        'unsupported',
        `HTML nested more than ${MAX_HTML_NESTING} elements deep; not a report page`,
      ),
    );
    expect(() => parseTextOrHtml({ bytes: Buffer.from(html), fileName: 'deep.html' })).toThrow(ReportReadError);
    expect(Date.now() - t).toBeLessThan(5000);
  });
});

describe('NUL characters', () => {
  it('are dropped from text and HTML before anything is read out of them', () => {
    const html = parseTextOrHtml({
      bytes: Buffer.from('<html><body><p>某某市应急\u0000管理局2021年政府信息公开工作年度报告</p></body></html>'),
      fileName: 'a.html',
    });
    expect(html.sourceText).toContain('某某市应急管理局2021年');
    expect(html.sourceText).not.toContain('\u0000');
    const text = parseTextOrHtml({
      bytes: Buffer.from('某某市应急\u0000管理局2021年政府信息公开工作年度报告\n'),
      fileName: 'a.txt',
    });
    expect(text.sourceText).toBe('某某市应急管理局2021年政府信息公开工作年度报告\n');
  });
});

describe('markupDepth reads tags as the reference regex does', () => {
  // The regex the scan replaced: the same answer on every input is the contract.
  const TAG_RE = /<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;
  const VOID = new Set([
    'area',
    'base',
    'br',
    'col',
    'embed',
    'hr',
    'img',
    'input',
    'link',
    'meta',
    'param',
    'source',
    'track',
    'wbr',
  ]);
  const IMPLIED = new Set([
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
  ]);
  const reference = (html: string, cap = MAX_HTML_NESTING) => {
    let depth = 0;
    let max = 0;
    for (const m of html.matchAll(TAG_RE)) {
      const name = m[3]?.toLowerCase();
      if (!name || VOID.has(name) || IMPLIED.has(name)) continue;
      if (m[2]) depth = Math.max(0, depth - 1);
      else if (!m[4] && (max = Math.max(max, ++depth)) > cap) return max;
    }
    return max;
  };

  it('on every sample page', () => {
    const dir = join(__dirname, '../../../../data/samples/reports');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.html'))) {
      const html = readFileSync(join(dir, f), 'utf8');
      expect({ f, depth: markupDepth(html) }).toEqual({ f, depth: reference(html) });
    }
  });

  it('on random soups of tag pieces, comments, scripts and broken tags', () => {
    const pieces = [
      '<div>',
      '</div>',
      '<DIV class="a>b">',
      '<span/>',
      '<b >',
      '</b>',
      '<!--',
      '-->',
      '<script>',
      '</script >',
      '</script',
      '<style x>',
      '</style>',
      '<scriptx>',
      '<p>',
      '<br>',
      '<a:b-c>',
      '</a:b-c>',
      '<',
      '>',
      '/',
      '"',
      'x',
      ' ',
      '\n',
      '<1>',
      '</>',
      '<o:p>',
      '<img/>',
    ];
    let seed = 18;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let t = 0; t < 3000; t++) {
      let html = '';
      for (let k = rnd(40); k > 0; k--) html += pieces[rnd(pieces.length)];
      const cap = 1 + rnd(6);
      expect({ html, cap, depth: markupDepth(html, cap) }).toEqual({ html, cap, depth: reference(html, cap) });
    }
  });
});

describe('the tag scans stay linear on hostile markup', () => {
  // The regex the nesting check used searched to the end of the page from every `<script` or `<!--` (4.7 s on
  // 180 KB of `<script>x`); the region scan's end-tag search did the same.
  it.each(['<script>x', '<!--x', '<a x', '<style>x', '</script x'])('%s repeated 40,000 times', (piece) => {
    const html = `<html><body><div class="article_content">政府信息公开${piece.repeat(40_000)}`;
    const t = Date.now();
    markupDepth(html);
    // An unclosed <script> counts as an open element (as the regex read it), so some soups are refused as too deep.
    const outcome = () => {
      try {
        extractHtml(html, 'utf-8', 'soup.html');
        return 'read';
      } catch (e) {
        return e instanceof ReportReadError ? 'refused' : String(e);
      }
    };
    expect(['read', 'refused']).toContain(outcome());
    expect(Date.now() - t).toBeLessThan(5000);
  });
});
