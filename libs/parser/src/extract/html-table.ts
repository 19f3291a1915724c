// One <table> → Row[] grid with rowspan/colspan expanded. A spanned cell's text is repeated into every slot it
// covers and `origin` marks the slot where it starts, so recognition can read each printed cell exactly once.
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { Row } from './types';

const MAX_SPAN = 200;

/** Cell text: pieces split over <p>/<span>/<br> joined with nothing between (labels like 三、本/年度办/理结果). */
export function cellText($: CheerioAPI, td: Cheerio<Element>): string {
  const txt = td.text();
  return txt.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '');
}

export function tableToRows($: CheerioAPI, table: Cheerio<Element>, tableIndex: number): Row[] {
  // Direct rows only: nested tables are read on their own.
  const trs = table.find('tr').filter((_, tr) => $(tr).closest('table')[0] === table[0]);
  const grid: { text: string; origin: boolean }[][] = [];
  trs.each((r, tr) => {
    grid[r] ??= [];
    let c = 0;
    $(tr).children('td,th').each((_, td) => {
      const cell = $(td);
      while (grid[r][c]) c++;
      const colspan = clampSpan(cell.attr('colspan'));
      const rowspan = clampSpan(cell.attr('rowspan'));
      const text = cellText($, cell);
      for (let dr = 0; dr < rowspan && r + dr < trs.length; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < colspan; dc++) grid[r + dr][c + dc] = { text, origin: dr === 0 && dc === 0 };
      }
      c += colspan;
    });
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
