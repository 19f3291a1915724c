// A government's compiled report against the sum of its bodies, computed here from the corpus' reports and the
// roster only (not from the generator's running sums).
import { expectedIn, LOCAL_KINDS, metricsOfTemplate, T3_COLUMNS, type RosterRow } from '@dh/domain';
import { synthCorpus, synthRoster, type SynthReport } from './index';

const ORG = T3_COLUMNS.filter((c) => c.id !== 'total').map((c) => c.id);
const YEARS: [number, number] = [2019, 2025];

// A broken_sum fault changes one printed total; its true value follows from the template arithmetic.
function trueValue(r: SynthReport, key: string): number {
  const v = (k: string): number => r.values.get(k)!.value;
  if (key !== r.brokenKey) return v(key);
  if (key === 't3.new.total' || key === 't3.result_total.total')
    return ORG.reduce((s, c) => s + v(`${key.slice(0, -6)}.${c}`), 0);
  if (key === 't3.result_total.natural')
    return v('t3.new.natural') + v('t3.carried_in.natural') - v('t3.carried_out.natural');
  if (key === 't4.reconsideration.total')
    return ['upheld', 'corrected', 'other', 'pending'].reduce((s, c) => s + v(`t4.reconsideration.${c}`), 0);
  throw new Error(`${r.fileName}: no arithmetic to recover broken ${key}`);
}

interface Check {
  compiled: number;
  cells: number;
  missingChildren: number;
  countyChildren: number;
  townshipChildren: number;
}

function checkCompiled(agencies: number, seed: number): Check {
  const corpus = [...synthCorpus({ agencies, years: YEARS, seed, missingRate: 0.1, faultRate: { broken_sum: 0.3 } })];
  const roster = synthRoster({ agencies, years: YEARS });
  const report = new Map(corpus.map((r) => [`${r.agency.name}|${r.year}`, r]));
  const out: Check = { compiled: 0, cells: 0, missingChildren: 0, countyChildren: 0, townshipChildren: 0 };
  for (const r of corpus.filter((x) => x.agency.kind === 'government_compiled')) {
    expect([r.fileName, r.brokenKey, r.faults.filter((f) => f === 'broken_sum' || f === 'label_typo')]).toEqual([
      r.fileName,
      undefined,
      [],
    ]);
    const rows: RosterRow[] = roster.filter(
      (b) =>
        b.parent === r.agency.name &&
        expectedIn(b, r.year) &&
        (LOCAL_KINDS.includes(b.kind) || b.kind === 'government_compiled'),
    );
    const children = rows
      .map((b) => report.get(`${b.name}|${r.year}`))
      .filter((c): c is SynthReport => c !== undefined);
    out.missingChildren += rows.length - children.length;
    out.countyChildren += children.filter((c) => c.agency.kind === 'government_compiled').length;
    out.townshipChildren += children.filter((c) => c.agency.kind === 'township').length;
    const keys = metricsOfTemplate(r.template).map((m) => m.key);
    expect([...r.values.keys()].sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const sum = children.reduce((s, c) => s + trueValue(c, key), 0);
      // Amounts (万元) have two decimals: compare in cents.
      expect([r.fileName, key, Math.round(r.values.get(key)!.value * 100)]).toEqual([
        r.fileName,
        key,
        Math.round(sum * 100),
      ]);
      out.cells++;
    }
    // Each compiled report comes after every report it sums.
    const at = corpus.indexOf(r);
    for (const c of children) expect(corpus.indexOf(c)).toBeLessThan(at);
    out.compiled++;
  }
  return out;
}

describe('compiled government reports (逐级汇总)', () => {
  it('equal, cell by cell, the sum of their bodies that report that year, in the 30-body demo city', () => {
    const c = checkCompiled(30, 7);
    expect(c.compiled).toBeGreaterThanOrEqual(12);
    expect(c.cells).toBeGreaterThan(2000);
    expect(c.missingChildren).toBeGreaterThan(0);
    expect(c.countyChildren).toBeGreaterThan(0);
    expect(c.townshipChildren).toBeGreaterThan(0);
  });

  it('equal the sum of their bodies in a 200-body city with several counties', () => {
    const c = checkCompiled(200, 8);
    expect(c.compiled).toBeGreaterThanOrEqual(35);
    expect(c.countyChildren).toBeGreaterThanOrEqual(4 * 7 * 0.8);
  });

  it('leave the vertical body out of every sum, though it reports like the others', () => {
    const corpus = [
      ...synthCorpus({ agencies: 30, years: YEARS, seed: 5, missingRate: 0, faultRate: { broken_sum: 0 } }),
    ];
    const tax = corpus.filter((r) => r.agency.name === '国家税务总局合成市税务局');
    expect(tax).toHaveLength(7);
    expect(tax.every((r) => r.agency.kind === 'vertical' && r.agency.parent === null)).toBe(true);
    const city = corpus.filter((r) => r.agency.name === '合成市人民政府');
    const members = corpus.filter((r) => r.agency.parent === '合成市人民政府');
    for (const g of city) {
      const sum = members.filter((m) => m.year === g.year).reduce((s, m) => s + m.values.get('t3.new.total')!.value, 0);
      const taxNew = tax.find((t) => t.year === g.year)!.values.get('t3.new.total')!.value;
      expect(g.values.get('t3.new.total')!.value).toBe(sum);
      if (taxNew > 0) expect(g.values.get('t3.new.total')!.value).not.toBe(sum + taxNew);
    }
  });

  it('publish by their own deadline: county 2月20日, city 3月10日, later only when late on purpose', () => {
    const corpus = [...synthCorpus({ agencies: 60, years: YEARS, seed: 13, faultRate: { late_publication: 0.3 } })];
    const compiled = corpus.filter((r) => r.agency.kind === 'government_compiled');
    for (const r of compiled) {
      const due = `${r.year + 1}-${r.agency.level === 'city' ? '03-10' : '02-20'}`;
      expect([r.fileName, r.publishedOn <= due]).toEqual([r.fileName, !r.faults.includes('late_publication')]);
    }
    expect(compiled.some((r) => r.faults.includes('late_publication'))).toBe(true);
    expect(compiled.some((r) => r.publishedOn > `${r.year + 1}-01-31` && !r.faults.includes('late_publication'))).toBe(
      true,
    );
    for (const r of corpus.filter((x) => x.agency.kind !== 'government_compiled')) {
      expect([r.fileName, r.publishedOn <= `${r.year + 1}-01-31`]).toEqual([
        r.fileName,
        !r.faults.includes('late_publication'),
      ]);
    }
  });
});

describe('the body merged in 2021', () => {
  const corpus = [
    ...synthCorpus({ agencies: 30, years: YEARS, seed: 17, missingRate: 0, faultRate: { broken_sum: 0 } }),
  ];
  const of = (name: string, year: number): SynthReport =>
    corpus.find((r) => r.agency.name === name && r.year === year)!;

  it('reports 2019–2021 and nothing after its last year', () => {
    expect(corpus.filter((r) => r.agency.name === '合成市林业局').map((r) => r.year)).toEqual([2019, 2020, 2021]);
  });

  it('hands its pending applications and documents in force to its successor', () => {
    const succ = '合成市自然资源和规划局',
      old = '合成市林业局';
    const v = (r: SynthReport, k: string): number => r.values.get(k)!.value;
    expect(v(of(succ, 2022), 't3.carried_in.total')).toBe(
      v(of(succ, 2021), 't3.carried_out.total') + v(of(old, 2021), 't3.carried_out.total'),
    );
    const inForce = v(of(succ, 2021), 't2.normative.in_force') + v(of(old, 2021), 't2.normative.in_force');
    expect(v(of(succ, 2022), 't2.normative.in_force')).toBe(
      inForce + v(of(succ, 2022), 't2.normative.issued') - v(of(succ, 2022), 't2.normative.repealed'),
    );
  });
});
