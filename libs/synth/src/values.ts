// Table values of one synthetic report, arithmetically consistent by construction (勾稽关系 hold within the
// report and across years: 上年结转 = last year's 结转下年度, 现行有效 = last year's + 制发 − 废止).
import { T3_COLUMNS, T3_ROWS, T4_COLUMNS, T4_GROUPS, t2RowsOf, type TemplateId } from '@dh/domain';
import type { SynthAgency } from './city';
import type { Rng } from './rng';

/** What one agency carries from one year into the next. */
export interface AgencyState {
  carriedOut?: number[];
  inForce?: { rules: number; normative: number };
  published2019?: { rules: number; normative: number };
  items2019?: Record<string, number>;
}

/** Printed text and value of each metric key. */
export type Values = Map<string, { raw: string; value: number }>;

const ORG_COLS = T3_COLUMNS.filter((c) => c.id !== 'total').map((c) => c.id);
// Relative weight of each result row: most applications are disclosed or "not held".
const RESULT_WEIGHT: Record<string, number> = {
  disclosed: 40,
  partial: 6,
  'withheld.state_secret': 0.3,
  'withheld.prohibited': 0.5,
  'withheld.three_safety': 0.3,
  'withheld.third_party': 1.5,
  'withheld.internal': 1,
  'withheld.process': 2,
  'withheld.enforcement': 0.5,
  'withheld.query': 1,
  'unable.not_held': 20,
  'unable.needs_making': 4,
  'unable.unclear': 3,
  'not_processed.petition': 3,
  'not_processed.repeat': 3,
  'not_processed.publication': 0.5,
  'not_processed.mass': 0.5,
  'not_processed.confirm': 0.5,
  other: 4,
  'other.no_correction': 3,
  'other.unpaid': 0.2,
  'other.misc': 1.5,
};

function weightedSplit(rng: Rng, n: number, weights: number[]): number[] {
  const out = weights.map(() => 0);
  const total = weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < n; i++) {
    let r = rng.next() * total,
      k = 0;
    while (r >= weights[k] && k < weights.length - 1) r -= weights[k++];
    out[k]++;
  }
  return out;
}

function put(v: Values, key: string, value: number, raw = String(value)): void {
  v.set(key, { raw, value });
}

function table3(rng: Rng, a: SynthAgency, t: TemplateId, st: AgencyState, v: Values): void {
  const resultRows = T3_ROWS.filter(
    (r) => r.templates.includes(t) && (r.group || r.id === 'disclosed' || r.id === 'partial'),
  ).map((r) => r.id);
  const carriedOut: number[] = [];
  const sums = new Map<string, number>();
  ORG_COLS.forEach((col, i) => {
    const median = i === 0 ? a.scale : i === 1 ? a.scale * 0.25 : a.scale * 0.03;
    const fresh = rng.count(median);
    const carriedIn = st.carriedOut?.[i] ?? (rng.chance(0.2) ? rng.int(0, 2) : 0);
    const out = fresh + carriedIn > 0 && rng.chance(0.4) ? rng.int(0, Math.ceil((fresh + carriedIn) * 0.15)) : 0;
    const parts = weightedSplit(
      rng,
      fresh + carriedIn - out,
      resultRows.map((r) => RESULT_WEIGHT[r] ?? 1),
    );
    const cells: [string, number][] = [
      ['new', fresh],
      ['carried_in', carriedIn],
      ...resultRows.map((r, k): [string, number] => [r, parts[k]]),
      ['result_total', fresh + carriedIn - out],
      ['carried_out', out],
    ];
    for (const [row, n] of cells) {
      put(v, `t3.${row}.${col}`, n);
      sums.set(row, (sums.get(row) ?? 0) + n);
    }
    carriedOut.push(out);
  });
  for (const [row, n] of sums) put(v, `t3.${row}.total`, n);
  st.carriedOut = carriedOut;
}

function table4(rng: Rng, a: SynthAgency, v: Values): void {
  const median = [a.scale * 0.04, a.scale * 0.02, a.scale * 0.01];
  T4_GROUPS.forEach((g, gi) => {
    const n = rng.count(median[gi]);
    const parts = weightedSplit(rng, n, [6, 1.5, 1, 1.5]);
    T4_COLUMNS.forEach((c, ci) => put(v, `t4.${g.id}.${c.id}`, c.id === 'total' ? n : parts[ci]));
  });
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

function table2(rng: Rng, a: SynthAgency, t: TemplateId, st: AgencyState, v: Values): void {
  // 规章 and most normative documents go out under the government's name; its office reports them, and so they reach
  // the compiled report through the office's numbers.
  const isGov = a.kind === 'government_office';
  const docs = {
    rules: isGov && a.level === 'city' && rng.chance(0.5) ? rng.int(1, 3) : 0,
    normative: rng.count(isGov ? 8 : 1),
  };
  if (t === '2021') {
    const inForce = st.inForce ?? { rules: isGov ? rng.int(0, 20) : 0, normative: rng.int(5, 60) };
    for (const d of ['rules', 'normative'] as const) {
      const repealed = Math.min(inForce[d], rng.chance(0.3) ? rng.int(0, 3) : 0);
      inForce[d] = inForce[d] + docs[d] - repealed;
      put(v, `t2.${d}.issued`, docs[d]);
      put(v, `t2.${d}.repealed`, repealed);
      put(v, `t2.${d}.in_force`, inForce[d]);
    }
    st.inForce = inForce;
    put(v, 't2.licensing.decisions', rng.count(a.enforcement * 2 + a.scale));
    put(v, 't2.penalty.decisions', rng.count(a.enforcement));
    put(v, 't2.coercion.decisions', rng.count(a.enforcement * 0.1));
    const fee = rng.chance(0.4) ? Math.round(rng.next() * a.scale * 30 * 100) / 100 : 0;
    put(v, 't2.fees.amount', fee, fee === 0 ? '0' : fee.toFixed(2));
    return;
  }
  if (t !== '2019') return;
  const pub = st.published2019 ?? { rules: 0, normative: rng.int(0, 40) };
  for (const d of ['rules', 'normative'] as const) {
    pub[d] += docs[d];
    put(v, `t2.${d}.new_made`, docs[d]);
    put(v, `t2.${d}.new_published`, docs[d]);
    put(v, `t2.${d}.total_published`, pub[d]);
  }
  st.published2019 = pub;
  const items = st.items2019 ?? {};
  for (const it of ['licensing', 'other_services', 'penalty', 'coercion', 'fees']) {
    const prev = items[it] ?? rng.count(it === 'penalty' ? a.enforcement * 0.5 : 3);
    const change = rng.chance(0.3) ? rng.int(-Math.min(prev, 3), 4) : 0;
    put(v, `t2.${it}.prev_items`, prev);
    put(v, `t2.${it}.change`, change, signed(change));
    items[it] = prev + change;
    if (it !== 'fees')
      put(
        v,
        `t2.${it}.decisions`,
        rng.count(it === 'penalty' ? a.enforcement : it === 'coercion' ? a.enforcement * 0.1 : a.scale),
      );
  }
  st.items2019 = items;
  const proc = rng.count(a.scale * 0.5);
  put(v, 't2.procurement.items', proc);
  const amount = proc === 0 ? 0 : Math.round(proc * (20000 + rng.next() * 400000));
  // The 2019 template prints no unit for 采购总金额, so reports write their own: 元 mostly, 万元 in every third one
  // (decided without a draw so the rest of the stream is unchanged); the value is always 元, the catalogue unit.
  put(
    v,
    't2.procurement.amount',
    amount,
    amount === 0 ? '0' : proc % 3 === 0 ? `${amount / 10000}万元` : `${amount}元`,
  );
}

// Cells of the template's table 二 the rules above do not know (a row or template added to the registry): a count
// of the body's size, no change, or an amount in the column's printed unit. Both State Council templates have none,
// so their reports draw nothing here.
function table2Rest(rng: Rng, a: SynthAgency, t: TemplateId, v: Values): void {
  for (const { row, columns } of t2RowsOf(t))
    for (const c of columns) {
      const key = `t2.${row.id}.${c.id}`;
      if (v.has(key)) continue;
      if (c.grammar === 'signed') put(v, key, 0);
      else if (c.grammar === 'amount') {
        const amount = Math.round(rng.next() * a.scale * 1000) / 100;
        put(v, key, amount, `${amount.toFixed(2)}${c.printedUnit === c.unit ? '' : c.unit}`);
      } else put(v, key, rng.count(a.scale));
    }
}

export function reportValues(rng: Rng, a: SynthAgency, t: TemplateId, st: AgencyState): Values {
  const v: Values = new Map();
  table2(rng, a, t, st, v);
  table2Rest(rng, a, t, v);
  table3(rng, a, t, st, v);
  table4(rng, a, v);
  return v;
}

/** Fault: one printed total off by 1–3 (the others stay consistent), as real reports have. */
export function breakOneSum(rng: Rng, v: Values): string {
  const key = rng.pick([
    't3.new.total',
    't3.result_total.natural',
    't3.result_total.total',
    't4.reconsideration.total',
  ]);
  const cur = v.get(key)!;
  const value = cur.value + rng.int(1, 3);
  v.set(key, { raw: String(value), value });
  return key;
}

/** A body merged in a 机构改革 hands its pending applications and documents in force to its successor. */
export function absorbState(into: AgencyState, from: AgencyState): void {
  if (from.carriedOut) into.carriedOut = from.carriedOut.map((n, i) => n + (into.carriedOut?.[i] ?? 0));
  for (const k of ['inForce', 'published2019'] as const) {
    const f = from[k];
    if (f) into[k] = { rules: f.rules + (into[k]?.rules ?? 0), normative: f.normative + (into[k]?.normative ?? 0) };
  }
  if (from.items2019) {
    const items = { ...into.items2019 };
    for (const [k, n] of Object.entries(from.items2019)) items[k] = n + (items[k] ?? 0);
    into.items2019 = items;
  }
}
