// Issue #12, "one wrong 总计 gave several findings": the demo city that `npm start` loads (DemoDataService: 30 bodies,
// 2019–2025, DEMO_SYNTH_SEED) prints some reports with one total broken on purpose (the generator's broken_sum fault,
// its key in brokenKey). Each such report raises up to three findings about that one cell (its column, its row and
// table 三's identity); the ranking must count one fault for it. Reports without a broken total must raise none.
import { parseTextOrHtml } from '@dh/parser';
import { synthCorpus, type SynthReport } from '@dh/synth';
import { DEMO_SYNTH_SEED } from '../ingest/demo-data.service';
import { SUBSTANTIVE_CODES } from '../scoring-profile/indicators';
import { rootCauses } from './ranking.indicators';

const demo = [...synthCorpus({ agencies: 30, years: [2019, 2025], seed: DEMO_SYNTH_SEED })];
const faultsOf = (r: SynthReport) =>
  parseTextOrHtml({ bytes: Buffer.from(r.bytes), fileName: r.fileName }).findings.filter((f) =>
    SUBSTANTIVE_CODES.includes(f.code),
  );
const broken = demo.filter((r) => r.brokenKey).map((r) => ({ r, faults: faultsOf(r) }));

describe("the demo city's broken totals: one fault each, however many findings", () => {
  it('the demo has reports where one broken total raises several findings (the case the issue saw)', () => {
    expect(broken.length).toBeGreaterThan(0);
    expect(broken.filter((b) => b.faults.length > 1).length).toBeGreaterThan(0);
  });

  it.each(broken.map((b) => [b.r.fileName, b.r.brokenKey, b]))(
    '%s (%s broken): every finding names that cell and they are one root cause',
    (_name, key, b) => {
      const { faults } = b as (typeof broken)[number];
      expect(faults.length).toBeGreaterThan(0);
      expect(faults.every((f) => f.keys?.includes(key as string))).toBe(true);
      expect(rootCauses(faults.map((f) => f.keys ?? null))).toBe(1);
    },
  );

  it('reports printed without a broken total raise no arithmetic or text finding', () => {
    const clean = demo.filter((r) => !r.brokenKey);
    expect(clean.flatMap((r) => faultsOf(r).map((f) => `${r.fileName}: ${f.code}`))).toEqual([]);
  });
});
