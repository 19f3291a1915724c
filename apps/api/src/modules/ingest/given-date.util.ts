// A publication date given with an upload or on the command line: YYYY-MM-DD, a real calendar day, not in the
// future (a report cannot be posted tomorrow) and not before the 2008 Regulations. Returns the reason it is refused.
export function givenDateProblem(s: string, today: Date = new Date()): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return `"${s}" is not a date written YYYY-MM-DD`;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.toISOString().slice(0, 10) !== s) return `"${s}" is not a calendar date`;
  if (s < '2008-01-01') return `"${s}" is before 2008, when annual reports began`;
  if (s > today.toISOString().slice(0, 10)) return `"${s}" is in the future`;
  return null;
}
