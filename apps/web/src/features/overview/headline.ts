// Which headline totals the overview shows for a year: the template decides (normative documents are counted
// differently from 2021; procurement exists only in the 2019 template).
import { t2RowsOf, templateForYear } from '@dh/domain';

export interface Headline {
  key: string;
  label: 'kpi.applications' | 'kpi.penalties' | 'kpi.licences' | 'kpi.normative' | 'kpi.procurement';
}

// The year's template decides (templateForYear, the one rule), its table 二 as the template registry lays it out. Not the
// catalogue: asking it here would load the whole metric catalogue with the first page.
export function headlineMetrics(year: number): Headline[] {
  const rows = t2RowsOf(templateForYear(year));
  const key = (row: string, col?: string): string | undefined => {
    const r = rows.find((x) => x.row.id === row);
    const c = col ? r?.columns.find((x) => x.id === col) : r?.columns[0];
    return c && `t2.${row}.${c.id}`;
  };
  const wanted: [string | undefined, Headline['label']][] = [
    ['t3.new.total', 'kpi.applications'],
    [key('penalty', 'decisions'), 'kpi.penalties'],
    [key('licensing', 'decisions'), 'kpi.licences'],
    // The row's first column counts the year's new documents (made in the 2019 template, issued in the 2021 one).
    [key('normative'), 'kpi.normative'],
    [key('procurement', 'amount'), 'kpi.procurement'],
  ];
  return wanted.flatMap(([k, label]) => (k ? [{ key: k, label }] : []));
}

/** Top n and bottom n of a ranked list, without repeating anyone when the list is short. */
export function topBottom<T>(rows: T[], n: number): { top: T[]; bottom: T[] } {
  const top = rows.slice(0, n);
  const bottom = rows.slice(Math.max(n, rows.length - n)).reverse();
  return { top, bottom };
}
