import { rowsToShow } from './ranking-rows';

describe('rowsToShow', () => {
  it('pages by offset and limit, within the total and the cap', () => {
    expect(rowsToShow(10, { limit: 3, offset: 2 })).toEqual([2, 3, 4]);
    expect(rowsToShow(10, { limit: 5, offset: 8 })).toEqual([8, 9]);
    expect(rowsToShow(10, { limit: -1, offset: 0 })).toEqual([]);
    expect(rowsToShow(5000, { limit: 5000, offset: 0 }, 1000)).toHaveLength(1000);
  });

  it('ends: the first and the last N rows in rank order, each row once', () => {
    expect(rowsToShow(100, { limit: 100, offset: 0, ends: 3 })).toEqual([0, 1, 2, 97, 98, 99]);
    expect(rowsToShow(5, { limit: 100, offset: 0, ends: 3 })).toEqual([0, 1, 2, 3, 4]);
    expect(rowsToShow(2, { limit: 100, offset: 0, ends: 5 })).toEqual([0, 1]);
    expect(rowsToShow(0, { limit: 100, offset: 0, ends: 5 })).toEqual([]);
    expect(rowsToShow(5000, { limit: 1, offset: 0, ends: 5000 }, 1000)).toHaveLength(1000);
  });
});
