// The 对比 table, defined once: the dashboard draws it and the CSV/XLSX export writes it from this same layout, so the
// file has the page's columns, labels, units and rounding (a reader compares them cell by cell).
import { agencyTypeLabel, levelLabel } from './agency-types';

export type TableLang = 'zh' | 'en';
export type TableCell = string | number | null;
/** label: text; count: bodies; value: in the metric's unit; change: signed, metric's unit; percent / share: 0–100, one decimal. */
export type ColumnKind = 'label' | 'count' | 'value' | 'change' | 'percent' | 'share';
export interface TableColumn {
  key: string;
  title: string;
  kind: ColumnKind;
  unit: string;
}
export interface TableLayout {
  columns: TableColumn[];
  rows: TableCell[][];
  total: TableCell[];
}

interface Cell {
  metric: string;
  year: number;
  value: number | null;
  yoy: number | null;
  yoyRate: number | null;
  share: number | null;
}
export interface CompareTableInput {
  groupBy: string;
  years: number[];
  rowCount: number;
  metrics: { key: string; labelZh: string; labelEn: string; unit: string }[];
  rows: { key: string; label: string; agencies: number; cells: Cell[] }[];
  totals: Cell[];
}

const UNIT_EN: Record<string, string> = {
  件: 'count',
  项: 'items',
  元: 'CNY',
  万元: '10k CNY',
  个: 'count',
  分: 'points',
};
export const unitLabel = (unit: string, lang: TableLang): string => (lang === 'en' ? (UNIT_EN[unit] ?? unit) : unit);

const GROUP_TITLE: Record<string, Record<TableLang, string>> = {
  agency: { zh: '机关', en: 'Body' },
  type: { zh: '类型', en: 'Type' },
  region: { zh: '地区', en: 'Region' },
  level: { zh: '层级', en: 'Level' },
};

/** A group's label as the reader reads it: type and level groups come back from the API as keys (city, emergency_management). */
export function groupLabel(label: string, groupBy: string, lang: TableLang): string {
  if (groupBy === 'type') return agencyTypeLabel(label, lang);
  if (groupBy === 'level') return levelLabel(label, lang);
  return label;
}

// One decimal, as the page prints it: an export must not carry 0.15733… where the screen says 15.7 %.
const pct = (fraction: number | null): number | null => (fraction === null ? null : Math.round(fraction * 1000) / 10);

export function compareColumns(r: CompareTableInput, lang: TableLang): TableColumn[] {
  const en = lang === 'en';
  const cols: TableColumn[] = [
    { key: 'label', title: (GROUP_TITLE[r.groupBy] ?? GROUP_TITLE.agency)[lang], kind: 'label', unit: '' },
    { key: 'agencies', title: en ? 'Bodies' : '机关数', kind: 'count', unit: '' },
  ];
  for (const m of r.metrics) {
    const name = en ? m.labelEn : m.labelZh;
    const u = unitLabel(m.unit, lang);
    for (const y of r.years) {
      cols.push(
        {
          key: `${m.key}|${y}`,
          title: en ? `${name} ${y} (${u})` : `${name} ${y}年（${u}）`,
          kind: 'value',
          unit: m.unit,
        },
        {
          key: `${m.key}|${y}|yoy`,
          title: en ? `Change on previous year ${y} (${u})` : `${y}年同比增减（${u}）`,
          kind: 'change',
          unit: m.unit,
        },
        {
          key: `${m.key}|${y}|yoyRate`,
          title: en ? `Change on previous year ${y} (%)` : `${y}年同比（%）`,
          kind: 'percent',
          unit: '%',
        },
        {
          key: `${m.key}|${y}|share`,
          title: en ? `Share of total ${y} (%)` : `${y}年占合计（%）`,
          kind: 'share',
          unit: '%',
        },
      );
    }
  }
  return cols;
}

function cellsOf(r: CompareTableInput, cells: Cell[]): TableCell[] {
  const by = new Map(cells.map((c) => [`${c.metric}|${c.year}`, c]));
  return r.metrics.flatMap((m) =>
    r.years.flatMap((y) => {
      const c = by.get(`${m.key}|${y}`);
      return [c?.value ?? null, c?.yoy ?? null, pct(c?.yoyRate ?? null), pct(c?.share ?? null)];
    }),
  );
}

/**
 * Rows in the API's order, then the totals row. The API's totals cover every row the filter selects, before the row
 * limit; when the table shows fewer rows than that, the label says so instead of pretending to sum what is listed.
 */
export function compareLayout(r: CompareTableInput, lang: TableLang): TableLayout {
  const rows = r.rows.map((row): TableCell[] => [
    groupLabel(row.label, r.groupBy, lang),
    row.agencies,
    ...cellsOf(r, row.cells),
  ]);
  const all = r.rowCount > r.rows.length;
  const label =
    lang === 'en'
      ? all
        ? `Total of all ${r.rowCount} rows`
        : 'Total'
      : all
        ? `合计（全部 ${r.rowCount} 行）`
        : '合计';
  const bodies = all ? null : r.rows.reduce((s, row) => s + row.agencies, 0);
  return { columns: compareColumns(r, lang), rows, total: [label, bodies, ...cellsOf(r, r.totals)] };
}
