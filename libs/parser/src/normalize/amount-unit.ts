// Amounts to the catalogue's unit (元 for 采购总金额, 万元 for 收费金额): the unit printed in the cell, else the one
// printed in its column header, else the one the template itself prints for the cell (2021: 本年收费金额（单位：万元）).
// The 2019 template prints no unit for 采购总金额: a figure printed there without one could be 元 or 万元, so its
// value is left null (out of every sum) and only `raw` keeps the number; an info finding says so. Copying the
// template exactly is not a fault, hence info, not a warning.
import { METRIC_BY_KEY, type Finding, type ParsedCell, type TemplateId } from '@dh/domain';
import { convertAmount } from './value';

export const AMOUNT_UNITS: ReadonlySet<string> = new Set(['元', '万元']);

/**
 * Sets `unit` (and converts `value` and `candidates`) of an amount cell in place; other cells are left alone.
 * `headerUnit` is the unit printed in the column header; `template` is the template the cell's table was read with.
 */
export function normalizeAmount(
  cell: ParsedCell,
  template: TemplateId | null,
  headerUnit: string | undefined,
  findings: Finding[],
): ParsedCell {
  const def = METRIC_BY_KEY.get(cell.key);
  if (!def || !AMOUNT_UNITS.has(def.unit)) return cell;
  if (!cell.rawUnit && headerUnit) cell.rawUnit = headerUnit;
  const from = cell.rawUnit ?? (template ? def.templateUnit?.[template] : undefined);
  const hasNumber = (cell.value !== null && cell.value !== 0) || (cell.candidates?.length ?? 0) > 0;
  if (!hasNumber) {
    // Empty, `/`, 0: the same in any unit.
    cell.unit = def.unit;
    return cell;
  }
  if (from) {
    if (cell.value !== null) cell.value = convertAmount(cell.value, from, def.unit);
    if (cell.candidates) cell.candidates = cell.candidates.map((v) => convertAmount(v, from, def.unit));
    cell.unit = def.unit;
    return cell;
  }
  cell.value = null;
  delete cell.unit;
  findings.push({
    code: 'amount_unit_missing',
    severity: 'info',
    loc: cell.loc,
    keys: [cell.key],
    messageZh: `金额「${cell.raw}」未注明单位，模板也未规定单位（元或万元），按原文保留，不计入合计`,
    messageEn: `Amount "${cell.raw}" is printed without a unit and its template fixes none (yuan or ten-thousand yuan); kept as printed, left out of sums`,
  });
  return cell;
}
