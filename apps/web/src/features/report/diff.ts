// What changed between two revisions of a report: cells whose printed text or value differs, added or dropped.
import type { ReportCell } from './pivot';

export interface CellChange { key: string; label: string; before: string | null; after: string | null }

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
    out.push({ key, label: `${c.rowLabel} · ${c.colLabel}`, before: show(x), after: show(y) });
  }
  return out;
}
