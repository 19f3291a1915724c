import { defaultDeadline, minhash, similarity, T3_COLUMNS, T3_ROWS } from '@dh/domain';
import * as iconv from 'iconv-lite';
import { SYNTH_MARK, synthAgencies, synthCorpus, type SynthReport } from './index';

const corpus = (seed: number, over = {}): SynthReport[] => [
  ...synthCorpus({ agencies: 30, years: [2019, 2025], seed, ...over }),
];
const text = (r: SynthReport): string =>
  r.encoding === 'gbk' ? iconv.decode(Buffer.from(r.bytes), 'gbk') : Buffer.from(r.bytes).toString('utf8');
const val = (r: SynthReport, k: string): number => r.values.get(k)!.value;
const due = (r: SynthReport): string => defaultDeadline(r.agency.kind, r.agency.level, r.year) ?? `${r.year + 1}-01-31`;

describe('synthCorpus', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = corpus(42),
      b = corpus(42),
      c = corpus(43);
    expect(a.map((r) => r.fileName)).toEqual(b.map((r) => r.fileName));
    expect(a.map((r) => Buffer.from(r.bytes).toString('base64'))).toEqual(
      b.map((r) => Buffer.from(r.bytes).toString('base64')),
    );
    expect(a.map((r) => Buffer.from(r.bytes).toString('base64'))).not.toEqual(
      c.map((r) => Buffer.from(r.bytes).toString('base64')),
    );
  });

  it('uses the 2019 template for 2019–2020 and the 2021 template after', () => {
    for (const r of corpus(1)) {
      expect(r.template).toBe(r.year <= 2020 ? '2019' : '2021');
      expect(text(r)).toContain(r.template === '2021' ? '本年制发件数' : '本年新制作数量');
    }
  });

  it('marks every file as synthetic, in both forms and both encodings', () => {
    const rs = corpus(5, { faultRate: { gbk: 0.5 } });
    expect(new Set(rs.map((r) => r.form))).toEqual(new Set(['html', 'text']));
    expect(rs.some((r) => r.encoding === 'gbk')).toBe(true);
    for (const r of rs) {
      expect(text(r)).toContain(SYNTH_MARK);
      expect(r.fileName).toMatch(/^synth-/);
    }
  });

  it('keeps the table 三 and 四 arithmetic unless a sum was broken on purpose', () => {
    const rows = (t: string): string[] => T3_ROWS.filter((r) => r.templates.includes(t as '2019')).map((r) => r.id);
    let checked = 0;
    for (const r of corpus(9, { faultRate: { broken_sum: 0 } })) {
      for (const col of T3_COLUMNS.map((c) => c.id)) {
        expect(val(r, `t3.new.${col}`) + val(r, `t3.carried_in.${col}`)).toBe(
          val(r, `t3.result_total.${col}`) + val(r, `t3.carried_out.${col}`),
        );
        const handled = rows(r.template).filter(
          (id) => !['new', 'carried_in', 'result_total', 'carried_out'].includes(id),
        );
        expect(handled.reduce((s, id) => s + val(r, `t3.${id}.${col}`), 0)).toBe(val(r, `t3.result_total.${col}`));
      }
      for (const row of rows(r.template)) {
        const parts = T3_COLUMNS.filter((c) => c.id !== 'total').reduce((s, c) => s + val(r, `t3.${row}.${c.id}`), 0);
        expect(parts).toBe(val(r, `t3.${row}.total`));
      }
      for (const g of ['reconsideration', 'litigation_direct', 'litigation_after']) {
        const four = ['upheld', 'corrected', 'other', 'pending'].reduce((s, c) => s + val(r, `t4.${g}.${c}`), 0);
        expect(four).toBe(val(r, `t4.${g}.total`));
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('carries applications and documents in force from one year into the next', () => {
    const rs = corpus(11, { missingRate: 0, faultRate: { broken_sum: 0 } });
    const byKey = new Map(rs.map((r) => [`${r.agency.name}|${r.year}`, r]));
    // Compiled reports included (their bodies carry over); the successor of the merged body is tested on its own.
    const checked = rs.filter((x) => x.year > 2019 && !(x.agency.name === '合成市自然资源和规划局' && x.year === 2022));
    expect(checked.filter((r) => r.agency.kind === 'government_compiled').length).toBe(12);
    for (const r of checked) {
      const prev = byKey.get(`${r.agency.name}|${r.year - 1}`)!;
      expect([r.fileName, val(r, 't3.carried_in.total')]).toEqual([r.fileName, val(prev, 't3.carried_out.total')]);
      if (r.year > 2021) {
        expect(val(r, 't2.normative.in_force')).toBe(
          val(prev, 't2.normative.in_force') + val(r, 't2.normative.issued') - val(r, 't2.normative.repealed'),
        );
      }
    }
  });

  it('injects the requested faults: missing years, late dates, broken sums, typos', () => {
    const rs = corpus(3, { missingRate: 0.2, faultRate: { late_publication: 1, broken_sum: 1, label_typo: 1 } });
    expect(rs.length).toBeLessThan(30 * 7);
    for (const r of rs) {
      expect(r.publishedOn > `${r.year + 1}-01-31`).toBe(true);
      // A compiled government report prints its sums faithfully.
      expect([r.agency.name, r.brokenKey === undefined]).toEqual([
        r.agency.name,
        r.agency.kind === 'government_compiled',
      ]);
    }
    expect(rs.some((r) => /其他法律行政止公开|规 章|本年度办 理结果|对外公开总 数量/.test(text(r)))).toBe(true);
  });

  // 第一部分 and 第五部分, the text 内容不雷同 compares.
  const ownWords = (r: SynthReport): number[] => {
    const t = text(r).replace(/<[^>]+>/g, '\n');
    return minhash(
      t.slice(t.indexOf('一、总体情况'), t.indexOf('二、主动公开政府信息情况')) +
        t.slice(t.indexOf('五、存在'), t.indexOf('六、其他')),
    )!;
  };

  it("writes each body in its own words: no two bodies of a year share their text; a copy is last year's words", () => {
    const rs = corpus(20260101, { missingRate: 0 });
    const byKey = new Map(rs.map((r) => [`${r.agency.name}|${r.year}`, r]));
    for (const year of [2019, 2022, 2025]) {
      const sigs = rs.filter((r) => r.year === year).map(ownWords);
      for (let i = 0; i < sigs.length; i++)
        for (let j = i + 1; j < sigs.length; j++) expect(similarity(sigs[i], sigs[j])).toBeLessThan(0.9);
    }
    const later = rs.filter((r) => r.year > 2019 && byKey.has(`${r.agency.name}|${r.year - 1}`));
    const copies = later.filter((r) => r.copiedText);
    // Some bodies copy, most rewrite (内容雷同 is a fault, not the rule).
    expect(copies.length / later.length).toBeGreaterThan(0.1);
    expect(copies.length / later.length).toBeLessThan(0.5);
    for (const r of copies)
      expect(similarity(ownWords(r), ownWords(byKey.get(`${r.agency.name}|${r.year - 1}`)!))).toBeGreaterThanOrEqual(
        0.9,
      );
    const fresh = later
      .filter((r) => !r.copiedText)
      .map((r) => similarity(ownWords(r), ownWords(byKey.get(`${r.agency.name}|${r.year - 1}`)!)));
    expect(Math.min(...fresh)).toBeLessThan(0.5);
  });

  it("leaves out the 信息处理费 statement in some bodies' 2021-template reports, as real reports do", () => {
    const later = corpus(20260101).filter((r) => r.year >= 2021);
    const without = later.filter((r) => !text(r).includes('信息处理费'));
    expect(without.length).toBeGreaterThan(0);
    expect(without.length / later.length).toBeLessThan(0.35);
  });

  it('makes some bodies habitually late: every late report is marked a fault, and lateness repeats in those bodies', () => {
    const rs = corpus(20260101, { missingRate: 0, faultRate: { late_publication: 0 } });
    const late = rs.filter((r) => r.faults.includes('late_publication'));
    expect(late.length).toBeGreaterThan(0);
    for (const r of rs)
      expect([r.fileName, r.faults.includes('late_publication')]).toEqual([r.fileName, r.publishedOn > due(r)]);
    // Concentrated: the late reports come from a few bodies, each late in more than one year.
    const bodies = new Map<string, number>();
    for (const r of late) bodies.set(r.agency.name, (bodies.get(r.agency.name) ?? 0) + 1);
    expect(bodies.size).toBeLessThan(new Set(rs.map((r) => r.agency.name)).size / 2);
    expect([...bodies.values()].some((n) => n > 1)).toBe(true);
  });

  it('names bodies of a fictional city with region paths down to townships', () => {
    const as = synthAgencies(60);
    expect(as[0].name).toBe('合成市人民政府');
    expect(as.some((a) => a.level === 'township' && a.regionPath.length === 4)).toBe(true);
    expect(new Set(as.map((a) => a.name)).size).toBe(60);
  });
});
