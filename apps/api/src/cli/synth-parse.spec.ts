// The synthetic reports must read back exactly through our parser: every value, name, year, template and date.
import { parseReport } from '@dh/parser';
import { synthCorpus } from '@dh/synth';

describe('synthetic reports through the parser', () => {
  it('reads back every printed value, including GBK files, typos and broken sums', async () => {
    const corpus = [
      ...synthCorpus({
        agencies: 6,
        years: [2019, 2025],
        seed: 11,
        faultRate: { gbk: 0.3, label_typo: 0.3, broken_sum: 0.3 },
      }),
    ];
    expect(new Set(corpus.flatMap((r) => r.faults))).toEqual(
      new Set(['gbk', 'label_typo', 'broken_sum', 'late_publication']),
    );
    for (const r of corpus) {
      const p = await parseReport({ bytes: r.bytes, fileName: r.fileName });
      expect([r.fileName, p.agencyName, p.year, p.template, p.publishedOn]).toEqual([
        r.fileName,
        r.agency.name,
        r.year,
        r.template,
        r.publishedOn,
      ]);
      const got = new Map(p.cells.map((c) => [c.key, c.value]));
      for (const [key, v] of r.values) expect([r.fileName, key, got.get(key)]).toEqual([r.fileName, key, v.value]);
      if (r.brokenKey)
        expect(p.findings.some((f) => f.severity !== 'info' && f.keys?.includes(r.brokenKey!))).toBe(true);
    }
  }, 60_000);

  it('reads back the compiled, vertical, merged and township reports of the demo city by their own names', async () => {
    const kinds = new Set(['government_compiled', 'vertical', 'township']);
    const corpus = [...synthCorpus({ agencies: 30, years: [2020, 2022], seed: 12, faultRate: { gbk: 0.3 } })].filter(
      (r) => kinds.has(r.agency.kind) || r.agency.name === '合成市林业局',
    );
    expect(new Set(corpus.map((r) => r.agency.kind))).toEqual(new Set([...kinds, 'department']));
    for (const r of corpus) {
      const p = await parseReport({ bytes: r.bytes, fileName: r.fileName });
      expect([r.fileName, p.agencyName, p.year, p.template, p.publishedOn]).toEqual([
        r.fileName,
        r.agency.name,
        r.year,
        r.template,
        r.publishedOn,
      ]);
      const got = new Map(p.cells.map((c) => [c.key, c.value]));
      for (const [key, v] of r.values) expect([r.fileName, key, got.get(key)]).toEqual([r.fileName, key, v.value]);
      // A compiled report is a sum of consistent reports: the template arithmetic holds in it too.
      if (r.agency.kind === 'government_compiled')
        expect([r.fileName, p.findings.filter((f) => f.severity === 'error')]).toEqual([r.fileName, []]);
    }
  }, 60_000);
});
