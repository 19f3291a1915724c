import {
  allowedActions,
  templateSums,
  diffCells,
  findingKey,
  formCells,
  formProblems,
  nextSubmissionState,
  unexplainedErrors,
} from './submission';
import type { Finding } from './model';

describe('submission state machine', () => {
  it('walks 未开始 → 草稿 → 已提交 → 退回 → 已提交 → 已通过 → 已公开', () => {
    expect(nextSubmissionState('not_started', 'save')).toBe('draft');
    expect(nextSubmissionState('draft', 'submit')).toBe('submitted');
    expect(nextSubmissionState('submitted', 'return')).toBe('returned');
    expect(nextSubmissionState('returned', 'save')).toBe('returned');
    expect(nextSubmissionState('returned', 'submit')).toBe('submitted');
    expect(nextSubmissionState('submitted', 'accept')).toBe('accepted');
    expect(nextSubmissionState('accepted', 'publish')).toBe('published');
  });
  it.each([
    ['draft', 'accept'],
    ['draft', 'return'],
    ['accepted', 'save'],
    ['accepted', 'submit'],
    ['published', 'return'],
    ['not_started', 'submit'],
    ['submitted', 'save'],
  ] as const)('refuses %s → %s', (state, action) => {
    expect(nextSubmissionState(state, action)).toBeNull();
  });
  it('lists what each state allows', () => {
    expect(allowedActions('submitted')).toEqual(['return', 'accept']);
    expect(allowedActions('published')).toEqual([]);
  });
});

describe('findings before submitting', () => {
  const err: Finding = {
    code: 't4_total',
    severity: 'error',
    messageZh: '',
    messageEn: '',
    keys: ['t4.reconsideration.total'],
  };
  const info: Finding = { code: 'x', severity: 'info', messageZh: '', messageEn: '' };
  it('needs every error explained (blank does not count); other severities need nothing', () => {
    expect(unexplainedErrors([err, info], {})).toEqual([err]);
    expect(unexplainedErrors([err], { [findingKey(err)]: '  ' })).toEqual([err]);
    expect(unexplainedErrors([err], { [findingKey(err)]: '复议案件跨年度审结' })).toEqual([]);
    expect(findingKey(err)).toBe('t4_total:t4.reconsideration.total');
  });
});

describe('form cells', () => {
  it('reads numbers, blanks and text as the parser would', () => {
    const cells = formCells(
      { 't4.reconsideration.upheld': '3', 't4.reconsideration.total': '0', 't4.reconsideration.other': 'abc' },
      '2021',
    );
    const by = new Map(cells.map((c) => [c.key, c]));
    expect(by.get('t4.reconsideration.upheld')).toMatchObject({ value: 3, kind: 'number' });
    expect(by.get('t4.reconsideration.total')).toMatchObject({ value: 0, kind: 'zero' });
    expect(by.get('t4.reconsideration.other')).toMatchObject({ value: null, kind: 'text' });
    expect(by.get('t4.reconsideration.pending')).toMatchObject({ value: null, kind: 'empty' });
    // Only the cells the 2021 template prints: its table 二 has no 2019 columns.
    expect(cells.some((c) => c.key === 't2.rules.new_made')).toBe(false);
    expect(cells.some((c) => c.key === 't2.rules.issued')).toBe(true);
    expect(formProblems({ a: '1', b: ' ', c: '1,2' })).toEqual(['c']);
  });
  it('diffs two versions by key', () => {
    expect(
      diffCells(
        [
          { key: 'a', value: 1 },
          { key: 'b', value: 2 },
        ],
        [
          { key: 'a', value: 1 },
          { key: 'b', value: 3 },
          { key: 'c', value: null },
        ],
      ),
    ).toEqual([{ key: 'b', before: 2, after: 3 }]);
  });
});

describe('template sums', () => {
  it('adds the parts as typed; a blank part is 0, a part that is not a number leaves its sum out', () => {
    const s = templateSums(
      {
        't3.new.natural': '3',
        't3.new.business': '2',
        't3.disclosed.natural': '4',
        't3.partial.natural': '1',
        't3.other.misc.natural': '1',
        't4.reconsideration.upheld': '2',
        't4.reconsideration.corrected': 'x',
      },
      '2021',
    );
    expect(s.get('t3.new.total')).toBe(5);
    expect(s.get('t3.result_total.natural')).toBe(6);
    expect(s.get('t3.carried_out.total')).toBe(0);
    expect(s.has('t4.reconsideration.total')).toBe(false);
    expect(s.get('t4.litigation_direct.total')).toBe(0);
    // The 2019 template's single （六）其他处理 row is a result row there, not in 2021.
    expect(templateSums({ 't3.other.natural': '2' }, '2019').get('t3.result_total.natural')).toBe(2);
    expect(templateSums({ 't3.other.natural': '2' }, '2021').get('t3.result_total.natural')).toBe(0);
  });
});
