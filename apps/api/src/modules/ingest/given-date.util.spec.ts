import { givenDateProblem } from './given-date.util';

describe('givenDateProblem', () => {
  const today = new Date('2026-12-06T12:00:00Z');
  it('accepts a real past day', () => expect(givenDateProblem('2023-01-09', today)).toBeNull());
  it.each([
    ['2023-1-9', 'not a date written YYYY-MM-DD'],
    ['2023年1月9日', 'not a date written YYYY-MM-DD'],
    ['2023-02-30', 'not a calendar date'],
    ['2007-12-31', 'before 2008'],
    ['2026-12-07', 'in the future'],
  ])('refuses %s (%s)', (s, why) => expect(givenDateProblem(s, today)).toContain(why));
});
