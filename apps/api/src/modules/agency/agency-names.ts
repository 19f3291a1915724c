// Pure rules for reading an agency's name from what a report gives us (title, signature, file name, metadata).
export type RegionLevel = 'province' | 'city' | 'county' | 'township';

// Printed short forms and the canonical word the office uses.
const ABBREVIATIONS: [RegExp, string][] = [
  [/应急局$/, '应急管理局'],
  [/卫健委$/, '卫生健康委员会'],
  [/卫健局$/, '卫生健康局'],
  [/住建局$/, '住房和城乡建设局'],
  [/人社局$/, '人力资源和社会保障局'],
  [/市监局$/, '市场监督管理局'],
  [/交通局$/, '交通运输局'],
  [/环保局$/, '生态环境局'],
  [/政府办$/, '人民政府办公室'],
];

/** A place name first (…省/市/县/区/旗/镇/乡/街道…), then the body: a name that identifies one body on its own. */
export function isFullName(name: string): boolean {
  if (name.length < 5 || /^(市|县|区|省|镇|乡|州|我|本|该|某)/.test(name) || /某|不详|未知/.test(name)) return false;
  return /^.{2,}?(省|自治区|市|州|盟|县|区|旗|镇|乡|街道)/.test(name);
}

export function regionLevelOf(name: string): RegionLevel | null {
  if (/(省|自治区)$/.test(name)) return 'province';
  if (/(镇|乡|街道|街道办事处)$/.test(name)) return 'township';
  if (/(县|区|旗)$/.test(name)) return 'county';
  if (/(市|州|盟)$/.test(name)) return 'city';
  return null;
}

/** The level a body sits at, from the place name it starts with. */
export function agencyLevelOf(name: string, regionLevel?: RegionLevel | null): RegionLevel | null {
  if (/(镇|乡|街道)(人民政府|办事处)?$/.test(name) || /片区管理局$/.test(name)) return 'township';
  const m = /^(.{2,}?(省|自治区|市|州|盟|县|区|旗))/.exec(name);
  return (m ? regionLevelOf(m[1]) : null) ?? regionLevel ?? null;
}

function clean(s: string | null | undefined): string | null {
  // Whitespace inside names is layout (规 章); brackets around the whole name are decoration.
  const t = s
    ?.replace(/\s+/g, '')
    .replace(/^【(.*)】$/, '$1')
    .trim();
  return t ? t : null;
}

/** A body's name in a file name such as 鞍山市应急管理局2020年度政府信息公开工作年度报告.html. */
export function nameFromFileName(fileName: string): string | null {
  const base = fileName.replace(/\.[a-z0-9]+$/i, '');
  const m = /([\u4e00-\u9fa5（）]{4,}?)(?:20\d\d|关于|政府信息公开|年度报告|年报|$)/.exec(base);
  const name = clean(m?.[1]?.replace(/(20\d\d年度?|年度)$/, ''));
  return name && isFullName(name) ? name : null;
}

export interface AgencyHints {
  /** Given by the person ingesting (--agency, upload form): trusted. */
  given?: string | null;
  /** Read by the parser from the title, signature or first sentence. */
  printed?: string | null;
  fileName: string;
  /** Region given with the batch (--region 鞍山市), innermost last. */
  regionPath?: string[];
}

/** Names to look up, best first, without repeats. */
export function candidateNames(h: AgencyHints): string[] {
  const out: string[] = [];
  const add = (s: string | null | undefined): void => {
    const c = clean(s);
    if (c && !out.includes(c)) out.push(c);
  };
  add(h.given);
  const printed = clean(h.printed);
  add(printed);
  const region = h.regionPath?.at(-1);
  if (printed && region && /^(市|县|区|州|旗|镇|乡)/.test(printed)) add(`${region}${printed.slice(1)}`);
  if (printed && region && !isFullName(printed) && !/^(市|县|区|我|本)/.test(printed)) add(`${region}${printed}`);
  for (const name of [...out]) for (const [re, full] of ABBREVIATIONS) if (re.test(name)) add(name.replace(re, full));
  add(nameFromFileName(h.fileName));
  return out;
}
