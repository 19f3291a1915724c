import { diffByTable, diffCells } from './diff';
import type { ReportCell } from './pivot';

const c = (key: string, raw: string, value: number | null, section = '三'): ReportCell => ({
  key,
  section,
  rowLabel: key,
  colLabel: '总计',
  raw,
  value,
  kind: 'number',
  inferred: false,
});

describe('diffCells', () => {
  it('lists changed, added and dropped cells, not unchanged ones', () => {
    const changes = diffCells(
      [c('a', '1', 1), c('b', '2', 2), c('d', '9', 9)],
      [c('a', '1', 1), c('b', '3', 3), c('e', '', null)],
    );
    expect(changes).toEqual([
      { key: 'b', section: '三', label: 'b · 总计', before: '2', after: '3' },
      { key: 'd', section: '三', label: 'd · 总计', before: '9', after: null },
      { key: 'e', section: '三', label: 'e · 总计', before: null, after: '' },
    ]);
  });
  it('is empty for identical revisions', () => {
    expect(diffCells([c('a', '1', 1)], [c('a', '1', 1)])).toEqual([]);
  });
});

describe('diffByTable', () => {
  it('groups by table in template order, cells on one side only kept apart from changed ones', () => {
    const before = [c('t4.x', '0', 0, '四'), c('t2.p', '430', 430, '二'), c('t3.a', '1', 1), c('t3.b', '0', 0)];
    const after = [c('t4.x', '0', 0, '四'), c('t2.p', '', null, '二'), c('t3.a', '1', 1), c('t3.c', '5', 5)];
    const d = diffByTable(before, after);
    expect(d.map((g) => g.section)).toEqual(['二', '三']);
    expect(d[0]).toEqual({
      section: '二',
      changed: [{ key: 't2.p', section: '二', label: 't2.p · 总计', before: '430', after: '' }],
      onlyBefore: [],
      onlyAfter: [],
    });
    expect([d[1].changed, d[1].onlyBefore.map((x) => x.key), d[1].onlyAfter.map((x) => x.key)]).toEqual([
      [],
      ['t3.b'],
      ['t3.c'],
    ]);
  });
});
