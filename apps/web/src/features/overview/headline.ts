// Which headline totals the overview shows for a year: the template decides (normative documents are counted
// differently from 2021; procurement exists only in the 2019 template).
import { METRIC_BY_KEY, templateForYear } from '@dh/domain';

export interface Headline { key: string; label: 'kpi.applications' | 'kpi.penalties' | 'kpi.licences' | 'kpi.normative' | 'kpi.procurement' }

// The year's template and the catalogue decide: each headline is the first of its keys that template has.
const HEADLINES: { keys: string[]; label: Headline['label'] }[] = [
  { keys: ['t3.new.total'], label: 'kpi.applications' },
  { keys: ['t2.penalty.decisions'], label: 'kpi.penalties' },
  { keys: ['t2.licensing.decisions'], label: 'kpi.licences' },
  { keys: ['t2.normative.issued', 't2.normative.new_made'], label: 'kpi.normative' },
  { keys: ['t2.procurement.amount'], label: 'kpi.procurement' },
];

export function headlineMetrics(year: number): Headline[] {
  const tpl = templateForYear(year);
  return HEADLINES.flatMap((h) => {
    const key = h.keys.find((k) => METRIC_BY_KEY.get(k)?.templates.includes(tpl));
    return key ? [{ key, label: h.label }] : [];
  });
}

/** Top n and bottom n of a ranked list, without repeating anyone when the list is short. */
export function topBottom<T>(rows: T[], n: number): { top: T[]; bottom: T[] } {
  const top = rows.slice(0, n);
  const bottom = rows.slice(Math.max(n, rows.length - n)).reverse();
  return { top, bottom };
}
