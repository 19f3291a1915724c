// A printed cell + its catalogue key → ParsedCell: kind, value, unit normalised to the catalogue unit.
// Amounts go through normalizeAmount: the printed, header or template unit, else no value (raw kept) and a finding.
import { METRIC_BY_KEY, type Finding, type ParsedCell, type TemplateId } from '@dh/domain';
import { AMOUNT_UNITS, normalizeAmount } from '../normalize/amount-unit';
import { memoize } from '../normalize/memo';
import { parseCellValue } from '../normalize/value';
import type { Tok } from './tokens';

// The same few cell texts (`0`, `/`, `1`) recur on every row; the shared result is only read here.
const cellValue = memoize(parseCellValue);

export function makeCell(
  key: string,
  tok: Tok,
  findings: Finding[],
  headerUnit?: string,
  template: TemplateId | null = null,
): ParsedCell {
  const def = METRIC_BY_KEY.get(key);
  const v = cellValue(tok.text);
  const cell: ParsedCell = {
    key,
    section: def?.section ?? '二',
    rowLabel: def?.rowLabel ?? '',
    colLabel: def?.colLabel ?? '',
    raw: v.raw,
    value: v.value,
    kind: v.kind,
    loc: tok.loc,
  };
  if (!def) return cell;
  if (!AMOUNT_UNITS.has(def.unit)) {
    cell.unit = def.unit;
    return cell;
  }
  if (v.rawUnit) cell.rawUnit = v.rawUnit;
  return normalizeAmount(cell, template, headerUnit, findings);
}
