// What changed between two revisions of a report: cells whose printed text or value differs, added or dropped,
// grouped by table so a copy that misses a table reads as one line, not two hundred.
import type { ReportCell } from './pivot';

export interface CellChange {
  key: string;
  section: string;
  label: string;
  before: string | null;
  after: string | null;
}

export function diffCells(before: ReportCell[], after: ReportCell[]): CellChange[] {
  const a = new Map(before.map((c) => [c.key, c]));
  const b = new Map(after.map((c) => [c.key, c]));
  const out: CellChange[] = [];
  const show = (c: ReportCell | undefined) => (c ? c.raw || (c.value === null ? '' : String(c.value)) : null);
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key);
    const y = b.get(key);
    if (x && y && x.raw === y.raw && x.value === y.value) continue;
    const c = (y ?? x)!;
    out.push({ key, section: c.section, label: `${c.rowLabel} · ${c.colLabel}`, before: show(x), after: show(y) });
  }
  return out;
}

/** One table's changes: cells read on both sides that differ, and the cells only one side has (counted apart). */
export interface TableDiff {
  section: string;
  changed: CellChange[];
  onlyBefore: CellChange[];
  onlyAfter: CellChange[];
}

const TABLE_ORDER = ['二', '三', '四'];

export function diffByTable(before: ReportCell[], after: ReportCell[]): TableDiff[] {
  const groups = new Map<string, TableDiff>();
  for (const c of diffCells(before, after)) {
    const g = groups.get(c.section) ?? { section: c.section, changed: [], onlyBefore: [], onlyAfter: [] };
    groups.set(c.section, g);
    (c.after === null ? g.onlyBefore : c.before === null ? g.onlyAfter : g.changed).push(c);
  }
  const rank = (s: string) => (TABLE_ORDER.includes(s) ? TABLE_ORDER.indexOf(s) : TABLE_ORDER.length);
  return [...groups.values()].sort((x, y) => rank(x.section) - rank(y.section));
}
