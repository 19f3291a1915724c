// A 人民政府's report is a roll-up (逐级汇总): each table cell is the sum of the same cell over the bodies it sums.
// Every cell of the synthetic tables is a number in the one unit the catalogue gives its key (件, 项, 元 for the 2019
// procurement amount, 万元 for the 2021 fees), the same in every body's report, and there are no text cells: so every
// key is summed. Sums run on the bodies' true values (before a broken_sum fault), kept per government per year.
import { metricsOfTemplate, type TemplateId } from '@dh/domain';
import type { Values } from './values';

/** Running sums of one government for one year. */
export type CellSums = Map<string, number>;

export function emptySums(template: TemplateId): CellSums {
  return new Map(metricsOfTemplate(template).map((m) => [m.key, 0]));
}

export function addValues(sums: CellSums, v: Values): void {
  for (const [key, { value }] of v) sums.set(key, (sums.get(key) ?? 0) + value);
}

// Amounts carry two decimals at most; the sum is rounded back to them so float noise is never printed.
const cents = (n: number): number => Math.round(n * 100) / 100;

/** The printed values of a compiled report, formatted as a body's report prints them. */
export function compiledValues(sums: CellSums): Values {
  const v: Values = new Map();
  for (const [key, total] of sums) {
    const value = cents(total);
    // The 2019 template fixes no unit for 采购总金额, so a compiled report prints its own (元), as the bodies' do.
    const raw =
      key.endsWith('.change') && value > 0
        ? `+${value}`
        : key === 't2.fees.amount' && value !== 0
          ? value.toFixed(2)
          : key === 't2.procurement.amount' && value !== 0
            ? `${value}元`
            : String(value);
    v.set(key, { raw, value });
  }
  return v;
}
