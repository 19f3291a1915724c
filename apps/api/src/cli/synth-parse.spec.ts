// The synthetic reports must read back exactly through our parser: every value, name, year, template and date.
import { parseReport } from '@dh/parser';
import { synthCorpus } from '@dh/synth';

describe('synthetic reports through the parser', () => {
  it('reads back every printed value, including GBK files, typos and broken sums', async () => {
    const corpus = [...synthCorpus({ agencies: 6, years: [2019, 2025], seed: 11, faultRate: { gbk: 0.3, label_typo: 0.3, broken_sum: 0.3 } })];
    expect(new Set(corpus.flatMap((r) => r.faults))).toEqual(new Set(['gbk', 'label_typo', 'broken_sum', 'late_publication']));
    for (const r of corpus) {
      const p = await parseReport({ bytes: r.bytes, fileName: r.fileName });
      expect([r.fileName, p.agencyName, p.year, p.template, p.publishedOn]).toEqual([r.fileName, r.agency.name, r.year, r.template, r.publishedOn]);
      const got = new Map(p.cells.map((c) => [c.key, c.value]));
      for (const [key, v] of r.values) expect([r.fileName, key, got.get(key)]).toEqual([r.fileName, key, v.value]);
      if (r.brokenKey) expect(p.findings.some((f) => f.severity !== 'info' && f.keys?.includes(r.brokenKey!))).toBe(true);
    }
  }, 60_000);
});
