import type { Finding } from '@dh/domain';
import { planChecks, type StoredCheck } from './correction-checks';

const KEYS = [
  't4.reconsideration.total',
  't4.reconsideration.upheld',
  't4.reconsideration.corrected',
  't4.reconsideration.other',
  't4.reconsideration.pending',
];
const t4 = (n: number): Finding => ({
  code: 't4_total',
  severity: 'error',
  messageZh: `总计为${n}`,
  messageEn: `total is ${n}`,
  keys: [...KEYS].reverse(),
});
const stored = (over: Partial<StoredCheck>): StoredCheck => ({
  id: '1',
  code: 't4_total',
  keys: KEYS,
  resolvedBy: null,
  raisedBy: null,
  ...over,
});

describe('planChecks', () => {
  it('closes a stored finding on the corrected cell that the new value settles', () => {
    expect(planChecks('t4.reconsideration.total', [], [stored({})])).toEqual({
      resolve: ['1'],
      reopen: [],
      drop: [],
      raise: [],
      refresh: [],
    });
  });

  it('reopens a finding an earlier correction closed once it holds again, with the fresh numbers', () => {
    const p = planChecks('t4.reconsideration.total', [t4(9)], [stored({ resolvedBy: '5' })]);
    expect(p.reopen).toEqual(['1']);
    expect(p.refresh).toEqual([{ id: '1', finding: t4(9) }]);
    expect(p.resolve).toEqual([]);
  });

  it('raises a finding the corrected value breaks, and drops it when it no longer holds', () => {
    const raised = planChecks('t4.reconsideration.total', [t4(7)], []);
    expect(raised.raise).toEqual([t4(7)]);
    expect(planChecks('t4.reconsideration.total', [], [stored({ raisedBy: '5' })]).drop).toEqual(['1']);
  });

  it('leaves findings that do not name the changed cell, and checks other than the arithmetic, alone', () => {
    const other = stored({ id: '2', keys: ['t3.new.total'] });
    const text = stored({ id: '3', code: 'text_contradicts_table' });
    const p = planChecks('t4.reconsideration.total', [], [other, text]);
    expect(p).toEqual({ resolve: [], reopen: [], drop: [], raise: [], refresh: [] });
  });
});
