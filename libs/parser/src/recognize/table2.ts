// Table 二 (Art. 20): item-header rows (第二十条第（X）项), a 信息内容 header row naming the columns, then
// item rows. The header wording decides the template of each block; with a truncated or missing header the
// item itself or the number of printed values decides, and the choice is recorded.
import {
  registeredTemplates,
  t2RowsOf,
  type Finding,
  type ParsedCell,
  type RegColumn,
  type TemplateId,
} from '@dh/domain';
import { matchT2Row, officialColLabel, T2_CLAUSE_RE, t2HeaderRe, type T2ItemId } from '../normalize/labels';
import { cellKey } from '../normalize/memo';
import { squash } from '../normalize/text';
import { isValueLike } from '../normalize/value';
import { makeCell } from './make-cell';
import type { Tok } from './tokens';

// Each row's columns per template, from the template registry (built on first use, then shared).
let colsByRow: Map<T2ItemId, Map<TemplateId, RegColumn[]>> | undefined;
function colsOf(item: T2ItemId): Map<TemplateId, RegColumn[]> {
  if (!colsByRow) {
    colsByRow = new Map();
    for (const t of registeredTemplates() as TemplateId[])
      for (const r of t2RowsOf(t)) {
        let m = colsByRow.get(r.row.id);
        if (!m) colsByRow.set(r.row.id, (m = new Map()));
        m.set(t, r.columns);
      }
  }
  return colsByRow.get(item) ?? new Map();
}

export interface TableOut {
  cells: ParsedCell[];
  findings: Finding[];
  templates: TemplateId[];
}

interface PendingRow {
  item: T2ItemId;
  label: Tok;
  values: Tok[];
  header: string[];
}

/** `open`: the text ends inside this table, so its last row may be cut (read left to right as far as it goes). */
export function recognizeTable2(toks: Tok[], fallback: TemplateId, open = false): TableOut {
  const out: TableOut = { cells: [], findings: [], templates: [] };
  let header: string[] = [];
  let inHeader = false;
  let row: PendingRow | null = null;
  const finish = (last = false) => {
    if (row) emitRow(row, fallback, out, open && last);
    row = null;
  };
  for (const t of toks) {
    const s = squash(t.text);
    if (T2_CLAUSE_RE.test(s)) {
      finish();
      header = [];
      inHeader = false;
      continue;
    }
    if (/^信息内容/.test(s)) {
      finish();
      header = [];
      inHeader = true;
      continue;
    }
    const item = matchT2Row(s);
    if (item) {
      finish();
      row = { item, label: t, values: [], header };
      inHeader = false;
      continue;
    }
    if (row) row.values.push(t);
    else if (inHeader) header.push(s);
  }
  finish(true);
  return out;
}

function blockTemplate(r: PendingRow, printed: number, fallback: TemplateId): { tpl: TemplateId; how: string } {
  const h = r.header.join('|');
  const byHeader = (registeredTemplates() as TemplateId[]).filter((t) => t2HeaderRe(t).test(h));
  if (byHeader.length === 1) return { tpl: byHeader[0], how: 'header' };
  const cols = colsOf(r.item);
  const options = [...cols.keys()];
  if (options.length === 1) return { tpl: options[0], how: 'item' };
  const byCount = options.filter((o) => cols.get(o)!.length === printed);
  if (byCount.length === 1) return { tpl: byCount[0], how: 'count' };
  return { tpl: fallback, how: 'fallback' };
}

function emitRow(r: PendingRow, fallback: TemplateId, out: TableOut, open: boolean): void {
  // Trailing blanks beyond the template's columns are layout padding of the grid (`行政许可 | 0 | ||`), not cells.
  let n = r.values.length;
  while (n > 0 && squash(r.values[n - 1].text) === '') n--;
  const vals = r.values.slice(0, n);
  const { tpl, how } = blockTemplate(r, vals.filter((v) => isValueLike(v.text)).length, fallback);
  out.templates.push(tpl);
  if (how === 'fallback') {
    out.findings.push({
      code: 'template_guessed',
      severity: 'info',
      loc: r.label.loc,
      messageZh: `「${r.label.text}」一行的表头缺失或残缺，按${tpl}年格式读取`,
      messageEn: `Header of row "${r.label.text}" missing or truncated; read with the ${tpl} template columns`,
    });
  }
  const cols = colsOf(r.item).get(tpl) ?? [];
  // Blanks printed within the template's columns are cells (kind empty), never a number.
  const slots = r.values.slice(0, Math.max(n, Math.min(cols.length, r.values.length)));
  const unit = /万元/.test(r.header.join(''))
    ? '万元'
    : /\(单位:元\)|[^万]元\)/.test(r.header.join(''))
      ? '元'
      : undefined;
  const keys = cols.map((c) => cellKey('t2', r.item, c.id));
  // A cut last row is read as far as it goes only where blanks are printed (pipes, grids): blank-separated
  // figures could as well have lost a blank cell before the cut.
  if (slots.length > 0 && slots.length < cols.length && (!open || slots.some((t) => t.loose))) {
    shortRow(r, slots, keys, tpl, out);
  } else {
    cols.forEach((c, i) => {
      const v = slots[i];
      if (!v) return;
      if (!isValueLike(v.text) && !/^[增减]/.test(squash(v.text)) && squash(v.text).length > 8) return;
      const cell = makeCell(keys[i], v, out.findings, c.grammar === 'amount' ? unit : undefined, tpl);
      cell.colLabel = officialColLabel(r.item, c.id, cell.colLabel, tpl);
      out.cells.push(cell);
    });
  }
  const extra = vals.slice(cols.length).filter((v) => squash(v.text) !== '');
  if (extra.length) {
    const stray = extra.map((e) => e.text).join(' ');
    out.findings.push({
      code: 'stray_cells',
      severity: extra.some((e) => isValueLike(e.text)) ? 'warning' : 'info',
      loc: extra[0].loc,
      messageZh: `「${r.label.text}」一行多出内容「${stray.slice(0, 60)}」，未计入`,
      messageEn: `Row "${r.label.text}" has extra content "${stray.slice(0, 60)}"; ignored`,
    });
  }
}

/**
 * Fewer cells than the template's columns, and the text goes on: which column lost its cell cannot be told, so
 * no value is placed by position. Each cell stays unresolved with the printed values it could hold.
 */
function shortRow(r: PendingRow, slots: Tok[], keys: string[], tpl: TemplateId, out: TableOut): void {
  const p = slots.length;
  const raw = slots.map((t) => t.text.trim()).join(' ');
  keys.forEach((key, i) => {
    const cell = makeCell(key, slots[0], out.findings, undefined, tpl);
    const cands = new Set<number>();
    for (let j = Math.max(0, i - (keys.length - p)); j <= Math.min(i, p - 1); j++) {
      const v = makeCell(key, slots[j], []).value;
      if (v !== null) cands.add(v);
    }
    cell.raw = raw;
    cell.value = null;
    cell.kind = 'unresolved';
    cell.candidates = [...cands].sort((a, b) => a - b);
    cell.colLabel = officialColLabel(r.item, key.slice(key.lastIndexOf('.') + 1), cell.colLabel, tpl);
    delete cell.rawUnit;
    out.cells.push(cell);
  });
  out.findings.push({
    code: 'row_short',
    severity: 'warning',
    loc: r.label.loc,
    keys,
    messageZh: `「${r.label.text}」一行只有${p}个单元格（应为${keys.length}个），无法确定空缺的是哪一列，数值未填入`,
    messageEn: `Row "${r.label.text}" has ${p} cells instead of ${keys.length}; which column is blank cannot be told, so no value is placed`,
  });
}
