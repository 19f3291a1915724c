// One <table> → Row[] grid with rowspan/colspan expanded. A spanned cell's text is repeated into every slot it
// covers and `origin` marks the slot where it starts, so recognition can read each printed cell exactly once.
// The DOM path (tableToRows) and the streaming path (html-stream.ts) both hand their cells to `gridRows`.
import type { Element } from 'domhandler';
import { attr, findAll, isElement, textOf } from './dom';
import type { Row } from './types';

const MAX_SPAN = 200;

/** A printed cell as read: its text (already `cellText`-squeezed) and its spans as written. */
export interface CellSpec {
  text: string;
  colspan: string | undefined;
  rowspan: string | undefined;
}

/** Cell text: pieces split over <p>/<span>/<br> joined with nothing between (labels like 三、本/年度办/理结果). */
export function squeezeCellText(raw: string): string {
  return raw.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '');
}

export function cellText(td: Element): string {
  return squeezeCellText(textOf(td));
}

/** The nearest <table> above `el` (not `el` itself). */
function tableOf(el: Element): Element | null {
  for (let p = el.parent; p; p = p.parent)
    if (p.type !== 'root' && (p as Element).name === 'table') return p as Element;
  return null;
}

export function tableToRows(table: Element, tableIndex: number): Row[] {
  // Direct rows only: nested tables are read on their own.
  const trs = findAll(table, (el) => el.name === 'tr').filter((tr) => tableOf(tr) === table);
  return gridRows(
    trs.map((tr) => {
      const cells: CellSpec[] = [];
      for (const td of tr.children) {
        if (!isElement(td) || (td.name !== 'td' && td.name !== 'th')) continue;
        cells.push({ text: cellText(td), colspan: attr(td, 'colspan'), rowspan: attr(td, 'rowspan') });
      }
      return cells;
    }),
    tableIndex,
  );
}

/** The table's rows (each its cells left to right) → the expanded grid. */
export function gridRows(trs: CellSpec[][], tableIndex: number): Row[] {
  const grid: { text: string; origin: boolean }[][] = [];
  trs.forEach((tds, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const td of tds) {
      while (grid[r][c]) c++;
      const colspan = clampSpan(td.colspan);
      const rowspan = clampSpan(td.rowspan);
      for (let dr = 0; dr < rowspan && r + dr < trs.length; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < colspan; dc++) grid[r + dr][c + dc] = { text: td.text, origin: dr === 0 && dc === 0 };
      }
      c += colspan;
    }
  });
  return grid.map((slots, r) => {
    const cells: string[] = [];
    const origin: boolean[] = [];
    for (let c = 0; c < slots.length; c++) {
      cells.push(slots[c]?.text ?? '');
      origin.push(slots[c]?.origin ?? false);
    }
    return { cells, origin, loc: { table: tableIndex, row: r } };
  });
}

function clampSpan(v: string | undefined): number {
  const n = Number.parseInt(v ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}
