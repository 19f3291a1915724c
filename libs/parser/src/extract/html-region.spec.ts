import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { synthCorpus } from '@dh/synth';
import { parseTextOrHtml } from '../parse-report';
import { extractHtml, extractRegion, extractRegionBytes, extractWhole, extractWholeBytes } from './html';

// The region scan and the streaming passes must change nothing but speed: every HTML sample parses to the same JSON
// as the whole-page DOM path (`htmlScan: 'full'`).
const SAMPLES = join(__dirname, '../../../../data/samples/reports');
const CORPUS = join(__dirname, '../../../../../shared/corpus/reports');
const htmlIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.html?$/.test(f))
    .map((f) => ({ name: f, bytes: readFileSync(join(dir, f)) }));

const bothWays = (bytes: Uint8Array, fileName: string) => [
  JSON.stringify(parseTextOrHtml({ bytes, fileName, htmlScan: 'full' })),
  JSON.stringify(parseTextOrHtml({ bytes, fileName })),
];

describe('HTML region scan', () => {
  const samples = htmlIn(SAMPLES);

  it('parses every sample page to the same JSON as the whole-page path', () => {
    expect(samples.length).toBeGreaterThanOrEqual(6);
    for (const s of samples) {
      const [full, region] = bothWays(s.bytes, s.name);
      expect({ name: s.name, json: region }).toEqual({ name: s.name, json: full });
    }
  });

  it('takes the short path on the CMS pages (the speed claim rests on it) and not on a page without a container', () => {
    const taken = samples.filter((s) => extractRegion(s.bytes.toString('utf8'), 'UTF-8', s.name)).map((s) => s.name);
    expect(taken).toEqual(samples.filter((s) => s.name.includes('pingtan')).map((s) => s.name));
    expect(taken.length).toBe(5);
    // The five are read from their bytes, undecoded (html-tokenizer.ts): the JSON compared above came that way.
    expect(samples.filter((s) => extractRegionBytes(s.bytes, 'UTF-8')).map((s) => s.name)).toEqual(taken);
    // Read with the latin1 view made 4 KB at a time instead of 120 KB, each page crosses dozens of window ends.
    for (const s of samples.filter((x) => taken.includes(x.name))) {
      const small = extractRegionBytes(s.bytes, 'UTF-8', 4096);
      expect({ name: s.name, small }).toEqual({ name: s.name, small: extractRegionBytes(s.bytes, 'UTF-8') });
    }
    // The others are read whole in one streaming pass; the DOM is only the reference here.
    const rest = samples.filter((s) => !taken.includes(s.name));
    // ... from their bytes too, and alike with small windows (the JSON compared above came that way).
    for (const s of rest) {
      const whole = extractWhole(s.bytes.toString('utf8'), 'UTF-8', s.name);
      expect({ name: s.name, ex: extractWholeBytes(s.bytes, 'UTF-8') }).toEqual({ name: s.name, ex: whole });
      expect({ name: s.name, ex: extractWholeBytes(s.bytes, 'UTF-8', 4096) }).toEqual({ name: s.name, ex: whole });
    }
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.filter((s) => extractWhole(s.bytes.toString('utf8'), 'UTF-8', s.name)).map((s) => s.name)).toEqual(
      rest.map((s) => s.name),
    );
  });

  if (!existsSync(CORPUS)) console.log('SKIP: ../shared/corpus/reports not present');
  const onCorpus = existsSync(CORPUS) ? describe : describe.skip;
  onCorpus('on ../shared/corpus/reports', () => {
    it('parses every corpus page the same both ways', () => {
      let fromBytes = 0;
      for (const s of htmlIn(CORPUS)) {
        const [full, region] = bothWays(s.bytes, s.name);
        expect({ name: s.name, json: region }).toEqual({ name: s.name, json: full });
        if (extractRegionBytes(s.bytes, 'UTF-8')) fromBytes++;
      }
      expect(fromBytes).toBeGreaterThan(0);
    });
  });

  it('parses synthetic pages (GBK ones among them) the same both ways', () => {
    let n = 0;
    for (const r of synthCorpus({ agencies: 12, years: [2019, 2024], seed: 18, forms: ['html'] })) {
      const [full, region] = bothWays(r.bytes, r.fileName);
      expect({ name: r.fileName, json: region }).toEqual({ name: r.fileName, json: full });
      n++;
    }
    expect(n).toBeGreaterThan(20);
  });

  // Pages built to mislead the scan: each must either be read the same or be sent to the whole-page path.
  const report =
    '<p>一、总体情况</p><p>本机关主动公开政府信息。</p><table><tr><td>行政许可</td><td>3</td></tr></table>';
  const head =
    '<html><head><title>某局2021年政府信息公开工作年度报告_网站</title><meta name="PubDate" content="2022-01-20 10:00"></head><body>';
  const cases: [string, string, boolean][] = [
    [
      'a plain page',
      `${head}<div class="nav">首页</div><div class="article_content">${report}</div><div class="footer">版权</div></body></html>`,
      true,
    ],
    [
      'a preferred container later in the page',
      `${head}<div class="article_content">${report}</div><div class="TRS_Editor">政府信息公开 另一段</div></body></html>`,
      true,
    ],
    [
      'a preferred container after the cut, named only in text',
      `${head}<div class="article_content">${report}</div><p>TRS_Editor</p></body></html>`,
      false,
    ],
    [
      'the container commented out first',
      `${head}<!-- <div class="article_content">旧</div> --><div class="article_content">${report}</div></body></html>`,
      true,
    ],
    [
      'the class named in a stylesheet first',
      `${head}<style>.article_content{color:red}</style><div class="article_content">${report}</div></body></html>`,
      true,
    ],
    [
      'a container never closed',
      `${head}<div class="article_content">${report}<div class="footer">版权</div></body></html>`,
      false,
    ],
    [
      'an end tag inside an attribute (read as part of its tag)',
      `${head}<div class="article_content"><a title="</div>">政府信息公开</a>${report}</div></body></html>`,
      true,
    ],
    [
      'an end tag after a `>` inside an attribute (the cut falls inside the tag)',
      `${head}<div class="article_content"><a title="x></div>">政府信息公开</a>${report}</div></body></html>`,
      false,
    ],
    [
      'a container without the report words',
      `${head}<div class="article_content">通知</div><div id="zoom">${report}</div></body></html>`,
      false,
    ],
    [
      'the date only in the page text',
      `<html><head><title>某局年报</title></head><body><div class="article_content">${report}</div><span>发布日期：2022-02-03</span></body></html>`,
      false,
    ],
    [
      'a meta tag after the cut',
      `<html><head><title>某局年报</title></head><body><div class="article_content">${report}</div><meta name="PubDate" content="2022-02-03"></body></html>`,
      false,
    ],
    [
      'an ancestor cell closed inside (parsed with its ancestors, so alike)',
      `${head}<table><tr><td><div class="article_content">${report}</td></tr></table>尾</div></body></html>`,
      true,
    ],
    [
      'uppercase tags and a class among others',
      `${head}<DIV CLASS="x article_content y">${report}</DIV></BODY></HTML>`,
      true,
    ],
    [
      'uppercase meta names (the page text is needed)',
      `${head.toUpperCase()}<div class="article_content">${report}</div></body></html>`,
      false,
    ],
  ];
  it.each(cases)('%s: same result both ways, short path only when sure', (_name, html, short) => {
    const full = extractHtml(html, 'utf-8', 'case.html', { scan: 'full' });
    expect(extractHtml(html, 'utf-8', 'case.html')).toEqual(full);
    expect(extractRegion(html, 'utf-8', 'case.html') !== null).toBe(short);
    // From the bytes: the same, or refused (never taken where the region path refuses).
    const fast = extractRegionBytes(Buffer.from(html), 'utf-8');
    if (fast) expect(fast).toEqual(full);
    else if (short) expect(html).toContain('"</div>"'); // a `</` in a value: outside the byte path's subset
    expect(fast === null || short).toBe(true);
  });
});
