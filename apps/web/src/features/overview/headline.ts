// Which headline totals the overview shows for a year: the template decides (normative documents are counted
// differently from 2021; procurement exists only in the 2019 template).
export interface Headline { key: string; label: 'kpi.applications' | 'kpi.penalties' | 'kpi.licences' | 'kpi.normative' | 'kpi.procurement' }

export function headlineMetrics(year: number): Headline[] {
  const out: Headline[] = [
    { key: 't3.new.total', label: 'kpi.applications' },
    { key: 't2.penalty.decisions', label: 'kpi.penalties' },
    { key: 't2.licensing.decisions', label: 'kpi.licences' },
    { key: year >= 2021 ? 't2.normative.issued' : 't2.normative.new_made', label: 'kpi.normative' },
  ];
  if (year <= 2020) out.push({ key: 't2.procurement.amount', label: 'kpi.procurement' });
  return out;
}

/** Top n and bottom n of a ranked list, without repeating anyone when the list is short. */
export function topBottom<T>(rows: T[], n: number): { top: T[]; bottom: T[] } {
  const top = rows.slice(0, n);
  const bottom = rows.slice(Math.max(n, rows.length - n)).reverse();
  return { top, bottom };
}
