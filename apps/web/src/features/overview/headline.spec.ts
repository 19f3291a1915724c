import { headlineMetrics, topBottom } from './headline';

describe('headlineMetrics', () => {
  it('uses the 2019 template keys and procurement up to 2020', () => {
    expect(headlineMetrics(2020).map((h) => h.key)).toEqual([
      't3.new.total',
      't2.penalty.decisions',
      't2.licensing.decisions',
      't2.normative.new_made',
      't2.procurement.amount',
    ]);
  });
  it('uses issued normative documents and no procurement from 2021', () => {
    expect(headlineMetrics(2021).map((h) => h.key)).toEqual([
      't3.new.total',
      't2.penalty.decisions',
      't2.licensing.decisions',
      't2.normative.issued',
    ]);
  });
});

describe('topBottom', () => {
  it('takes the best and the worst, worst first', () => {
    expect(topBottom([1, 2, 3, 4, 5, 6, 7], 3)).toEqual({ top: [1, 2, 3], bottom: [7, 6, 5] });
  });
  it('does not repeat rows of a short list', () => {
    expect(topBottom([1, 2, 3, 4], 3)).toEqual({ top: [1, 2, 3], bottom: [4] });
    expect(topBottom([1], 3)).toEqual({ top: [1], bottom: [] });
  });
});
