// A printed cell + its catalogue key → ParsedCell: kind, value, unit normalised to the catalogue unit.
// An amount printed without any unit keeps its number as printed and gets a finding instead of a guess.
import { METRIC_BY_KEY, type Finding, type ParsedCell } from '@dh/domain';
import { memoize } from '../normalize/memo';
import { convertAmount, parseCellValue } from '../normalize/value';
import type { Tok } from './tokens';

const AMOUNT_UNITS = new Set(['元', '万元']);
// The same few cell texts (`0`, `/`, `1`) recur on every row; the shared result is only read here.
const cellValue = memoize(parseCellValue);

export function makeCell(key: string, tok: Tok, findings: Finding[], headerUnit?: string): ParsedCell {
  const def = METRIC_BY_KEY.get(key);
  const v = cellValue(tok.text);
  const cell: ParsedCell = {
    key, section: def?.section ?? '二', rowLabel: def?.rowLabel ?? '', colLabel: def?.colLabel ?? '',
    raw: v.raw, value: v.value, kind: v.kind, loc: tok.loc,
  };
  if (!def) return cell;
  if (!AMOUNT_UNITS.has(def.unit)) {
    cell.unit = def.unit;
    return cell;
  }
  const printedUnit = v.rawUnit ?? headerUnit;
  if (v.rawUnit) cell.rawUnit = v.rawUnit;
  if (v.value === null || v.value === 0) {
    cell.unit = def.unit;
  } else if (printedUnit) {
    cell.value = convertAmount(v.value, printedUnit, def.unit);
    cell.unit = def.unit;
    if (!v.rawUnit) cell.rawUnit = printedUnit;
  } else {
    findings.push({
      code: 'amount_unit_missing', severity: 'warning', loc: tok.loc, keys: [key],
      messageZh: `金额「${v.raw}」未注明单位（元或万元），按原文保留，未换算`,
      messageEn: `Amount "${v.raw}" is printed without a unit (yuan or 10,000 yuan); kept as printed, not converted`,
    });
  }
  return cell;
}
