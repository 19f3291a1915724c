// The synthetic corpus: one report per agency and year (some missing), in the template of its year
// (2019 template for 2019–2020, 2021 after), with a configurable share of real-world faults.
import type { SourceForm, TemplateId } from '@dh/domain';
import * as iconv from 'iconv-lite';
import { synthAgencies, type SynthAgency } from './city';
import { renderHtml, renderText, type ReportDoc } from './render';
import { Rng, subSeed } from './rng';
import { table2, table3, table4, type Grid } from './tables';
import { breakOneSum, reportValues, type AgencyState, type Values } from './values';

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
}

export const DEFAULT_FAULT_RATE: Record<SynthFault, number> = { late_publication: 0.08, broken_sum: 0.05, label_typo: 0.05, gbk: 0.05 };

const OVERVIEW = [
  '（{n}）加强组织领导。{a}高度重视政府信息公开工作，调整充实政务公开工作领导小组，明确分管领导和专人负责，全年召开专题会议{k}次。',
  '（{n}）推进主动公开。围绕中心工作，通过门户网站、政务新媒体等渠道主动公开政府信息{k}条，及时回应社会关切。',
  '（{n}）规范依申请公开。严格落实登记、审核、办理、答复、归档等制度，依法依规答复申请，按时办结率100%。',
  '（{n}）加强政府信息管理。开展规范性文件清理，动态更新政府信息公开指南和目录，全年更新栏目{k}个。',
  '（{n}）加强平台建设。优化政府信息公开专栏，完善检索功能，网站全年访问量{k}万人次。',
  '（{n}）强化监督保障。将政务公开纳入年度考核，组织业务培训{k}次，未发生因政务公开工作引起的责任追究。',
];
const PROBLEMS = [
  '一是公开内容的深度和广度仍需拓展；二是政策解读形式较为单一；三是工作人员业务能力有待提升。',
  '下一步，{a}将进一步完善工作机制，加强业务培训，提升政府信息公开工作质量和水平。',
  '针对上年度发现的栏目更新不及时问题，已建立定期检查机制，逐项整改到位。',
];
const TYPOS: [RegExp, string][] = [[/^2\.其他法律行政法规禁止公开$/, '2.其他法律行政止公开'], [/^规章$/, '规 章'],
  [/^三、本年度办理结果$/, '三、本年度办 理结果'], [/^对外公开总数量$/, '对外公开总 数量']];

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDate = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** Deadline for publishing the report of `year`: 31 Jan for departments and townships, later for compiled government reports. */
function deadline(a: SynthAgency, year: number): Date {
  if (/人民政府$/.test(a.name) && a.level === 'city') return new Date(Date.UTC(year + 1, 2, 10));
  if (/人民政府$/.test(a.name) && a.level === 'county') return new Date(Date.UTC(year + 1, 1, 20));
  return new Date(Date.UTC(year + 1, 0, 31));
}

function fill(s: string, a: SynthAgency, n: number, rng: Rng): string {
  return s.replace('{n}', '一二三四五六七八'[n]).replace('{a}', a.name).replace('{k}', String(rng.int(2, 400)));
}

function applyTypo(rng: Rng, grids: Grid[]): void {
  const [re, typo] = rng.pick(TYPOS);
  for (const g of grids) for (const row of g) for (const cell of row) if (re.test(cell.t)) cell.t = typo;
}

function buildReport(rng: Rng, a: SynthAgency, idx: number, year: number, st: AgencyState, o: SynthOptions): SynthReport {
  const template: TemplateId = year >= 2021 ? '2021' : '2019';
  const rate = { ...DEFAULT_FAULT_RATE, ...o.faultRate };
  const faults = (Object.keys(rate) as SynthFault[]).filter((f) => rng.chance(rate[f]));
  const values = reportValues(rng, a, template, st);
  const brokenKey = faults.includes('broken_sum') ? breakOneSum(rng, values) : undefined;
  const due = deadline(a, year);
  const offsetDays = faults.includes('late_publication') ? rng.int(5, 90) : -rng.int(0, 25);
  const published = new Date(due.getTime() + offsetDays * 86400000);
  const grids = [table2(values, template), table3(values, template), table4(values)];
  if (faults.includes('label_typo')) applyTypo(rng, grids);
  const overview = OVERVIEW.slice(0, rng.int(2, OVERVIEW.length)).map((s, i) => fill(s, a, i, rng));
  const doc: ReportDoc = {
    title: `${a.name}${year}年度政府信息公开工作年度报告`,
    publishedOn: isoDate(published),
    intro: `本报告根据《中华人民共和国政府信息公开条例》要求，由${a.name}编制。本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    overview,
    tables: [
      { heading: '二、主动公开政府信息情况', grid: grids[0] },
      { heading: '三、收到和处理政府信息公开申请情况', grid: grids[1] },
      { heading: '四、政府信息公开行政复议、行政诉讼情况', grid: grids[2] },
    ],
    problems: PROBLEMS.slice(0, rng.int(1, PROBLEMS.length)).map((s) => fill(s, a, 0, rng)),
    other: [rng.chance(0.9) ? `${year}年度${a.name}未收取信息处理费。` : `${year}年度${a.name}收取信息处理费0元。`],
    signature: a.name,
    dateLine: `${published.getUTCFullYear()}年${published.getUTCMonth() + 1}月${published.getUTCDate()}日`,
  };
  const forms = o.forms?.length ? o.forms : ['html', 'text'] as SynthForm[];
  const form = rng.pick(forms);
  const gbk = faults.includes('gbk');
  const text = form === 'html' ? renderHtml(doc, gbk ? 'gbk' : 'utf-8') : renderText(doc);
  const bytes = gbk ? new Uint8Array(iconv.encode(text, 'gbk')) : new Uint8Array(Buffer.from(text, 'utf8'));
  const fileName = `synth-${o.seed}-${String(idx).padStart(5, '0')}-${year}.${form === 'html' ? 'html' : 'txt'}`;
  return { fileName, agency: a, year, template, form, encoding: gbk ? 'gbk' : 'utf-8', publishedOn: doc.publishedOn, bytes, values, faults, brokenKey };
}

/** Reports agency by agency, year by year. Deterministic for a seed; each agency has its own stream. */
export function* synthCorpus(o: SynthOptions): Generator<SynthReport> {
  const [from, to] = o.years;
  const agencies = synthAgencies(o.agencies, o.city);
  for (let i = 0; i < agencies.length; i++) {
    const rng = new Rng(subSeed(o.seed, agencies[i].name));
    const st: AgencyState = {};
    for (let year = from; year <= to; year++) {
      const r = buildReport(rng, agencies[i], i, year, st, o);
      if (!rng.chance(o.missingRate ?? 0.03)) yield r;
    }
  }
}
