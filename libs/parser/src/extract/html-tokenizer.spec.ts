import { Rng } from '@dh/synth';
import { parseTextOrHtml } from '../parse-report';
import { extractHtml, extractRegion, extractRegionBytes, extractWhole, extractWholeBytes } from './html';

// The synthetic corpus's seeded PRNG (mulberry32), as a function.
const rngOf = (seed: number): (() => number) => {
  const r = new Rng(seed);
  return () => r.next();
};

// The byte path (html-tokenizer.ts: the page's bytes, never decoded whole) must give what the decoded region path
// gives, or null. Random soups around a report container, from what the tokenizer's subset must read exactly
// (entities, attributes of every quoting, comments and scripts holding markup, title, Word's `<o:p>` and
// `<?xml:namespace>`) and from what it must refuse (CDATA, textarea, `</ p>`, non-ASCII or \v inside a tag,
// a `<` + letter inside a value, upper-case script).

// Pieces the subset reads (most of a soup), then pieces it must bail on (rarer, so many soups stay inside it).
const READ = [
  '<p>',
  '</p>',
  '<p class="MsoNormal" style="margin:0pt; font-family:宋体">',
  '<div>',
  '</div>',
  '<span lang="EN-US" style=\'font-size:16.0pt\'>',
  '</span>',
  '<o:p></o:p>',
  '<b>',
  '</b >',
  '<br>',
  '</br>',
  '<br/>',
  '<br / >',
  '<table border=1 cellspacing=0>',
  '</table>',
  '<tbody>',
  '<tr>',
  '</tr>',
  '<td>',
  '</td>',
  '<th nowrap>',
  '<td colspan="2">',
  '<TD ROWSPAN=3>',
  '<td rowspan=2 colspan=0>',
  '<td colspan="x" rowspan>',
  '<td class="a" class="b">',
  '<li>',
  '<ul>',
  '</ul>',
  '<h3>',
  '</h3>',
  '<center>',
  '</center>',
  '<font face="宋体" size=3>',
  '</font>',
  '<a href="/x?a=1&b=2" target=_blank>',
  '<a ms-if="$index<4" title="a>b">',
  '</a>',
  '<img src="a.png" alt="图">',
  '<hr>',
  '<svg><path d="M0"/><text>图</text></svg>',
  '<select><option>选项</select>',
  '<noscript>无</noscript>',
  '<script>var a = "<td>x</td>"; if (a < b) {}</script>',
  '<script type="text/javascript">document.write(\'<a href="#">链</a>\')</script >',
  '<style>td{color:red}</style>',
  '<!-- <div class="TRS_Editor">旧</div> -->',
  '<!-- <a href="#">繁體</a> -->',
  '<!---->',
  '<?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" />',
  '<!DOCTYPE x>',
  '<title>内 &amp; 外</title>',
  '<dh-region-cut></dh-region-cut>',
  '&nbsp;',
  '&amp;',
  '&lt;b&gt;',
  '&quot;',
  '&#39;',
  '&#x4e00;',
  '&#20013;',
  '&ldquo;引&rdquo;',
  'A & B',
  '&&',
  '1 < 2',
  '<<',
  '行政许可',
  '3',
  '　',
  ' 12 ',
  '本年新收',
  '政府信息公开',
  '。',
  '\n',
  '\r\n\t',
  '（一）',
];
const BAILS = [
  '<![CDATA[ x ]]>',
  '<textarea><b>原文</b></textarea>',
  '<tmp>x</tmp>', // htmlparser2 reads it as xmp: raw text to `</xmp`
  '<xitle>x</xitle>', // and this as title
  '</ p>',
  '</>',
  '<p 中="1">',
  '<p\u00a0class="x">',
  '<p\vclass="x">',
  '<a title="<b>x</b>">',
  '<SCRIPT>x</SCRIPT>',
  '<script>a</script x>',
  '<p style="a>b">',
  '<a href=x/>',
  '&copy;',
  '&amp',
  '&#128;',
  '<!-- <p style="color:red"> -->',
  '<!-->',
  '<p =x>',
];

function soup(next: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    const bail = next() < 0.004;
    const from = bail ? BAILS : READ;
    s += from[Math.floor(next() * from.length)];
  }
  return s;
}

const head =
  '<html><head><title>某局2021年&ldquo;政府信息公开&rdquo;工作年度报告_网</title><meta name="PubDate" content="2022-01-20"></head><body>';

describe('byte tokenizer region path', () => {
  it('reads random markup around a report container as the decoded region path and the DOM path do, or bails', () => {
    const next = rngOf(20261207);
    const n = 800;
    let taken = 0;
    let regionOnly = 0;
    let windowed = 0;
    for (let i = 0; i < n; i++) {
      const inner = soup(next, 5 + Math.floor(next() * 150));
      const before = soup(next, Math.floor(next() * 12));
      const after = soup(next, Math.floor(next() * 12));
      const cls = next() < 0.2 ? 'CLASS="x article_content"' : 'class="article_content"';
      const html = `${head}${before}<div ${cls}>主动公开${inner}</div>${after}</body></html>`;
      const bytes = Buffer.from(html, 'utf8');
      let region: ReturnType<typeof extractRegion> | 'threw';
      try {
        region = extractRegion(html, 'UTF-8', 'soup.html');
      } catch {
        region = 'threw'; // over the nesting cap: the byte path must leave it to that path
      }
      const fast = extractRegionBytes(bytes, 'UTF-8');
      // The latin1 view made 300 bytes at a time (a page's is 120 KB): tokens meet window ends everywhere.
      const small = extractRegionBytes(bytes, 'UTF-8', 300);
      if (small) {
        windowed++;
        expect({ i, html, ex: small }).toEqual({ i, html, ex: fast });
      }
      if (fast) {
        taken++;
        expect({ i, html, ex: fast }).toEqual({ i, html, ex: region });
        expect({ i, html, ex: fast }).toEqual({ i, html, ex: extractHtml(html, 'UTF-8', 's.html', { scan: 'full' }) });
      } else if (region && region !== 'threw') regionOnly++;
    }
    // Proves something only where the byte path was taken: most soups that the region path reads (about half of
    // the soups close the container early or never; 307 of 800 are taken).
    expect(taken).toBeGreaterThan(n * 0.3);
    expect(regionOnly).toBeLessThan(taken / 2);
    expect(regionOnly).toBeGreaterThan(0); // the bail pieces did occur
    // Small windows refuse a token longer than a third of one; most soups have none.
    expect(windowed).toBeGreaterThan(taken * 0.6);
  });

  it('reads random whole pages without a container as extractWhole and the DOM path do, or bails', () => {
    const next = rngOf(20261208);
    const n = 400;
    let taken = 0;
    for (let i = 0; i < n; i++) {
      const body = soup(next, 5 + Math.floor(next() * 150));
      const html = next() < 0.5 ? `${head}主动公开${body}</body></html>` : `<p>发布日期：2022-03-04</p>主动公开${body}`;
      const bytes = Buffer.from(html, 'utf8');
      const fast = extractWholeBytes(bytes, 'UTF-8');
      const small = extractWholeBytes(bytes, 'UTF-8', 300);
      if (small) expect({ i, html, ex: small }).toEqual({ i, html, ex: fast });
      if (!fast) continue;
      taken++;
      expect({ i, html, ex: fast }).toEqual({ i, html, ex: extractWhole(html, 'UTF-8', 'w.html') });
      expect({ i, html, ex: fast }).toEqual({ i, html, ex: extractHtml(html, 'UTF-8', 'w.html', { scan: 'full' }) });
    }
    expect(taken).toBeGreaterThan(n * 0.3);
  });

  it('bails on each piece outside its subset, placed inside the container', () => {
    for (const piece of BAILS) {
      const html = `${head}<div class="article_content">主动公开<p>甲</p>${piece}<p>乙</p></div></body></html>`;
      expect({ piece, fast: extractRegionBytes(Buffer.from(html), 'UTF-8') }).toEqual({ piece, fast: null });
    }
  });

  it('reads the pieces of its subset, all in one container, as the region path does', () => {
    const html = `${head}<div class="article_content">主动公开${READ.join('')}</div></body></html>`;
    const fast = extractRegionBytes(Buffer.from(html), 'UTF-8');
    expect(fast).not.toBeNull();
    expect(fast).toEqual(extractRegion(html, 'UTF-8', 'all.html'));
  });

  it('refuses, rather than reads, a page nested past the cap (the usual path throws the typed error)', () => {
    const deep = '<div>'.repeat(1005) + '政府信息公开' + '</div>'.repeat(1005);
    const html = `${head}<div class="article_content">主动公开${deep}</div></body></html>`;
    expect(() => extractRegion(html, 'UTF-8', 'deep.html')).toThrow(/nested more than/);
    expect(extractRegionBytes(Buffer.from(html), 'UTF-8')).toBeNull();
  });

  it('caps a whole page nesting without the mark, as extractWhole does (1,000 open elements are allowed)', () => {
    const html = '<div>'.repeat(1000) + '政府信息公开'; // never closed: the mark would be the 1,001st level
    const ex = extractWhole(html, 'UTF-8', 'deep.html');
    expect(ex).not.toBeNull();
    expect(extractWholeBytes(Buffer.from(html), 'UTF-8')).toEqual(ex);
    expect(extractWholeBytes(Buffer.from('<div>' + html), 'UTF-8')).toBeNull();
    expect(() => extractWhole('<div>' + html, 'UTF-8', 'deep.html')).toThrow(/nested more than/);
  });

  it('is taken only for plain UTF-8 that the decoding checks pass: else the same report or error as before', () => {
    const page = `${head}<div class="article_content">主动公开<p>本机关主动公开政府信息。</p></div></body></html>`;
    const utf8 = Buffer.from(page);
    const variants: [string, Buffer][] = [
      ['plain', utf8],
      ['BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8])],
      ['NUL', Buffer.from(page.replace('主动公开<p>', '主动公开\u0000<p>'))],
      ['control chars', Buffer.from(page.replace('<body>', '<body>' + '\u0001'.repeat(300)))],
      ['U+FFFD', Buffer.from(page.replace('<body>', '<body>\ufffd'))],
      ['not UTF-8', Buffer.concat([utf8, Buffer.from([0xc4, 0xe3])])],
    ];
    const run = (bytes: Buffer, htmlScan?: 'full') => {
      try {
        return JSON.stringify(parseTextOrHtml({ bytes, fileName: 'v.html', htmlScan }));
      } catch (e) {
        return `error: ${(e as Error).message}`;
      }
    };
    for (const [name, bytes] of variants) expect({ name, got: run(bytes) }).toEqual({ name, got: run(bytes, 'full') });
    expect(extractRegionBytes(utf8, 'UTF-8')).not.toBeNull();
  });
});
