// A fictional city (合成市) with its departments, counties and townships. Names are plainly synthetic.
export const SYNTH_PROVINCE = '合成省';
export const SYNTH_CITY = '合成市';

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
}

// Department suffix, applications median, enforcement median.
const DEPARTMENTS: [string, number, number][] = [
  ['人民政府办公室', 6, 0], ['应急管理局', 3, 40], ['统计局', 1, 2], ['审计局', 1, 0], ['财政局', 4, 3], ['教育局', 5, 1],
  ['公安局', 8, 300], ['民政局', 3, 1], ['司法局', 2, 2], ['生态环境局', 4, 60], ['住房和城乡建设局', 8, 20],
  ['交通运输局', 3, 80], ['卫生健康委员会', 4, 30], ['市场监督管理局', 6, 150], ['人力资源和社会保障局', 5, 10],
  ['自然资源局', 12, 25], ['档案局', 0, 0], ['信访局', 1, 0], ['林业局', 1, 8],
];
const SYL_A = ['东', '西', '南', '北', '青', '白', '清', '安', '平', '永', '长', '新', '福', '宁', '和', '康', '兴', '丰', '云', '石'];
const SYL_B = ['阳', '山', '江', '河', '川', '林', '原', '溪', '泉', '源', '台', '城', '湖', '岭', '桥'];
const TOWN = ['中村', '上坊', '下溪', '桃园', '柳营', '杏花', '双井', '龙门', '凤鸣', '金沙', '银河', '白马'];
const TOWN_SUFFIX = ['镇', '乡', '街道办事处'];

function countyName(i: number): string {
  const a = SYL_A[i % SYL_A.length], b = SYL_B[Math.floor(i / SYL_A.length) % SYL_B.length];
  const round = Math.floor(i / (SYL_A.length * SYL_B.length));
  return `${a}${b}${round > 0 ? round + 1 : ''}${i % 3 === 0 ? '区' : '县'}`;
}

function departments(prefix: string, level: SynthLevel, regionPath: string[], factor: number): SynthAgency[] {
  const gov: SynthAgency = { name: `${prefix}人民政府`, level, regionPath, scale: 40 * factor, enforcement: 0 };
  return [gov, ...DEPARTMENTS.map(([suffix, apps, enf]) => ({
    name: `${prefix}${suffix}`, level, regionPath, scale: apps * factor, enforcement: enf * factor,
  }))];
}

/** The first `n` bodies of the synthetic city: the city's own, then county by county with their townships. */
export function synthAgencies(n: number, city = SYNTH_CITY): SynthAgency[] {
  const out = departments(city, 'city', [SYNTH_PROVINCE, city], 1);
  for (let c = 0; out.length < n; c++) {
    const county = countyName(c);
    const path = [SYNTH_PROVINCE, city, county];
    out.push(...departments(county, 'county', path, 0.4));
    for (let t = 0; t < TOWN.length; t++) {
      const town = `${TOWN[t]}${TOWN_SUFFIX[t % TOWN_SUFFIX.length]}`;
      const name = town.endsWith('街道办事处') ? `${county}${town}` : `${county}${town}人民政府`;
      out.push({ name, level: 'township', regionPath: [...path, town.replace(/办事处$/, '')], scale: 0.6, enforcement: 0 });
    }
  }
  return out.slice(0, n);
}
