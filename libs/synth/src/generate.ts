// The synthetic corpus: one report per agency and year (some missing), in the template of its year
// (2019 template for 2019–2020, 2021 after), with a configurable share of real-world faults.
import { defaultDeadline, LOCAL_KINDS, templateForYear, type SourceForm, type TemplateId } from '@dh/domain';
import * as iconv from 'iconv-lite';
import { synthAgencies, type SynthAgency } from './city';
import { addValues, compiledValues, emptySums, type CellSums } from './compile';
import { renderHtml, renderText, type ReportDoc } from './render';
import { BodyHabits } from './habits';
import { Narrator } from './narrative';
import { Rng, subSeed } from './rng';
import { table2, table3, table4, type Grid } from './tables';
import { reportsIn } from './roster';
import { absorbState, breakOneSum, reportValues, type AgencyState, type Values } from './values';

export type SynthForm = Extract<SourceForm, 'html' | 'text'>;
export type SynthFault = 'late_publication' | 'broken_sum' | 'label_typo' | 'gbk';

export interface SynthOptions {
  agencies: number;
  years: [number, number];
  seed: number;
  /** Name of the fictional city (default 合成市); tests use their own so their bodies don't meet. */
  city?: string;
  forms?: SynthForm[];
  /** Share of agency-years with no report at all. */
  missingRate?: number;
  /** Share of reports with each fault. */
  faultRate?: Partial<Record<SynthFault, number>>;
}

export interface SynthReport {
  fileName: string;
  agency: SynthAgency;
  year: number;
  template: TemplateId;
  form: SynthForm;
  encoding: 'utf-8' | 'gbk';
  publishedOn: string;
  bytes: Uint8Array;
  values: Values;
  faults: SynthFault[];
  /** Metric key whose printed total was broken, if any. */
  brokenKey?: string;
  /** 第一/第五部分 are last year's words with this year's figures (内容雷同). */
  copiedText: boolean;
}

export const DEFAULT_FAULT_RATE: Record<SynthFault, number> = {
  late_publication: 0.08,
  broken_sum: 0.05,
  label_typo: 0.05,
  gbk: 0.05,
};

// The main stream still draws what the fixed paragraphs once took (their count and figures, the fee wording), so a
// seed's tables, dates and faults are unchanged; the words come from the body's Narrator.
const OVERVIEW_MAX = 6;
const PROBLEMS_MAX = 3;
const TYPOS: [RegExp, string][] = [
  [/^2\.其他法律行政法规禁止公开$/, '2.其他法律行政止公开'],
  [/^规章$/, '规 章'],
  [/^三、本年度办理结果$/, '三、本年度办 理结果'],
  [/^对外公开总数量$/, '对外公开总 数量'],
];

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDate = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** Deadline for publishing the report of `year` by the notices; vertical bodies keep their system's 1月31日. */
function deadline(a: SynthAgency, year: number): Date {
  const due = defaultDeadline(a.kind, a.level, year) ?? defaultDeadline('department', a.level, year)!;
  return new Date(`${due}T00:00:00Z`);
}

function applyTypo(rng: Rng, grids: Grid[]): void {
  const [re, typo] = rng.pick(TYPOS);
  for (const g of grids) for (const row of g) for (const cell of row) if (re.test(cell.t)) cell.t = typo;
}

export const templateOf = (year: number): TemplateId => templateForYear(year);

// A compiled report prints its sums faithfully: no broken total, no label typo.
const COMPILED_FAULTS: SynthFault[] = ['late_publication', 'gbk'];

/** One report and the values it would print without a broken_sum fault (what a roll-up sums). */
function buildReport(
  rng: Rng,
  pen: Narrator,
  habits: BodyHabits,
  a: SynthAgency,
  idx: number,
  year: number,
  o: SynthOptions,
  valuesOf: (t: TemplateId) => Values,
): [SynthReport, Values] {
  const template = templateOf(year);
  const rate = { ...DEFAULT_FAULT_RATE, ...o.faultRate };
  const faults = (Object.keys(rate) as SynthFault[])
    .filter((f) => rng.chance(rate[f]))
    .filter((f) => a.kind !== 'government_compiled' || COMPILED_FAULTS.includes(f));
  const values = valuesOf(template);
  const truth = faults.includes('broken_sum') ? new Map(values) : values;
  const brokenKey = faults.includes('broken_sum') ? breakOneSum(rng, values) : undefined;
  const due = deadline(a, year);
  const offsetDays = habits.postingDay(faults.includes('late_publication') ? rng.int(5, 90) : -rng.int(0, 25));
  // A body's habit can make a report late that drew no late fault: it is one all the same.
  if (offsetDays > 0 && !faults.includes('late_publication')) faults.push('late_publication');
  const published = new Date(due.getTime() + offsetDays * 86400000);
  const grids = [table2(values, template), table3(values, template), table4(values)];
  if (faults.includes('label_typo')) applyTypo(rng, grids);
  const figures = (n: number) => Array.from({ length: n }, () => rng.int(2, 400));
  const text = pen.write({ overview: figures(rng.int(2, OVERVIEW_MAX)), problems: figures(rng.int(1, PROBLEMS_MAX)) });
  const feeFree = rng.chance(0.9);
  const doc: ReportDoc = {
    title: `${a.name}${year}年度政府信息公开工作年度报告`,
    publishedOn: isoDate(published),
    intro: `本报告根据《中华人民共和国政府信息公开条例》要求，由${a.name}编制。本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    overview: text.overview,
    tables: [
      { heading: '二、主动公开政府信息情况', grid: grids[0] },
      { heading: '三、收到和处理政府信息公开申请情况', grid: grids[1] },
      { heading: '四、政府信息公开行政复议、行政诉讼情况', grid: grids[2] },
    ],
    problems: text.problems,
    other: [pen.otherMatters(year, feeFree)],
    signature: a.name,
    dateLine: `${published.getUTCFullYear()}年${published.getUTCMonth() + 1}月${published.getUTCDate()}日`,
  };
  const forms = o.forms?.length ? o.forms : (['html', 'text'] as SynthForm[]);
  const form = rng.pick(forms);
  const gbk = faults.includes('gbk');
  const page = form === 'html' ? renderHtml(doc, gbk ? 'gbk' : 'utf-8') : renderText(doc);
  const bytes = gbk ? new Uint8Array(iconv.encode(page, 'gbk')) : new Uint8Array(Buffer.from(page, 'utf8'));
  const fileName = `synth-${o.seed}-${String(idx).padStart(5, '0')}-${year}.${form === 'html' ? 'html' : 'txt'}`;
  return [
    {
      fileName,
      agency: a,
      year,
      template,
      form,
      encoding: gbk ? 'gbk' : 'utf-8',
      publishedOn: doc.publishedOn,
      bytes,
      values,
      faults,
      brokenKey,
      copiedText: text.copied,
    },
    truth,
  ];
}

/** For each body's index, the governments whose every summed body (directly or through a county) is then done. */
function completions(agencies: SynthAgency[]): Map<number, SynthAgency[]> {
  const at = new Map(agencies.map((a, i) => [a.name, i]));
  const done = new Map<number, number>();
  agencies.forEach((a, i) => {
    if (a.kind === 'government_compiled') done.set(i, Math.max(done.get(i) ?? i, i));
    for (let p = at.get(a.parent ?? ''); p !== undefined; p = at.get(agencies[p].parent ?? ''))
      done.set(p, Math.max(done.get(p) ?? i, i));
  });
  const out = new Map<number, SynthAgency[]>();
  for (const [g, i] of done) out.set(i, [...(out.get(i) ?? []), agencies[g]]);
  // A county's roll-up first: the city's sums it.
  for (const gs of out.values()) gs.sort((x, y) => y.regionPath.length - x.regionPath.length);
  return out;
}

const summed = (a: SynthAgency): boolean =>
  a.parent !== null && (LOCAL_KINDS.includes(a.kind) || a.kind === 'government_compiled');

/**
 * Reports agency by agency, year by year; a government's compiled reports follow the last body it sums (a county's
 * after its townships, the city's at the end). Deterministic for a seed; each agency has its own stream. Only running
 * sums per open government and year are kept, so the 10,000-body benchmark streams as before.
 */
export function* synthCorpus(o: SynthOptions): Generator<SynthReport> {
  const [from, to] = o.years;
  const agencies = synthAgencies(o.agencies, o.city);
  const at = new Map(agencies.map((a, i) => [a.name, i]));
  const done = completions(agencies);
  const sums = new Map<string, Map<number, CellSums>>();
  const handedOver = new Map<string, { lastYear: number; state: AgencyState }[]>();
  const missing = o.missingRate ?? 0.03;
  const add = (a: SynthAgency, year: number, v: Values): void => {
    if (!summed(a)) return;
    const byYear = sums.get(a.parent!) ?? new Map<number, CellSums>();
    sums.set(a.parent!, byYear);
    const s = byYear.get(year) ?? emptySums(templateOf(year));
    byYear.set(year, s);
    addValues(s, v);
  };
  for (let i = 0; i < agencies.length; i++) {
    const a = agencies[i];
    if (a.kind !== 'government_compiled') {
      const rng = new Rng(subSeed(o.seed, a.name));
      const pen = new Narrator(o.seed, a),
        habits = new BodyHabits(o.seed, a);
      const st: AgencyState = {};
      for (let year = from; year <= to && reportsIn(a, year); year++) {
        for (const h of handedOver.get(a.name) ?? []) if (h.lastYear === year - 1) absorbState(st, h.state);
        const [r, truth] = buildReport(rng, pen, habits, a, i, year, o, (t) => reportValues(rng, a, t, st));
        if (rng.chance(missing)) continue;
        add(a, year, truth);
        yield r;
      }
      if (a.successor && a.lastYear !== null)
        handedOver.set(a.successor, [...(handedOver.get(a.successor) ?? []), { lastYear: a.lastYear, state: st }]);
    }
    for (const g of done.get(i) ?? []) {
      const rng = new Rng(subSeed(o.seed, g.name));
      const pen = new Narrator(o.seed, g),
        habits = new BodyHabits(o.seed, g);
      const byYear = sums.get(g.name);
      sums.delete(g.name);
      for (let year = from; year <= to && reportsIn(g, year); year++) {
        const [r, truth] = buildReport(rng, pen, habits, g, at.get(g.name)!, year, o, (t) =>
          compiledValues(byYear?.get(year) ?? emptySums(t)),
        );
        if (rng.chance(missing)) continue;
        add(g, year, truth);
        yield r;
      }
    }
  }
}
