// Table 四 (reconsideration and litigation): headers, then 15 values in the fixed order 行政复议 ×5,
// 未经复议直接起诉 ×5, 复议后起诉 ×5. HTML grids give rows of values; text gives a run after the last header.
import { T4_COLUMNS, T4_GROUPS } from '@dh/domain';
import { squash } from '../normalize/text';
import { isValueLike } from '../normalize/value';
import { makeCell } from './make-cell';
import type { TableOut } from './table2';
import type { Tok } from './tokens';

const KEYS = T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => `t4.${g.id}.${c.id}`));

export function recognizeTable4(toks: Tok[], grid: boolean): TableOut {
  const out: TableOut = { cells: [], findings: [], templates: [] };
  const vals = grid ? gridValues(toks) : (groupRows(toks) ?? runValues(toks));
  KEYS.forEach((k, i) => {
    const v = vals[i];
    if (v) out.cells.push(makeCell(k, v, out.findings));
  });
  const extra = vals.slice(15).filter((v): v is Tok => v !== undefined && squash(v.text) !== '');
  if (extra.length) {
    out.findings.push({
      code: 'stray_cells',
      severity: 'warning',
      loc: extra[0].loc,
      messageZh: `表四多出${extra.length}个数值，未计入`,
      messageEn: `Table 4 has ${extra.length} extra values; ignored`,
    });
  }
  return out;
}

// Rows whose cells are all values (blanks allowed) and not all blank; an all-blank trailing row is layout.
function gridValues(toks: Tok[]): Tok[] {
  const byRow = new Map<string, Tok[]>();
  for (const t of toks) {
    const k = `${t.block}:${t.row}`;
    const list = byRow.get(k);
    if (list) list.push(t);
    else byRow.set(k, [t]);
  }
  const out: Tok[] = [];
  for (const cells of byRow.values()) {
    if (cells.every((c) => isValueLike(c.text)) && cells.some((c) => squash(c.text) !== ''))
      for (const c of cells) out.push(c);
  }
  return out;
}

// One small table per group (markdown conversions): rows of five values, each placed by the group label printed
// above it (复议后起诉 / 直接起诉 / 行政复议); a group whose table is missing stays missing. Slots are `undefined`.
function groupRows(toks: Tok[]): (Tok | undefined)[] | null {
  const rows: { group: number; cells: Tok[] }[] = [];
  let group = -1;
  let cur: { key: string; cells: Tok[] } | null = null;
  for (const t of toks) {
    const s = squash(t.text);
    if (!isValueLike(t.text)) {
      const g = /复议后起诉/.test(s) ? 2 : /直接起诉|未经复议/.test(s) ? 1 : /^行政复议/.test(s) ? 0 : -1;
      if (g >= 0) group = g;
      cur = null;
      continue;
    }
    const key = `${t.block}:${t.row}`;
    if (!cur || cur.key !== key) {
      cur = { key, cells: [] };
      rows.push({ group, cells: cur.cells });
    }
    cur.cells.push(t);
  }
  const full = rows.filter((r) => r.cells.some((c) => squash(c.text) !== ''));
  const groups = new Set(full.map((r) => r.group));
  if (full.length < 2 || groups.size !== full.length || groups.has(-1) || full.some((r) => r.cells.length !== 5))
    return null;
  const out: (Tok | undefined)[] = new Array<Tok | undefined>(15).fill(undefined);
  for (const r of full)
    r.cells.forEach((c, i) => {
      out[r.group * 5 + i] = c;
    });
  return out;
}

// After the last header word; leading blanks are dropped only while there are more than 15 slots.
function runValues(toks: Tok[]): Tok[] {
  let last = -1;
  toks.forEach((t, i) => {
    if (!isValueLike(t.text)) last = i;
  });
  const vals = toks.slice(last + 1);
  while (vals.length > 15 && squash(vals[0].text) === '') vals.shift();
  let n = vals.length;
  while (n > 15 && squash(vals[n - 1].text) === '') n--;
  return vals.slice(0, n);
}
