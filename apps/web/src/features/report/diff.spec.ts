import { diffCells } from './diff';
import type { ReportCell } from './pivot';

const c = (key: string, raw: string, value: number | null): ReportCell => ({ key, section: '三', rowLabel: key, colLabel: '总计', raw, value, kind: 'number', inferred: false });

describe('diffCells', () => {
  it('lists changed, added and dropped cells, not unchanged ones', () => {
    const changes = diffCells([c('a', '1', 1), c('b', '2', 2), c('d', '9', 9)], [c('a', '1', 1), c('b', '3', 3), c('e', '', null)]);
    expect(changes).toEqual([
      { key: 'b', label: 'b · 总计', before: '2', after: '3' },
      { key: 'd', label: 'd · 总计', before: '9', after: null },
      { key: 'e', label: 'e · 总计', before: null, after: '' },
    ]);
  });
  it('is empty for identical revisions', () => {
    expect(diffCells([c('a', '1', 1)], [c('a', '1', 1)])).toEqual([]);
  });
});
