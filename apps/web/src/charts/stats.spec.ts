import { quartiles } from './stats';

describe('quartiles', () => {
  it('interpolates like numpy', () => {
    expect(quartiles([1, 2, 3, 4])).toEqual({ q1: 1.75, median: 2.5, q3: 3.25, n: 4 });
    expect(quartiles([7, 1, 3, 5, 9])).toEqual({ q1: 3, median: 5, q3: 7, n: 5 });
  });
  it('ignores missing values and has none for an empty list', () => {
    expect(quartiles([null, 4, undefined])).toEqual({ q1: 4, median: 4, q3: 4, n: 1 });
    expect(quartiles([null])).toBeNull();
  });
});
