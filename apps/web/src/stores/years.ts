// Which years the filters offer and which one a page opens on, taken from the data: the years that have reports,
// and the latest of them whose reports are all due (31 January of the next year) by the reader's clock.
export const FIRST_YEAR = 2019; // the first year of the report templates

/** Candidate years to ask about: FIRST_YEAR up to this year, at most the last `max` of them (the API's cap). */
export function candidateYears(now: Date, max = 10): number[] {
  const last = now.getFullYear();
  const from = Math.max(FIRST_YEAR, last - max + 1);
  return Array.from({ length: last - from + 1 }, (_, i) => from + i);
}

/** Years with at least one report, and the default: the latest such year already past its deadline
 *  (else the latest with reports; null when there are none, so the caller keeps its own fallback). */
export function pickYears(
  counts: { year: number; reports: number }[],
  now: Date,
): { years: number[]; latest: number | null } {
  const years = counts
    .filter((c) => c.reports > 0)
    .map((c) => c.year)
    .sort((a, b) => a - b);
  const due = years.filter((y) => now.getTime() > Date.UTC(y + 1, 0, 31, 23, 59, 59));
  return { years, latest: due.at(-1) ?? years.at(-1) ?? null };
}
