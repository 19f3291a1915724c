// 内容雷同 on real reports: the MinHash of 第一/第五部分 (libs/domain similarity.ts) must call a report copied with only
// its year changed a copy, and two different bodies' reports different.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { minhash, sharedPassages, similarity, type ParsedReport } from '@dh/domain';
import { parseTextOrHtml } from '../src';
import { SAMPLES, parseSample } from './golden-helpers';

const ownWords = (r: ParsedReport) =>
  r.sections
    .filter((s) => s.no === 1 || s.no === 5)
    .map((s) => s.text)
    .join('\n');

describe('内容雷同 (MinHash of sections 一 and 五)', () => {
  const pingtan = parseSample('reports/2021_pingtan_zonghe_shiyanqu.txt');

  it('reads enough of the real report to judge', () => {
    expect(ownWords(pingtan).length).toBeGreaterThan(300);
    expect(minhash(ownWords(pingtan))).toHaveLength(64);
  });

  it('the same report with its year changed (2021 → 2022, 2022 → 2023) is a copy', () => {
    const text = readFileSync(join(SAMPLES, 'reports/2021_pingtan_zonghe_shiyanqu.txt'), 'utf8')
      .replace(/2022/g, '2023')
      .replace(/2021/g, '2022');
    const copy = parseTextOrHtml({ bytes: Buffer.from(text), fileName: 'copy.txt' });
    expect(copy.year).toBe(2022);
    const s = similarity(minhash(ownWords(pingtan))!, minhash(ownWords(copy))!);
    expect(s).toBe(1);
    expect(sharedPassages(ownWords(copy), ownWords(pingtan)).length).toBeGreaterThan(3);
  });

  it("a different body's report is not", () => {
    const other = parseSample('reports/2019_shanghai_shi_renmin_zhengfu_bangongting.html');
    expect(ownWords(other).length).toBeGreaterThan(300);
    const s = similarity(minhash(ownWords(pingtan))!, minhash(ownWords(other))!);
    expect(s).toBeLessThan(0.2);
  });

  it('returns no signature for text too short to judge', () => {
    expect(minhash('一、总体情况')).toBeNull();
  });
});
