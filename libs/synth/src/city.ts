// A fictional city (合成市) with its departments, counties and townships. Names are plainly synthetic.
import type { ReportKind } from '@dh/domain';

export const SYNTH_PROVINCE = '合成省';
export const SYNTH_CITY = '合成市';
/** The 机构改革 year: the city's 林业局 reports up to this year, then its duties pass to 自然资源和规划局. */
export const SYNTH_MERGE_LAST_YEAR = 2021;

export type SynthLevel = 'city' | 'county' | 'township';

export interface SynthAgency {
  name: string;
  level: SynthLevel;
  /** province → city → county → township, as far as the body sits. */
  regionPath: string[];
  /** Median of new applications a year: governments get many, townships few. */
  scale: number;
  /** Median of penalty decisions a year (enforcement bureaus high, others zero). */
  enforcement: number;
  kind: ReportKind;
  /** The 人民政府 whose compiled report sums this body's (null: the city government, the vertical body). */
  parent: string | null;
  /** Last year it reports (null: still reporting). */
  lastYear: number | null;
  successor: string | null;
  /** Its page under the city's fictional 年报 site, e.g. `yjj`, `dongyangqu/zhongcunzhen`. */
  slug: string;
}

type Dept = [suffix: string, apps: number, enforcement: number, slug: string];
const OFFICE: Dept = ['人民政府办公室', 6, 0, 'zfb'];
// The demo's first 30 bodies take these first (city and the first county), the rest come later in the order.
const HEAD_DEPTS: Dept[] = [
  ['应急管理局', 3, 40, 'yjj'],
  ['公安局', 8, 300, 'gaj'],
  ['财政局', 4, 3, 'czj'],
  ['市场监督管理局', 6, 150, 'scjgj'],
];
const REST_DEPTS: Dept[] = [
  ['统计局', 1, 2, 'tjj'],
  ['审计局', 1, 0, 'sjj'],
  ['教育局', 5, 1, 'jyj'],
  ['民政局', 3, 1, 'mzj'],
  ['司法局', 2, 2, 'sfj'],
  ['生态环境局', 4, 60, 'sthjj'],
  ['住房和城乡建设局', 8, 20, 'zjj'],
  ['交通运输局', 3, 80, 'jtysj'],
  ['卫生健康委员会', 4, 30, 'wjw'],
  ['人力资源和社会保障局', 5, 10, 'rsj'],
  ['档案局', 0, 0, 'daj'],
  ['信访局', 1, 0, 'xfj'],
];
// The city merged its forestry bureau into natural resources; counties keep both.
const MERGED: Dept = ['林业局', 1, 8, 'lyj'];
const SUCCESSOR: Dept = ['自然资源和规划局', 12, 25, 'zrzyghj'];
const COUNTY_LATE: Dept[] = [...REST_DEPTS, ['自然资源局', 12, 25, 'zrzyj'], MERGED];

const SYL_A: [string, string][] = [
  ['东', 'dong'],
  ['西', 'xi'],
  ['南', 'nan'],
  ['北', 'bei'],
  ['青', 'qing'],
  ['白', 'bai'],
  ['金', 'jin'],
  ['安', 'an'],
  ['平', 'ping'],
  ['永', 'yong'],
  ['长', 'chang'],
  ['新', 'xin'],
  ['福', 'fu'],
  ['宁', 'ning'],
  ['和', 'he'],
  ['康', 'kang'],
  ['兴', 'xing'],
  ['丰', 'feng'],
  ['云', 'yun'],
  ['石', 'shi'],
];
const SYL_B: [string, string][] = [
  ['阳', 'yang'],
  ['山', 'shan'],
  ['江', 'jiang'],
  ['河', 'he'],
  ['川', 'chuan'],
  ['林', 'lin'],
  ['原', 'yuan'],
  ['溪', 'xi'],
  ['泉', 'quan'],
  ['峰', 'feng'],
  ['台', 'tai'],
  ['城', 'cheng'],
  ['湖', 'hu'],
  ['岭', 'ling'],
  ['桥', 'qiao'],
];
const TOWN: [string, string][] = [
  ['中村', 'zhongcun'],
  ['上坊', 'shangfang'],
  ['下溪', 'xiaxi'],
  ['桃园', 'taoyuan'],
  ['柳营', 'liuying'],
  ['杏花', 'xinghua'],
  ['双井', 'shuangjing'],
  ['龙门', 'longmen'],
  ['凤鸣', 'fengming'],
  ['金沙', 'jinsha'],
  ['银河', 'yinhe'],
  ['白马', 'baima'],
];
const TOWN_SUFFIX: [string, string][] = [
  ['镇', 'zhen'],
  ['乡', 'xiang'],
  ['街道办事处', 'jiedao'],
];
/** Townships of the first county that the demo cut shows. */
const HEAD_TOWNS = 2;

function county(i: number): { name: string; slug: string } {
  const [a, pa] = SYL_A[i % SYL_A.length],
    [b, pb] = SYL_B[Math.floor(i / SYL_A.length) % SYL_B.length];
  const round = Math.floor(i / (SYL_A.length * SYL_B.length));
  const r = round > 0 ? String(round + 1) : '';
  const [suffix, ps] = i % 3 === 0 ? ['区', 'qu'] : ['县', 'xian'];
  return { name: `${a}${b}${r}${suffix}`, slug: `${pa}${pb}${r}${ps}` };
}

const body = (
  prefix: string,
  [suffix, apps, enf, slug]: Dept,
  level: SynthLevel,
  regionPath: string[],
  factor: number,
  kind: ReportKind,
  parent: string | null,
): SynthAgency => ({
  name: `${prefix}${suffix}`,
  level,
  regionPath,
  scale: apps * factor,
  enforcement: enf * factor,
  kind,
  parent,
  lastYear: null,
  successor: null,
  slug,
});

function government(prefix: string, level: SynthLevel, regionPath: string[], parent: string | null): SynthAgency {
  return {
    name: `${prefix}人民政府`,
    level,
    regionPath,
    scale: 0,
    enforcement: 0,
    kind: 'government_compiled',
    parent,
    lastYear: null,
    successor: null,
    slug: 'zf',
  };
}

function township(countyName: string, path: string[], t: number, gov: string): SynthAgency {
  const [town, pt] = TOWN[t],
    [suffix, ps] = TOWN_SUFFIX[t % TOWN_SUFFIX.length];
  const name = suffix === '街道办事处' ? `${countyName}${town}${suffix}` : `${countyName}${town}${suffix}人民政府`;
  return {
    name,
    level: 'township',
    regionPath: [...path, `${town}${suffix.replace(/办事处$/, '')}`],
    scale: 0.6,
    enforcement: 0,
    kind: 'township',
    parent: gov,
    lastYear: null,
    successor: null,
    slug: `${pt}${ps}`,
  };
}

/** One county: [the bodies the demo cut shows first, the rest]. */
function countyBodies(c: number, city: string): [SynthAgency[], SynthAgency[]] {
  const { name: base, slug } = county(c);
  // Bodies are matched by name: another city's counties carry its name, so test cities never meet the demo city.
  const name = city === SYNTH_CITY ? base : `${city.replace(/市$/, '')}${base}`;
  const path = [SYNTH_PROVINCE, city, name];
  const gov = { ...government(name, 'county', path, `${city}人民政府`), slug: `${slug}/zf` };
  const dept = (d: Dept): SynthAgency => {
    const b = body(name, d, 'county', path, 0.4, d === OFFICE ? 'government_office' : 'department', gov.name);
    return { ...b, slug: `${slug}/${b.slug}` };
  };
  const towns = TOWN.map((_, t) => township(name, path, t, gov.name)).map((b) => ({ ...b, slug: `${slug}/${b.slug}` }));
  return [
    [gov, dept(OFFICE), ...HEAD_DEPTS.map(dept), ...towns.slice(0, HEAD_TOWNS)],
    [...COUNTY_LATE.map(dept), ...towns.slice(HEAD_TOWNS)],
  ];
}

/**
 * The first `n` bodies of the synthetic city. The order puts one of each kind into the demo's first 30: the city's
 * government, office and a few departments, the vertical tax bureau, the merged 林业局 and its successor, the first
 * county (东阳区) with its office, a few departments and two townships; then the city's other departments, the rest of
 * 东阳区, and county by county after that. A government comes before the bodies it sums.
 */
export function synthAgencies(n: number, city = SYNTH_CITY): SynthAgency[] {
  const cityPath = [SYNTH_PROVINCE, city];
  const gov = government(city, 'city', cityPath, null);
  const dept = (d: Dept, kind: ReportKind = 'department'): SynthAgency =>
    body(city, d, 'city', cityPath, 1, kind, gov.name);
  const successor = dept(SUCCESSOR);
  const merged = { ...dept(MERGED), lastYear: SYNTH_MERGE_LAST_YEAR, successor: successor.name };
  const vertical = {
    ...body('', ['国家税务总局' + city + '税务局', 2, 5, 'tax'], 'city', cityPath, 1, 'vertical', null),
  };
  const [head0, rest0] = countyBodies(0, city);
  const out = [
    gov,
    dept(OFFICE, 'government_office'),
    ...HEAD_DEPTS.map((d) => dept(d)),
    vertical,
    merged,
    successor,
    ...head0,
    ...REST_DEPTS.map((d) => dept(d)),
    ...rest0,
  ];
  for (let c = 1; out.length < n; c++) out.push(...countyBodies(c, city).flat());
  return out.slice(0, n);
}
