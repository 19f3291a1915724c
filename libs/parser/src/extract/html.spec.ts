import { ReportReadError } from '../errors';
import { parseTextOrHtml } from '../parse-report';
import { extractHtml, markupDepth, MAX_HTML_NESTING } from './html';

const nested = (n: number, tag = 'div') => `<html><body><p>政府信息公开</p>${`<${tag}>`.repeat(n)}x${`</${tag}>`.repeat(n)}</body></html>`;

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
    expect(() => extractHtml(html, 'utf-8', 'deep.html')).toThrow(new ReportReadError('deep.html', 'unsupported',
      `HTML nested more than ${MAX_HTML_NESTING} elements deep; not a report page`));
    expect(() => parseTextOrHtml({ bytes: Buffer.from(html), fileName: 'deep.html' })).toThrow(ReportReadError);
    expect(Date.now() - t).toBeLessThan(5000);
  });
});

describe('NUL characters', () => {
  it('are dropped from text and HTML before anything is read out of them', () => {
    const html = parseTextOrHtml({ bytes: Buffer.from('<html><body><p>某某市应急\u0000管理局2021年政府信息公开工作年度报告</p></body></html>'), fileName: 'a.html' });
    expect(html.sourceText).toContain('某某市应急管理局2021年');
    expect(html.sourceText).not.toContain('\u0000');
    const text = parseTextOrHtml({ bytes: Buffer.from('某某市应急\u0000管理局2021年政府信息公开工作年度报告\n'), fileName: 'a.txt' });
    expect(text.sourceText).toBe('某某市应急管理局2021年政府信息公开工作年度报告\n');
  });
});
