// A report's cells back into the shape of the printed tables (rows × columns), in catalogue order, with what
// the page must flag on each cell: findings that name it, inferred values, ambiguous splits.
import { METRIC_BY_KEY, METRICS } from '@dh/domain';

export interface ReportCell {
  key: string;
  section: string;
  rowLabel: string;
  colLabel: string;
  raw: string;
  value: number | null;
  kind: string;
  unit?: string | null;
  rawUnit?: string | null;
  inferred: boolean;
  candidates?: number[] | null;
  /** An admin corrected the cell: value is the corrected value, publishedValue the one printed. */
  corrected?: boolean;
  publishedValue?: number | null;
  correction?: { id: string; note: string; correctedBy: string; correctedAt: string } | null;
}
export interface ReportFinding {
  id: string;
  code: string;
  severity: string;
  messageZh: string;
  messageEn: string;
  keys?: string[] | null;
  status: string;
  resolvedByCorrectionId?: string | null;
  raisedByCorrectionId?: string | null;
}

export interface PivotCell {
  cell: ReportCell;
  findings: ReportFinding[];
  flag: 'finding' | 'ambiguous' | 'inferred' | 'corrected' | null;
}
export interface PivotTable {
  section: string;
  cols: string[];
  rows: { label: string; cells: (PivotCell | null)[] }[];
}

// The catalogue's English label is "row: column" (Applications received: natural persons); the page in English heads
// its rows and columns with those halves. A cell the catalogue does not know keeps the template's printed label.
function labelsOf(c: ReportCell, lang: 'zh' | 'en'): { row: string; col: string } {
  const en = lang === 'en' ? METRIC_BY_KEY.get(c.key)?.labelEn : undefined;
  const at = en?.lastIndexOf(': ') ?? -1;
  return en && at > 0 ? { row: en.slice(0, at), col: en.slice(at + 2) } : { row: c.rowLabel, col: c.colLabel };
}

const ORDER = new Map(METRICS.map((m, i) => [m.key, i]));
const SECTIONS = ['二', '三', '四'];

export function pivotCells(cells: ReportCell[], findings: ReportFinding[], lang: 'zh' | 'en' = 'zh'): PivotTable[] {
  const byKey = new Map<string, ReportFinding[]>();
  // A finding a correction resolved no longer marks its cells red.
  for (const f of findings)
    if (f.status !== 'resolved') for (const k of f.keys ?? []) byKey.set(k, [...(byKey.get(k) ?? []), f]);
  const rank = (c: ReportCell) => ORDER.get(c.key) ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...cells].sort((a, b) => rank(a) - rank(b));
  const out: PivotTable[] = [];
  for (const section of SECTIONS) {
    const mine = sorted.filter((c) => c.section === section);
    if (!mine.length) continue;
    const cols: string[] = [];
    const colText = new Map<string, string>();
    const rows: { key: string; label: string; byCol: Map<string, PivotCell> }[] = [];
    for (const c of mine) {
      const text = labelsOf(c, lang);
      if (!cols.includes(c.colLabel)) {
        cols.push(c.colLabel);
        colText.set(c.colLabel, text.col);
      }
      let row = rows.find((r) => r.key === c.rowLabel);
      if (!row) {
        row = { key: c.rowLabel, label: text.row, byCol: new Map() };
        rows.push(row);
      }
      const fs = byKey.get(c.key) ?? [];
      const flag = c.corrected
        ? 'corrected'
        : fs.length
          ? 'finding'
          : c.candidates?.length
            ? 'ambiguous'
            : c.inferred
              ? 'inferred'
              : null;
      row.byCol.set(c.colLabel, { cell: c, findings: fs, flag });
    }
    out.push({
      section,
      cols: cols.map((c) => colText.get(c) ?? c),
      rows: rows.map((r) => ({ label: r.label, cells: cols.map((col) => r.byCol.get(col) ?? null) })),
    });
  }
  return out;
}
