import type { RollupRow } from '../../api/rollup-ops';
import { diffState, rollupLines } from './rollup-view';

const row = (over: Partial<RollupRow> = {}): RollupRow => ({
  agencyId: 1,
  agencyName: '东阳区人民政府',
  level: 'county',
  reportId: 'r1',
  children: 5,
  childrenReporting: 4,
  cells: [
    { metric: 't3.new.total', reported: 120, computed: 118, difference: 2, bodies: 4 },
    { metric: 't2.penalty.decisions', reported: 30, computed: 30, difference: 0, bodies: 4 },
  ],
  ...over,
});

describe('逐级汇总 lines', () => {
  it('flags a difference only when both the printed figure and the sum exist', () => {
    expect(diffState({ reported: 120, computed: 118, difference: 2 })).toBe('differs');
    expect(diffState({ reported: 30, computed: 30, difference: 0 })).toBe('match');
    expect(diffState({ reported: 0.3, computed: 0.1 + 0.2, difference: 0.3 - (0.1 + 0.2) })).toBe('match');
    expect(diffState({ reported: null, computed: 118, difference: null })).toBe('unknown');
    expect(diffState({ reported: 5, computed: null, difference: null })).toBe('unknown');
  });
  it('orders the cells by the metrics asked, a metric without an answer shown as unknown', () => {
    const [l] = rollupLines([row()], ['t2.penalty.decisions', 't3.new.total', 't2.licensing.decisions']);
    expect(l.cells.map((c) => [c.metric, c.state])).toEqual([
      ['t2.penalty.decisions', 'match'],
      ['t3.new.total', 'differs'],
      ['t2.licensing.decisions', 'unknown'],
    ]);
    expect(l).toMatchObject({ agencyName: '东阳区人民政府', children: 5, childrenReporting: 4, reportId: 'r1' });
  });
});
