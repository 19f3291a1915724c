// Hand-computed small case: three bodies, default-like weights, every number worked out on paper below.
import { indicatorValues, rankAll, score, scoreAll, whyMoved, type ReportFacts } from './ranking.math';

const base: ReportFacts = { agencyId: 1, agencyName: 'A', year: 2021, publishedOn: '2022-01-20', dueOn: '2022-01-31', sections: 6, tables: 3, findings: 0,
  proactive: 100, appsHandled: 10, appsDisclosed: 8, reviewTotal: 5, reviewCorrected: 1 };
const W = { on_time: 20, complete: 20, findings: 20, proactive_volume: 10, application_outcomes: 15, review_corrected: 15 };

describe('ranking math', () => {
  it('computes each indicator value', () => {
    const v = indicatorValues({ ...base, publishedOn: '2022-02-01', sections: 3, tables: 2, findings: 3, proactive: 50 }, 200);
    expect(v.on_time.value).toBe(0);                    // 1 Feb is after 31 Jan
    expect(v.complete.value).toBeCloseTo((3 / 6 + 2 / 3) / 2, 12); // 0.58333…
    expect(v.findings.value).toBe(0.25);                // 1/(1+3)
    expect(v.proactive_volume.value).toBe(0.25);        // 50/200
    expect(v.application_outcomes.value).toBe(0.8);     // 8/10
    expect(v.review_corrected.value).toBeCloseTo(0.8, 12); // 1 − 1/5
  });

  it('holds each report to its own kind\'s deadline: a county\'s compiled report published 11 Feb is on time (due 20 Feb)', () => {
    expect(indicatorValues({ ...base, publishedOn: '2022-02-11', dueOn: '2022-02-20' }, 100).on_time.value).toBe(1);
    expect(indicatorValues({ ...base, publishedOn: '2022-02-11', dueOn: '2022-01-31' }, 100).on_time.value).toBe(0);
    expect(indicatorValues({ ...base, dueOn: null }, 100).on_time).toMatchObject({ value: null, nullReason: expect.stringMatching(/vertically managed/) });
  });

  it('nulls a rate with fewer than 5 cases and says why', () => {
    const v = indicatorValues({ ...base, appsHandled: 4, appsDisclosed: 4, reviewTotal: 0, reviewCorrected: 0 }, 100);
    expect(v.application_outcomes.value).toBeNull();
    expect(v.application_outcomes.nullReason).toMatch(/fewer than 5 cases \(4\)/);
    expect(v.review_corrected.value).toBeNull();
  });

  it('nulls a rate whose part exceeds its total (figures that do not add up), so no score passes 100', () => {
    const v = indicatorValues({ ...base, appsHandled: 10, appsDisclosed: 12, reviewTotal: 6, reviewCorrected: 7 }, 100);
    expect([v.application_outcomes.value, v.review_corrected.value]).toEqual([null, null]);
    expect(v.application_outcomes.nullReason).toMatch(/part 12 exceeds total 10/);
    // Left: on time, complete, findings, volume (20+20+20+10 = 70), all at 1 → 100.
    expect(score(v, W).score).toBeCloseTo(100, 9);
  });

  it('re-weights over computable indicators', () => {
    // A: all six computable: 20·1 + 20·1 + 20·1 + 10·1 + 15·0.8 + 15·0.8 = 94 of 100.
    const a = score(indicatorValues(base, 100), W);
    expect(a.score).toBeCloseTo(94, 9);
    expect(a.points.application_outcomes).toBeCloseTo(12, 9);
    // B: no apps/review rates (under 5): weights left 70; 20+20+20 + 10·0.5 = 65 → 65/70·100 = 92.857…
    const b = score(indicatorValues({ ...base, proactive: 50, appsHandled: 2, reviewTotal: 1 }, 100), W);
    expect(b.score).toBeCloseTo((65 / 70) * 100, 9);
    expect(b.points.application_outcomes).toBe(0);
  });

  it('ranks with ties sharing a rank and explains a fall', () => {
    const facts = [base, { ...base, agencyId: 2, agencyName: 'B' }, { ...base, agencyId: 3, agencyName: 'C', publishedOn: '2022-03-01' }];
    const ranked = rankAll(scoreAll(facts, W));
    expect(ranked.map((r) => [r.facts.agencyName, r.rank])).toEqual([['A', 1], ['B', 1], ['C', 3]]);
    // C lost the 20 on-time points: 94 − 20 = 74.
    expect(ranked[2].score).toBeCloseTo(74, 9);
    const why = whyMoved(-2, ranked[2].points, ranked[0].points);
    expect(why.en).toMatch(/fell 2 places, mainly from "Published on time" \(-20\.0 points\)/);
    expect(whyMoved(1, ranked[0].points, ranked[2].points).en).toMatch(/^rose 1 place, mainly from "Published on time" \(\+20\.0 points\)$/);
  });
});
