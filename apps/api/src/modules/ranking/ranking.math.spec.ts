// Hand-computed small cases: every expected number is worked out on paper in the comment beside it.
import {
  explained,
  indicatorValues,
  rankAll,
  ranksOf,
  rootCauses,
  score,
  scoreAll,
  type ReportFacts,
} from './ranking.math';
import type { PeerContext } from './ranking.indicators';
import { gapTo, profileShift, whyMoved } from './ranking.explain';
import { expectedCells, TEMPLATE_KEYS } from '../scoring-profile/indicators';

const base: ReportFacts = {
  agencyId: 1,
  agencyName: 'A',
  year: 2021,
  kind: 'department',
  level: 'county',
  type: 'audit',
  published: true,
  publishedOn: '2022-01-20',
  dueOn: '2022-01-31',
  template: '2021',
  sections: 6,
  tables: 3,
  cellsRead: 0,
  feeStatement: true,
  findings: 0,
  faults: 0,
  needsLook: 0,
  proactive: 100,
  appsHandled: 10,
  appsDisclosed: 8,
  appsNew: 10,
  appsCarriedIn: 0,
  appsCarriedOut: 0,
  appsOther: 0,
  reviewTotal: 5,
  reviewCorrected: 1,
  reviewPending: 0,
  minhash: null,
};
const ctx: PeerContext = { peerMaxProactive: 100, pooledCorrection: 0, prevCarriedOut: null, similarity: null };
const V1 = {
  on_time: 20,
  complete: 20,
  findings: 20,
  proactive_volume: 10,
  application_outcomes: 15,
  review_corrected: 15,
};

describe('2025 indicators, each by hand', () => {
  it('按时发布: 1 by the deadline, linear to 0 at 60 days late, 0 without a date or a report; vertical n/a', () => {
    expect(indicatorValues(base, ctx).timeliness).toMatchObject({ value: 1, raw: -11 }); // 20 Jan vs 31 Jan: 11 days early
    expect(indicatorValues({ ...base, publishedOn: '2022-02-15' }, ctx).timeliness).toMatchObject({
      raw: 15,
      value: 0.75,
    }); // 1 − 15/60
    expect(indicatorValues({ ...base, publishedOn: '2022-04-01' }, ctx).timeliness.value).toBe(0); // 60 days late → 0
    const undated = indicatorValues({ ...base, publishedOn: null }, ctx).timeliness;
    expect(undated).toMatchObject({ value: 0, nullReason: null });
    expect(undated.note).toMatch(/no publication date/);
    expect(indicatorValues({ ...base, published: false }, ctx).timeliness.value).toBe(0);
    expect(indicatorValues({ ...base, dueOn: null, kind: 'vertical' }, ctx).timeliness.value).toBeNull();
  });

  it('格式完整: cells read of the template, headings of six, and the 2021 信息处理费 statement', () => {
    // N = the 2021 template's cells in the catalogue; 100 read, 5 headings, no fee statement: (100/N + 5/6 + 0) / 3.
    const N = expectedCells('2021');
    expect(N).toBe(TEMPLATE_KEYS['2021'].length);
    const v = indicatorValues({ ...base, cellsRead: 100, sections: 5, feeStatement: false }, ctx).format_complete.value;
    expect(v).toBeCloseTo((100 / N + 5 / 6 + 0) / 3, 12);
    expect(indicatorValues({ ...base, cellsRead: N }, ctx).format_complete.value).toBe(1);
    // 2019 template: no fee part; all cells and headings → 1.
    expect(
      indicatorValues({ ...base, template: '2019', cellsRead: expectedCells('2019'), feeStatement: false }, ctx)
        .format_complete.value,
    ).toBe(1);
  });

  it('数据准确: 1 − 0.25 per root cause, plus a broken 上年结转; artefacts cost nothing', () => {
    expect(indicatorValues({ ...base, faults: 1, needsLook: 7 }, ctx).data_accuracy.value).toBe(0.75);
    // carried in 3 vs last year's carried out 5: one more fault → 1 − 0.5.
    expect(
      indicatorValues({ ...base, faults: 1, appsCarriedIn: 3 }, { ...ctx, prevCarriedOut: 5 }).data_accuracy.value,
    ).toBe(0.5);
    expect(indicatorValues({ ...base, faults: 9 }, ctx).data_accuracy.value).toBe(0);
    expect(indicatorValues({ ...base, needsLook: 12 }, ctx).data_accuracy.value).toBe(1);
  });

  it('root causes: findings sharing a cell count once', () => {
    // A wrong t3.result_total.total breaks its column identity, the result total and its row total: one cause.
    expect(
      rootCauses([
        ['t3.new.total', 't3.result_total.total'],
        ['t3.result_total.total', 't3.disclosed.total'],
        ['t3.result_total.total', 't3.result_total.natural'],
        ['t4.reconsideration.total'],
        null,
      ]),
    ).toBe(3);
  });

  it('依申请办理: mean of (1 − 其他处理 share) and (1 − backlog); refusals cost nothing; n/a without applications', () => {
    // handled 20, otherwise handled 4 → share 0.2; received 18 + 2 = 20, carried out 5 → backlog 0.25; (0.8 + 0.75)/2 = 0.775.
    const v = indicatorValues(
      { ...base, appsNew: 18, appsCarriedIn: 2, appsHandled: 20, appsOther: 4, appsCarriedOut: 5, appsDisclosed: 1 },
      ctx,
    );
    expect(v.application_handling.value).toBeCloseTo(0.775, 12);
    expect(indicatorValues({ ...base, appsNew: 0, appsCarriedIn: 0 }, ctx).application_handling.value).toBeNull();
  });

  it('复议诉讼纠错: corrected of decided (总计 − 尚未审结), shrunk toward the peers with 5 prior cases', () => {
    // 4 cases, all decided, all corrected; peers 10 %: 1 − (4 + 5·0.1)/(4 + 5) = 1 − 4.5/9 = 0.5.
    expect(
      indicatorValues({ ...base, reviewTotal: 4, reviewCorrected: 4 }, { ...ctx, pooledCorrection: 0.1 })
        .review_correction.value,
    ).toBeCloseTo(0.5, 12);
    // 6 cases, 2 pending, 1 corrected: decided 4; 1 − (1 + 0.5)/9 = 0.8333…
    expect(
      indicatorValues(
        { ...base, reviewTotal: 6, reviewPending: 2, reviewCorrected: 1 },
        { ...ctx, pooledCorrection: 0.1 },
      ).review_correction.value,
    ).toBeCloseTo(1 - 1.5 / 9, 12);
    // No cases: the peers' rate, 1 − 0.1.
    expect(
      indicatorValues({ ...base, reviewTotal: 0, reviewCorrected: 0 }, { ...ctx, pooledCorrection: 0.1 })
        .review_correction.value,
    ).toBeCloseTo(0.9, 12);
  });

  it('内容不雷同: ≤ 0.5 similar → 1, ≥ 0.9 → 0, linear between', () => {
    const sim = (value: number) => ({ ...ctx, similarity: { value, withName: 'B', withAgencyId: 2, withYear: 2021 } });
    expect(indicatorValues(base, sim(0.4)).content_original.value).toBe(1);
    expect(indicatorValues(base, sim(0.7)).content_original.value).toBeCloseTo(0.5, 12); // 1 − 0.2/0.4
    expect(indicatorValues(base, sim(0.95)).content_original.value).toBe(0);
    expect(indicatorValues(base, ctx).content_original.value).toBeNull();
    expect(indicatorValues(base, sim(0.7)).content_original.note).toContain('70% similar to B 2021');
  });

  it('内容不雷同 without a report to compare with says so, instead of naming an empty body', () => {
    const none = indicatorValues(base, {
      ...ctx,
      similarity: { value: 0, withName: '', withAgencyId: 0, withYear: 2021 },
    }).content_original;
    expect(none.value).toBe(1);
    expect(none.note).toMatch(/^未发现相似报告.* · no similar report/);
  });
});

describe('profile or reports: what moved a rank', () => {
  it("splits a move into the profile change and the reports, by last year's rank under both versions", () => {
    const NEW = { timeliness: 20, application_handling: 20 },
      OLD = { timeliness: 20 };
    // Last year: A on time, 其他处理 10 of 10 → handling 0.5; B 15 days late → 0.75, handling 1.
    // New weights: A (20 + 10)/40 = 75, B (15 + 20)/40 = 87.5 → B 1st, A 2nd. Old weights: A 100, B 75 → A 1st, B 2nd.
    const last = [
      { ...base, agencyId: 1, agencyName: 'A', appsOther: 10 },
      { ...base, agencyId: 2, agencyName: 'B', publishedOn: '2022-02-15' },
    ];
    const place = (w: Record<string, number>) =>
      new Map(rankAll(scoreAll(last, w, 'kind')).map((r) => [r.facts.agencyName, { rank: r.rank, group: r.group }]));
    // ranksOf gives rankAll's ranks without ordering ties by name.
    for (const w of [NEW, OLD]) {
      const byId = ranksOf(scoreAll(last, w, 'kind'));
      expect(last.map((f) => byId.get(f.agencyId)!.rank)).toEqual(last.map((f) => place(w).get(f.agencyName)!.rank));
    }
    const [under, before] = [place(NEW), place(OLD)];
    expect([under.get('A')!.rank, before.get('A')!.rank]).toEqual([2, 1]);
    const v1 = { name: '默认方案', version: 1 };
    expect(profileShift(0, under.get('A')!, before.get('A')!, v1).en).toBe(
      'last year 1 under 默认方案 v1, 2 under this profile: the profile change alone moves it down 1 place; the move shown comes from the reports',
    );
    expect(profileShift(0, under.get('B')!, before.get('B')!, v1).zh).toBe(
      '上年按默认方案 v1排第2名、按本方案排第1名：方案变化使名次上升1位，以上名次变化来自报告',
    );
    // No earlier version: both years under this profile, so the move is the reports'.
    expect(profileShift(3, under.get('A')!, null, null).en).toBe(
      'both years scored with this profile: the move comes from the reports',
    );
    // Grouped differently (v1 ranked everyone together): no count in places.
    expect(profileShift(1, under.get('A')!, { rank: 1, group: 'all' }, v1).en).toMatch(/groups bodies differently/);
    expect(profileShift(null, null, null, v1)).toEqual({ zh: '', en: '' });
  });
});

describe('scoring, groups and ranks', () => {
  it('profile v1 scores exactly as before: 20·1 + 20·1 + 20·1 + 10·1 + 15·0.8 + 15·0.8 = 94', () => {
    const a = score(indicatorValues(base, ctx), V1);
    expect(a.score).toBeCloseTo(94, 9);
    expect(a.points.application_outcomes).toBeCloseTo(12, 9);
    // v1 nulls a rate under 5 cases and re-weights: 20+20+20 + 10·0.5 = 65 of 70.
    const b = score(indicatorValues({ ...base, proactive: 50, appsHandled: 2, reviewTotal: 1 }, ctx), V1);
    expect(b.score).toBeCloseTo((65 / 70) * 100, 9);
  });

  it("v1 holds each report to its own kind's deadline: a county's compiled report published 11 Feb is on time (due 20 Feb)", () => {
    expect(indicatorValues({ ...base, publishedOn: '2022-02-11', dueOn: '2022-02-20' }, ctx).on_time.value).toBe(1);
    expect(indicatorValues({ ...base, publishedOn: '2022-02-11', dueOn: '2022-01-31' }, ctx).on_time.value).toBe(0);
    expect(indicatorValues({ ...base, dueOn: null }, ctx).on_time).toMatchObject({
      value: null,
      nullReason: expect.stringMatching(/vertically managed/),
    });
  });

  it('an unpublished body scores 0 and is listed after every published one, sharing its rank with other absentees', () => {
    const W = { timeliness: 20, data_accuracy: 20 };
    const facts = [
      { ...base, agencyId: 1, agencyName: 'A', publishedOn: '2022-03-31' },
      { ...base, agencyId: 2, agencyName: 'B', published: false },
      { ...base, agencyId: 3, agencyName: 'C', published: false },
      { ...base, agencyId: 4, agencyName: 'D' },
    ];
    const ranked = rankAll(scoreAll(facts, W, 'kind'));
    expect(ranked.map((r) => [r.facts.agencyName, r.rank, Number(r.score.toFixed(3))])).toEqual([
      ['D', 1, 100],
      ['A', 2, 50.833],
      ['B', 3, 0],
      ['C', 3, 0], // A: 59 days late → (20·1/60 + 20·1)/40·100 = 50.833
    ]);
  });

  it("scores without the notes, and a page row's notes computed again are those of the values scored", () => {
    // Four bodies unlike on every indicator: late, a fault and a broken 上年结转, applications, review cases, unpublished.
    const facts = [
      { ...base, publishedOn: '2022-02-15', faults: 1, appsCarriedIn: 3 },
      {
        ...base,
        agencyId: 2,
        agencyName: 'B',
        appsNew: 18,
        appsCarriedIn: 2,
        appsHandled: 20,
        appsOther: 4,
        appsCarriedOut: 5,
        reviewTotal: 9,
        reviewPending: 2,
      },
      { ...base, agencyId: 3, agencyName: 'C', publishedOn: null, template: '2019', reviewTotal: null },
      { ...base, agencyId: 4, agencyName: 'D', published: false },
    ];
    const previous = new Map([[1, { agencyId: 1, year: 2020, appsCarriedOut: 5, minhash: null }]]);
    const scored = scoreAll(
      facts,
      { timeliness: 20, format_complete: 20, data_accuracy: 20, application_handling: 20, review_correction: 20 },
      'kind',
      previous,
    );
    expect(scored).toHaveLength(4);
    for (const r of scored) {
      const full = explained(r);
      expect(Object.values(r.values).every((v) => v.note === null)).toBe(true);
      expect(Object.keys(full)).toEqual(Object.keys(r.values));
      for (const [k, v] of Object.entries(full)) expect({ ...v, note: null }).toEqual(r.values[k]);
    }
    // The notes are there when asked for: 15 days late, and the broken carry-over (3 ≠ 5) of body 1.
    const one = explained(scored[0]);
    expect(one.timeliness.note).toMatch(/15 days late/);
    expect(one.data_accuracy).toMatchObject({
      value: 0.5,
      note: expect.stringMatching(/carried in 3 ≠ last year's carried out 5/),
    });
  });

  it('ranks within kind: a compiled government report is not ranked against departments', () => {
    const facts = [
      base,
      { ...base, agencyId: 2, agencyName: 'Gov', kind: 'government_compiled', publishedOn: '2022-03-01' },
    ];
    const ranked = rankAll(scoreAll(facts, { timeliness: 1 }, 'kind'));
    expect(ranked.map((r) => [r.group, r.rank])).toEqual([
      ['department', 1],
      ['government_compiled', 1],
    ]);
    expect(rankAll(scoreAll(facts, { timeliness: 1 }, 'all')).map((r) => r.rank)).toEqual([1, 2]);
  });
});

describe('explanations', () => {
  const W = { timeliness: 20, application_handling: 20 };
  const side = (f: ReportFacts, c = ctx) => {
    const values = indicatorValues(f, c);
    return { facts: f, values, ...score(values, W) };
  };

  it('says an indicator became applicable (weights rescaled) instead of blaming 按时发布', () => {
    const prev = side({ ...base, appsNew: 0, appsCarriedIn: 0 }); // 依申请办理 n/a: timeliness alone, 100
    const cur = side({ ...base, appsOther: 10 }); // other share 1 → (0 + 1)/2 = 0.5: (20 + 10)/40 = 75
    const why = whyMoved(-18, cur, prev, W);
    expect(why.en).toMatch(
      /^fell 18 places; "Applications handled" became applicable, so the other weights were rescaled/,
    );
    expect(why.zh).toContain('本年开始适用');
    // Its own value did not change: 按时发布 lost points only to the rescaling, so it is not named as the cause.
    expect(why.en).not.toMatch(/mainly from "Published on time"/);
  });

  it('names a missing date, and never gives a change under the tie margin as the main reason', () => {
    const prev = side(base);
    const undated = side({ ...base, publishedOn: null });
    expect(whyMoved(-5, undated, prev, W).en).toMatch(/no publication date/);
    const same = side(base);
    const why = whyMoved(-7, same, prev, W);
    expect(why.en).not.toMatch(/mainly from/);
    expect(why.en).toMatch(/own score almost unchanged \(0\.00\); neighbours are within 0.5 points or moved/);
  });

  it('says what separates a row from the one above, and when they tie', () => {
    const a = side(base),
      b = side({ ...base, publishedOn: '2022-02-15' }); // timeliness 0.75: 20·0.25/40·100 = 12.5 below
    expect(gapTo({ ...a, agencyName: 'A' }, b, W).en).toBe('12.50 below A, mainly "Published on time" (−12.5)');
    expect(gapTo({ ...a, agencyName: 'A' }, side(base), W).en).toBe('tied with A');
  });

  it('says when a tie is made up differently: points that offset, or an indicator that applies to one side only', () => {
    // A: on time (1), 其他处理 all 10 of 10 → (0 + 1)/2 = 0.5: 50 + 25 = 75. B: 30 days late → 1 − 30/60 = 0.5, handling 1: 25 + 50 = 75.
    const a = side({ ...base, appsOther: 10 }),
      b = side({ ...base, publishedOn: '2022-03-02' });
    expect([a.score, b.score]).toEqual([75, 75]);
    expect(gapTo({ ...a, agencyName: 'A' }, b, W).en).toBe(
      'tied with A (made up differently, offsetting: "Published on time" -25.0, "Applications handled" +25.0)',
    );
    expect(gapTo({ ...a, agencyName: 'A' }, b, W).zh).toBe(
      '与A同分并列（得分构成不同，相互抵消：“按时发布”-25.0、“依申请办理”+25.0）',
    );
    // A: no applications (依申请办理 n/a), on time: 100. B: both 1: 100.
    const none = side({ ...base, appsNew: 0, appsCarriedIn: 0 });
    expect(gapTo({ ...none, agencyName: 'A' }, side(base), W).en).toBe(
      'tied with A (made up differently: "Applications handled" applies here, does not there; the other weights rescaled)',
    );
  });
});
