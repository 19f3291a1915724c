// Is an amount plausible in the unit it was read in? 元 and 万元 differ ten thousand times, and a figure typed in
// the other unit is a common slip. The neighbours tell: the number of procurement projects beside 采购总金额, and
// the precision (a 元 figure finer than a fen). A doubtful amount is a finding; its value is never changed.
import type { Finding, ParsedCell } from '@dh/domain';

// 采购总金额 per 采购项目: under 100 元 a project is not a procurement; over 10 亿元 per project is a unit slip.
const MIN_PER_PROJECT_YUAN = 100;
const MAX_PER_PROJECT_YUAN = 1e9;
// 本年收费金额 over 100 亿元 (1,000,000 万元) for one body reads as 元 typed under the 万元 header.
const MAX_FEES_WAN = 1e6;

// What toLocaleString('en-US', …) formats with, made once (each call built its own formatter).
const FMT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const fmt = (v: number): string => FMT.format(Math.round(v * 100) / 100);
const READ = new Set(['t2.procurement.amount', 't2.fees.amount', 't2.procurement.items']);

function printedNumber(c: ParsedCell): number | null {
  const m = /^[+]?(\d[\d,]*(?:\.\d+)?)\s*(?:万元|元)?$/.exec(c.raw.replace(/\s+/g, ''));
  return m ? Number(m[1].replace(/,/g, '')) : null;
}

export function checkAmountMagnitudes(cells: ParsedCell[]): Finding[] {
  // The last cell per key, as a Map of all cells would hold, for the three keys read here.
  const byKey = new Map<string, ParsedCell>();
  for (const c of cells) if (READ.has(c.key)) byKey.set(c.key, c);
  const out: Finding[] = [];
  const push = (c: ParsedCell, severity: Finding['severity'], zh: string, en: string, keys = [c.key]) =>
    out.push({ code: 'amount_magnitude', severity, loc: c.loc, keys, messageZh: zh, messageEn: en });

  for (const c of [byKey.get('t2.procurement.amount'), byKey.get('t2.fees.amount')]) {
    // A 元 figure with more than two decimals is finer than a fen: the number was almost surely written in 万元.
    const decimals = /\.(\d+)/.exec(c?.raw ?? '')?.[1].length ?? 0;
    if (c && c.rawUnit === '元' && c.value !== null && decimals > 2) {
      push(
        c,
        'warning',
        `金额「${c.raw}」以元计却有${decimals}位小数（不足一分），单位可能应为万元`,
        `Amount "${c.raw}" in yuan has ${decimals} decimals (finer than a fen); the unit may be ten-thousand yuan`,
      );
    }
  }

  const amount = byKey.get('t2.procurement.amount');
  const items = byKey.get('t2.procurement.items')?.value ?? null;
  if (amount && items !== null && items > 0) {
    const keys = ['t2.procurement.items', 't2.procurement.amount'];
    if (amount.value !== null && amount.value > 0) {
      const per = amount.value / items;
      if (per < MIN_PER_PROJECT_YUAN) {
        push(
          amount,
          'warning',
          `采购总金额「${amount.raw}」折合每个采购项目${fmt(per)}元，数额过小，可能以万元填报`,
          `Procurement total "${amount.raw}" is ${fmt(per)} yuan per project, implausibly small; it may be in ten-thousand yuan`,
          keys,
        );
      } else if (per > MAX_PER_PROJECT_YUAN) {
        push(
          amount,
          'warning',
          `采购总金额「${amount.raw}」折合每个采购项目${fmt(per / 1e4)}万元，数额过大，可能以元填报`,
          `Procurement total "${amount.raw}" is ${fmt(per / 1e4)} ten-thousand yuan per project, implausibly large; it may be in yuan`,
          keys,
        );
      }
    } else if (amount.value === null && amount.kind === 'number' && !amount.unit) {
      // No unit printed or fixed: say which reading the project count makes implausible, as a hint for the reader.
      const n = printedNumber(amount);
      if (n !== null && n > 0 && n / items < MIN_PER_PROJECT_YUAN) {
        push(
          amount,
          'info',
          `未注明单位的采购总金额「${amount.raw}」若以元计，每个采购项目仅${fmt(n / items)}元，应是万元`,
          `Procurement total "${amount.raw}" has no unit; read as yuan it would be ${fmt(n / items)} yuan per project, so it is likely ten-thousand yuan`,
          keys,
        );
      } else if (n !== null && (n * 1e4) / items > MAX_PER_PROJECT_YUAN) {
        push(
          amount,
          'info',
          `未注明单位的采购总金额「${amount.raw}」若以万元计，每个采购项目达${fmt(n / items)}万元，应是元`,
          `Procurement total "${amount.raw}" has no unit; read as ten-thousand yuan it would be ${fmt(n / items)} ten-thousand yuan per project, so it is likely yuan`,
          keys,
        );
      }
    }
  }

  const fees = byKey.get('t2.fees.amount');
  if (fees && fees.value !== null && fees.unit === '万元' && fees.value > MAX_FEES_WAN) {
    push(
      fees,
      'warning',
      `本年收费金额「${fees.raw}」合${fmt(fees.value / 1e4)}亿元，对一个机关过大，可能以元填报`,
      `Fees collected "${fees.raw}" make ${fmt(fees.value / 1e4)} hundred-million yuan, implausible for one body; they may be in yuan`,
    );
  }
  return out;
}
