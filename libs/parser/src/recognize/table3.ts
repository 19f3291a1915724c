// Table 三 (applications): header rows, then labelled rows of 7 values (自然人, five 法人或其他组织 columns,
// 总计). Group labels (三、本年度办理结果, （三）不予公开 …) may be printed once, twice or on every row; they
// carry no values. （六）其他处理 is a row (2019) unless sub-rows 1.–3. follow (2021).
import { registeredTemplates, T3_COLUMNS, T3_ROWS, templateTables } from '@dh/domain';
import type { TemplateId } from '@dh/domain';
import { matchT3Label } from '../normalize/labels';
import { cellKey } from '../normalize/memo';
import { squash } from '../normalize/text';

const rowOf = (id: string) => T3_ROWS.find((r) => r.id === id) ?? { zh: id, en: id };
import { isValueLike } from '../normalize/value';
import { makeCell } from './make-cell';
import type { TableOut } from './table2';
import type { Tok } from './tokens';

interface PendingRow {
  id: string;
  label: Tok;
  values: Tok[];
  tentative: boolean;
}

export function recognizeTable3(toks: Tok[]): TableOut {
  const out: TableOut = { cells: [], findings: [], templates: [] };
  const rows: PendingRow[] = [];
  let row: PendingRow | null = null;
  for (const t of toks) {
    const m = matchT3Label(t.text);
    if (!m) {
      if (row) row.values.push(t);
      continue;
    }
    // A tentative （六）其他处理 followed straight by its sub-rows was the 2021 group label.
    if (
      row?.tentative &&
      m.kind === 'row' &&
      m.id.startsWith('other.') &&
      !row.values.some((v) => squash(v.text) !== '')
    )
      rows.pop();
    if (m.kind === 'group') {
      row = null;
      continue;
    }
    row =
      m.kind === 'other_group'
        ? { id: 'other', label: t, values: [], tentative: true }
        : { id: m.id, label: t, values: [], tentative: false };
    rows.push(row);
    if (m.kind === 'row' && m.typo) {
      out.findings.push({
        code: 'label_variant',
        severity: 'info',
        loc: t.loc,
        keys: [`t3.${m.id}.total`],
        messageZh: `行标签「${t.text}」与格式原文不同，按「${rowOf(m.id).zh}」识别`,
        messageEn: `Row label "${t.text}" differs from the template wording; read as "${rowOf(m.id).en}"`,
      });
    }
  }
  rows.forEach((r, i) => emitRow(r, i === rows.length - 1, out));
  // （六）其他处理 as sub-rows or as one row tells the template, where only one template of the registry prints it so.
  for (const shape of [(id: string) => id.startsWith('other.'), (id: string) => id === 'other']) {
    if (!rows.some((r) => shape(r.id))) continue;
    const printing = registeredTemplates().filter((t) => templateTables(t).table3.some(shape));
    if (printing.length === 1) out.templates.push(printing[0] as TemplateId);
  }
  return out;
}

function emitRow(r: PendingRow, last: boolean, out: TableOut): void {
  // Value slots only: a stray header word inside a row is not a cell.
  const vals = r.values.filter((v) => isValueLike(v.text) || /^[增减]/.test(squash(v.text)));
  const stray = r.values.filter((v) => !vals.includes(v));
  const printed = vals.slice(0, 7).length;
  // Blank-separated figures: a blank cell leaves no trace, so a short row cannot be read by position.
  if (printed > 0 && printed < 7 && !last && vals.some((v) => v.loose)) {
    unplaced(r, vals.slice(0, printed), out);
    return;
  }
  T3_COLUMNS.forEach((c, i) => {
    if (vals[i]) out.cells.push(makeCell(cellKey('t3', r.id, c.id), vals[i], out.findings));
  });
  if (printed > 0 && printed < 7 && !last) {
    out.findings.push({
      code: 'row_short',
      severity: 'warning',
      loc: r.label.loc,
      keys: T3_COLUMNS.slice(printed).map((c) => `t3.${r.id}.${c.id}`),
      messageZh: `「${r.label.text}」一行只有${printed}个数值（应为7个），按从左到右读取，其余缺失`,
      messageEn: `Row "${r.label.text}" has ${printed} values instead of 7; read left to right, the rest missing`,
    });
  }
  const extra = vals.slice(7).filter((v) => squash(v.text) !== '');
  if (extra.length || stray.length) {
    const text = [...extra, ...stray]
      .map((e) => e.text)
      .join(' ')
      .slice(0, 60);
    out.findings.push({
      code: 'stray_cells',
      severity: extra.length ? 'warning' : 'info',
      loc: r.label.loc,
      messageZh: `「${r.label.text}」一行多出内容「${text}」，未计入`,
      messageEn: `Row "${r.label.text}" has extra content "${text}"; ignored`,
    });
  }
}

function unplaced(r: PendingRow, vals: Tok[], out: TableOut): void {
  const n = T3_COLUMNS.length;
  const raw = vals.map((t) => t.text.trim()).join(' ');
  T3_COLUMNS.forEach((c, i) => {
    const cell = makeCell(cellKey('t3', r.id, c.id), vals[0], out.findings);
    const cands = new Set<number>();
    for (let j = Math.max(0, i - (n - vals.length)); j <= Math.min(i, vals.length - 1); j++) {
      const v = makeCell(cell.key, vals[j], []).value;
      if (v !== null) cands.add(v);
    }
    Object.assign(cell, { raw, value: null, kind: 'unresolved', candidates: [...cands].sort((a, b) => a - b) });
    out.cells.push(cell);
  });
  out.findings.push({
    code: 'row_short',
    severity: 'warning',
    loc: r.label.loc,
    keys: T3_COLUMNS.map((c) => `t3.${r.id}.${c.id}`),
    messageZh: `「${r.label.text}」一行只有${vals.length}个数值（应为7个），无法确定空缺的是哪一列，数值未填入`,
    messageEn: `Row "${r.label.text}" has ${vals.length} values instead of 7; which column is blank cannot be told, so no value is placed`,
  });
}

export type { TemplateId };
