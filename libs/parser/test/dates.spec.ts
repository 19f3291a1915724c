// Two dates, read off the files: the page's 发布时间 (publication, what the deadlines measure) and the 落款 date
// under the closing signature. Neither stands in for the other.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTextOrHtml } from '../src';
import { parseSample, SAMPLES } from './golden-helpers';

describe('publication and signature dates', () => {
  it('junshan 2022: crawler header 发布时间: 2023-01-09 10:07 and the signature 君山片区管理局 / 2023年1月9日', () => {
    expect(parseSample('reports/2022_pingtan_junshan_pianqu_guanliju.txt')).toMatchObject({
      publishedOn: '2023-01-09',
      signedOn: '2023-01-09',
    });
  });

  it('the same page posted later than signed keeps both dates apart (posting date moved to 2023-02-14)', () => {
    const text = readFileSync(join(SAMPLES, 'reports/2022_pingtan_junshan_pianqu_guanliju.txt'), 'utf8')
      .replace('发布时间: 2023-01-09 10:07', '发布时间: 2023-02-14 10:07')
      .replace('时间：2023-01-09 10:07', '时间：2023-02-14 10:07');
    const r = parseTextOrHtml({ bytes: Buffer.from(text), fileName: 'junshan-posted-later.txt' });
    expect(r).toMatchObject({ publishedOn: '2023-02-14', signedOn: '2023-01-09' });
  });

  it('seed 000, a text copy with only a signature (鞍山市应急管理局 / 2021年1月25日): no publication date', () => {
    expect(parseSample('seeds/000_ccd59bc5fe42f9c9.txt')).toMatchObject({ publishedOn: null, signedOn: '2021-01-25' });
  });

  it('pingtan 2019 (text and HTML): page date 2020-01-20, no signature date printed', () => {
    expect(parseSample('reports/2019_pingtan_zonghe_shiyanqu.txt')).toMatchObject({
      publishedOn: '2020-01-20',
      signedOn: null,
    });
    expect(parseSample('reports/2019_pingtan_zonghe_shiyanqu.html')).toMatchObject({
      publishedOn: '2020-01-20',
      signedOn: null,
    });
  });

  it('Shanghai 2019 HTML: 发布日期 2020-01-31 on the page, no signature date', () => {
    expect(parseSample('reports/2019_shanghai_shi_renmin_zhengfu_bangongting.html')).toMatchObject({
      publishedOn: '2020-01-31',
      signedOn: null,
    });
  });
});
