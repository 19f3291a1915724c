// The prescribed arithmetic (勾稽关系). A broken sum is a finding; numbers are never changed. Pure and in the domain
// library: the parser's validate stage runs it on a report, the bureau's web form on what is typed.
// Blank and `/` cells count as 0; a cell printed as text or unresolved skips the check it is in.
import { T3_ROWS } from './metric-catalog';
import { T3_COLUMNS, T4_COLUMNS, T4_GROUPS } from './template-registry';
import type { Finding, ParsedCell } from './model';

type Lookup = (key: string) => number | null | undefined;

// Keys built once: fresh template strings had to be hashed on every Map lookup, the bulk of this check.
const keyTable = (prefix: string, rows: readonly { id: string }[], cols: readonly { id: string }[]) =>
  new Map(rows.map((r) => [r.id, new Map(cols.map((c) => [c.id, `${prefix}.${r.id}.${c.id}`]))]));
const T3_KEYS = keyTable('t3', T3_ROWS, T3_COLUMNS);
const T4_KEYS = keyTable('t4', T4_GROUPS, T4_COLUMNS);
const t3Key = (row: string, col: string) => T3_KEYS.get(row)?.get(col) ?? `t3.${row}.${col}`;
const t4Key = (group: string, col: string) => T4_KEYS.get(group)?.get(col) ?? `t4.${group}.${col}`;

function lookupOf(m: Map<string, ParsedCell>): Lookup {
  return (key) => {
    const c = m.get(key);
    if (!c) return undefined;
    if (c.kind === 'empty' || c.kind === 'not_applicable') return 0;
    return c.value;
  };
}

function sum(get: Lookup, keys: string[]): number | null {
  let s = 0;
  for (const k of keys) {
    const v = get(k);
    if (v === undefined || v === null) return null;
    s += v;
  }
  return s;
}

function broken(code: string, zh: string, en: string, keys: string[]): Finding {
  return { code, severity: 'error', messageZh: zh, messageEn: en, keys };
}

// Per column and per row, the keys each check reads, built once (the checks ran a dozen filter/map passes a report).
const RESULT_ROWS = T3_ROWS.filter((r) => r.group || r.id === 'disclosed' || r.id === 'partial').map((r) => r.id);
const T3_BY_COL = T3_COLUMNS.map((col) => {
  const k = (row: string) => t3Key(row, col.id);
  return {
    col,
    kNew: k('new'),
    kIn: k('carried_in'),
    kTotal: k('result_total'),
    kOut: k('carried_out'),
    kOther: k('other'),
    results: RESULT_ROWS.map((r) => ({ r, key: k(r), sub: r.startsWith('other.') })),
  };
});
const T3_BY_ROW = T3_ROWS.map((row) => ({
  row,
  total: t3Key(row.id, 'total'),
  parts: T3_COLUMNS.filter((c) => c.id !== 'total').map((c) => t3Key(row.id, c.id)),
}));
const T4_BY_GROUP = T4_GROUPS.map((g) => ({
  g,
  total: t4Key(g.id, 'total'),
  parts: T4_COLUMNS.filter((c) => c.id !== 'total').map((c) => t4Key(g.id, c.id)),
}));

export function checkArithmetic(cells: ParsedCell[]): Finding[] {
  // Last cell per key for values, first per key for the total cell (as find()).
  const last = new Map<string, ParsedCell>();
  const first = new Map<string, ParsedCell>();
  const emptyKeys = new Set<string>();
  for (const c of cells) {
    last.set(c.key, c);
    if (!first.has(c.key)) first.set(c.key, c);
    if (c.kind === 'empty') emptyKeys.add(c.key);
  }
  const get = lookupOf(last);
  const has = last;
  const out: Finding[] = [];
  // Rows whose total cell is blank while applicants are not: the total column cannot be summed down.
  const blankTotal = new Set<string>();
  for (const { row, total, parts } of T3_BY_ROW) {
    if (emptyKeys.has(total) && parts.some((key) => (get(key) ?? 0) > 0)) blankTotal.add(row.id);
  }
  for (const { col, kNew, kIn, kTotal, kOut, kOther, results } of T3_BY_COL) {
    // 一 + 二 = （七） + 四, per column.
    const left = sum(get, [kNew, kIn]);
    const right = sum(get, [kTotal, kOut]);
    if (left !== null && right !== null && left !== right) {
      out.push(
        broken(
          't3_column_identity',
          `表三「${col.zh}」列：本年新收+上年结转=${left}，办理结果总计+结转下年度=${right}，不相等`,
          `Table 3, column ${col.en}: received + carried in = ${left}, but total handled + carried out = ${right}`,
          [kNew, kIn, kTotal, kOut],
        ),
      );
    }
    // （七）总计 = sum of the result rows printed. A 2021 table that prints the （六）其他处理 group row above its three
    // sub-rows shows their subtotal there: counted once (the sub-rows), the subtotal checked on its own.
    const subs = results.filter((x) => x.sub && has.has(x.key));
    const printed = results.filter((x) => has.has(x.key) && !(x.r === 'other' && subs.length));
    const subKeys = subs.map((x) => x.key);
    const subtotal = subs.length && has.has(kOther) ? get(kOther) : undefined;
    const subSum = subs.length ? sum(get, subKeys) : null;
    if (subtotal !== undefined && subtotal !== null && subSum !== null && subtotal !== subSum) {
      out.push(
        broken(
          't3_group_subtotal',
          `表三「${col.zh}」列：（六）其他处理小计为${subtotal}，其下各项之和为${subSum}`,
          `Table 三, column ${col.en}: (六) otherwise-handled subtotal is ${subtotal}, its sub-rows add up to ${subSum}`,
          [kOther, ...subKeys],
        ),
      );
    }
    const total = get(kTotal);
    const printedKeys = printed.map((x) => x.key);
    const parts = sum(get, printedKeys);
    const blanks = col.id === 'total' && printed.some((x) => blankTotal.has(x.r));
    if (printed.length && !blanks && total !== undefined && total !== null && parts !== null && parts !== total) {
      out.push(
        broken(
          't3_result_total',
          `表三「${col.zh}」列：各办理结果之和为${parts}，（七）总计为${total}`,
          `Table 3, column ${col.en}: result rows add up to ${parts}, but the total handled (row 7) is ${total}`,
          [kTotal, ...printedKeys],
        ),
      );
    }
  }
  for (const { row, total: kTotal, parts } of T3_BY_ROW) {
    const s = sum(get, parts);
    const totalCell = first.get(kTotal);
    if (
      s === null ||
      !totalCell ||
      (totalCell.value === null && totalCell.kind !== 'empty' && totalCell.kind !== 'not_applicable')
    )
      continue;
    if (totalCell.kind === 'empty') {
      if (s > 0)
        out.push({
          code: 't3_row_total_blank',
          severity: 'info',
          keys: [kTotal],
          loc: totalCell.loc,
          messageZh: `表三「${row.zh}」总计栏空白，各申请人之和为${s}`,
          messageEn: `Table 3 "${row.en}": total left blank, applicants add up to ${s}`,
        });
      continue;
    }
    if (totalCell.value !== s) {
      out.push(
        broken(
          't3_row_total',
          `表三「${row.zh}」：各申请人之和为${s}，总计为${totalCell.value}`,
          `Table 3 "${row.en}": applicant columns add up to ${s}, but the total is ${totalCell.value}`,
          [kTotal, ...parts],
        ),
      );
    }
  }
  for (const { g, total: kTotal, parts } of T4_BY_GROUP) {
    const s = sum(get, parts);
    const total = get(kTotal);
    if (s !== null && total !== undefined && total !== null && s !== total) {
      out.push(
        broken(
          't4_total',
          `表四「${g.zh}」：维持+纠正+其他+尚未审结=${s}，总计为${total}`,
          `Table 4 ${g.en}: upheld + corrected + other + pending = ${s}, but the total is ${total}`,
          [kTotal, ...parts],
        ),
      );
    }
  }
  return out;
}
