// Golden expectations: every cell of a table written out by hand from the source file (and the INDEX.tsv
// notes), then compared with the parse key by key. null = the cell is printed blank.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { T3_COLUMNS, T3_ROWS, T4_COLUMNS, T4_GROUPS, type ParsedReport, type TemplateId } from '@dh/domain';
import { parseTextOrHtml } from '../src';

export const SAMPLES = join(__dirname, '../../../data/samples');
/** A number printed with no unit where the template fixes none: no value (out of sums), the printed text kept. */
export interface Unitless {
  unitless: string;
}
export type V = number | null | Unitless;
export const Z: V[] = [0, 0, 0, 0, 0, 0, 0];

export function parseSample(rel: string): ParsedReport {
  const bytes = readFileSync(join(SAMPLES, rel));
  return parseTextOrHtml({ bytes, fileName: rel.split('/').pop()! });
}

export function t3Keys(tpl: TemplateId): string[] {
  return T3_ROWS.filter((r) => r.templates.includes(tpl)).map((r) => r.id);
}

/** Expected cells as key → value; t3 rows in template order, 7 values each; t4 as 15 values. */
export function expected(t2: Record<string, V>, t3: V[][] | null, t4: V[] | null, tpl: TemplateId): Map<string, V> {
  const m = new Map<string, V>(Object.entries(t2));
  if (t3) {
    const rows = t3Keys(tpl);
    if (t3.length > rows.length) throw new Error('too many t3 rows');
    t3.forEach((vals, i) => vals.forEach((v, c) => m.set(`t3.${rows[i]}.${T3_COLUMNS[c].id}`, v)));
  }
  if (t4) {
    const keys = T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => `t4.${g.id}.${c.id}`));
    t4.forEach((v, i) => m.set(keys[i], v));
  }
  return m;
}

/** Every expected key present with its value (blank ⇒ kind empty) and no cell the page does not print. */
export function diffCells(r: ParsedReport, exp: Map<string, V>): string[] {
  const got = new Map(r.cells.map((c) => [c.key, c]));
  const problems: string[] = [];
  for (const [k, v] of exp) {
    const c = got.get(k);
    if (!c) problems.push(`${k}: missing (want ${v})`);
    else if (v !== null && typeof v === 'object') {
      if (c.value !== null || c.kind !== 'number' || c.raw !== v.unitless)
        problems.push(`${k}: got ${c.value} (${c.kind}, raw "${c.raw}"), want no value, raw "${v.unitless}"`);
    } else if (v === null ? c.kind !== 'empty' : c.value !== v)
      problems.push(`${k}: got ${c.value} (${c.kind}, raw "${c.raw}"), want ${v}`);
  }
  for (const k of got.keys()) if (!exp.has(k)) problems.push(`${k}: unexpected cell "${got.get(k)!.raw}"`);
  return problems;
}
