// Which headline totals the overview shows for a year: the template decides (normative documents are counted
// differently from 2021; procurement exists only in the 2019 template).
import { templateForYear } from '@dh/domain';

export interface Headline { key: string; label: 'kpi.applications' | 'kpi.penalties' | 'kpi.licences' | 'kpi.normative' | 'kpi.procurement' }

// The year's template decides (templateForYear, the one rule). Not the catalogue: asking it here would load the whole
// metric catalogue with the first page.
export function headlineMetrics(year: number): Headline[] {
  const tpl = templateForYear(year);
  const out: Headline[] = [
    { key: 't3.new.total', label: 'kpi.applications' },
    { key: 't2.penalty.decisions', label: 'kpi.penalties' },
    { key: 't2.licensing.decisions', label: 'kpi.licences' },
    { key: tpl === '2021' ? 't2.normative.issued' : 't2.normative.new_made', label: 'kpi.normative' },
  ];
  if (tpl === '2019') out.push({ key: 't2.procurement.amount', label: 'kpi.procurement' });
  return out;
}

/** Top n and bottom n of a ranked list, without repeating anyone when the list is short. */
export function topBottom<T>(rows: T[], n: number): { top: T[]; bottom: T[] } {
  const top = rows.slice(0, n);
  const bottom = rows.slice(Math.max(n, rows.length - n)).reverse();
  return { top, bottom };
}
