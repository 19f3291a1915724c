import { Rng } from '@dh/synth';
import { extractHtml, extractRegion, extractWhole, extractWholeBytes } from './html';

// The synthetic corpus's seeded PRNG (mulberry32), as a function.
const rngOf = (seed: number): (() => number) => {
  const r = new Rng(seed);
  return () => r.next();
};

// The streaming region path (html-stream.ts, html-walk.ts) must read exactly what the DOM path reads. The sample
// pages are held to that in html-region.spec.ts; here random markup soups built from what breaks tree builders
// (implied and stray end tags, rows nested in cells, nested tables, spans, raw text, comments, svg self-closing
// tags, entities, upper case) are read both ways around a report container.

const PIECES = [
  '<p>',
  '</p>',
  '<div>',
  '</div>',
  '<span lang="EN-US">',
  '</span>',
  '<o:p></o:p>',
  '<b>',
  '</b>',
  '<br>',
  '</br>',
  '<br/>',
  '<table>',
  '</table>',
  '<tbody>',
  '</tbody>',
  '<tr>',
  '</tr>',
  '<td>',
  '</td>',
  '<th>',
  '<td colspan="2">',
  '<td rowspan="3">',
  '<td rowspan=2 colspan=0>',
  '<td colspan="x">',
  '</td></tr>',
  '<TD>',
  '<TR>',
  '<li>',
  '<ul>',
  '</ul>',
  '<h3>',
  '</h3>',
  '<script>var a = "<td>x</td>";</script>',
  '<style>td{}</style>',
  '<!-- <div class="TRS_Editor"> -->',
  '<noscript>无</noscript>',
  '<select><option>选项</select>',
  '<svg><path/><text>图</text></svg>',
  '<font face="宋体">',
  '</font>',
  '<center>',
  '</center>',
  '<textarea><b>原文</b></textarea>',
  '<![CDATA[ x ]]>',
  '<hr>',
  '<img src="a.png">',
  '<a href="#">',
  '</a>',
  '行政许可',
  '3',
  '　',
  '&nbsp;',
  '&amp;',
  '&#x4e00;',
  ' 12 ',
  '本年新收',
  '政府信息公开',
  '。',
  '\n',
  '（一）',
  '<p style="x">',
];

function soup(next: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

const head =
  '<html><head><title>某局2021年政府信息公开工作年度报告_网</title><meta name="PubDate" content="2022-01-20"></head><body>';

describe('streaming HTML region pass', () => {
  it('reads random markup inside a report container as the whole-page DOM path does', () => {
    const next = rngOf(20261207);
    let short = 0;
    const n = 600;
    for (let i = 0; i < n; i++) {
      const inner = soup(next, 5 + Math.floor(next() * 120));
      const before = soup(next, Math.floor(next() * 8));
      const after = soup(next, Math.floor(next() * 8));
      const html = `${head}${before}<div class="article_content">主动公开${inner}</div>${after}</body></html>`;
      const full = extractHtml(html, 'utf-8', 'soup.html', { scan: 'full' });
      expect({ i, html, ex: extractHtml(html, 'utf-8', 'soup.html') }).toEqual({ i, html, ex: full });
      if (extractRegion(html, 'utf-8', 'soup.html')) short++;
    }
    // The comparison only proves something for pages that took the streaming path: most must.
    expect(short).toBeGreaterThan(n / 3);
  });

  it('reads random whole pages without a container (with or without <body>) as the DOM path does', () => {
    const next = rngOf(18);
    let streamed = 0;
    let fromBytes = 0;
    const n = 600;
    for (let i = 0; i < n; i++) {
      const inner = soup(next, 5 + Math.floor(next() * 120));
      const shape = Math.floor(next() * 3);
      const html =
        shape === 0
          ? `${head}${inner}</body></html>`
          : shape === 1
            ? `<p>发布日期：2022-03-04</p>${inner}`
            : `${head}${inner}`;
      const full = extractHtml(html, 'utf-8', 'page.html', { scan: 'full' });
      expect({ i, html, ex: extractHtml(html, 'utf-8', 'page.html') }).toEqual({ i, html, ex: full });
      if (!extractRegion(html, 'utf-8', 'page.html') && extractWhole(html, 'utf-8', 'page.html')) streamed++;
      // From the bytes (html-tokenizer.ts), where its subset holds: the same, with 120 KB or 300-byte windows.
      for (const window of [undefined, 300]) {
        const ex = extractWholeBytes(Buffer.from(html), 'utf-8', window);
        if (!ex) continue;
        fromBytes++;
        expect({ i, window, html, ex }).toEqual({ i, window, html, ex: full });
      }
    }
    expect(streamed).toBeGreaterThan(n / 2);
    expect(fromBytes).toBeGreaterThan(n / 4);
  });

  it('sends a page that ends inside a tag, comment or raw text to the DOM path', () => {
    for (const end of [
      '<a title="x></div>',
      '<!-- 注释',
      '<script>var a = 1;',
      '<div class="article_content" ',
      '<title>标题',
    ]) {
      const html = `${head}<p>政府信息公开</p>${end}`;
      expect(extractWhole(html, 'utf-8', 'end.html')).toBeNull();
      expect(extractWholeBytes(Buffer.from(html), 'utf-8')).toBeNull();
      expect(extractHtml(html, 'utf-8', 'end.html')).toEqual(extractHtml(html, 'utf-8', 'end.html', { scan: 'full' }));
    }
  });

  it('reads tables with spans, nested rows and nested tables as the DOM path does', () => {
    const cases = [
      '<table><tr><td rowspan="2">甲</td><td>1</td></tr><tr><td>2</td></tr><tr><td colspan="2">合计</td></tr></table>',
      '<table><tr><td><span><tr><td>内</td></tr></span>外</td><td>x</td></tr></table>',
      '<table><tr><td><table><tr><td>嵌</td></tr></table>套</td></tr><tr><th>头</th></tr></table>',
      '<table><tr><td>a<td>b<tr><td>c</table><p>后</p>',
      '<table><caption>表一</caption><tr><font><td>不是直接子元素</td></font><td>是</td></tr></table>',
      '<div><table><tr><td>1</td></tr></div><p>表未闭合</p></td></tr></table>',
    ];
    for (const t of cases) {
      const html = `${head}<div class="article_content">政府信息公开${t}</div></body></html>`;
      expect(extractRegion(html, 'utf-8', 't.html')).toEqual(extractHtml(html, 'utf-8', 't.html', { scan: 'full' }));
    }
  });
});
