// A coarse type from the agency's name, so like bureaus can be compared across cities.
// Townships first: 中村乡人民政府 and …镇人民政府 end in 人民政府 but are townships, not county governments.
const TYPE_BY_SUFFIX: [RegExp, string][] = [
  [/(镇|乡|街道办事处|街道|片区管理局)(人民政府)?$/, 'township'],
  [/(人民政府办公厅|人民政府办公室|人民政府|管委会|管理委员会|实验区（管委会）)$/, 'government'],
  [/应急管理局$|应急局$/, 'emergency_management'],
  [/统计局$/, 'statistics'],
  [/审计局$/, 'audit'],
  [/档案局$|档案馆$/, 'archives'],
  [/信访局$/, 'petitions'],
  [/交通运输局$/, 'transport'],
  [/林业和草原局$|林业局$/, 'forestry'],
  [/财政局$|财政厅$/, 'finance'],
  [/公安局$|公安厅$/, 'public_security'],
  [/教育局$|教育厅$/, 'education'],
  [/卫生健康委员会$|卫健委$|卫生健康局$/, 'health'],
  [/市场监督管理局$/, 'market_regulation'],
  [/生态环境局$/, 'ecology_environment'],
  [/自然资源(和规划)?局$/, 'natural_resources'],
  [/住房和城乡建设局$|住建局$/, 'housing'],
  [/人力资源和社会保障局$/, 'human_resources'],
  [/民政局$/, 'civil_affairs'],
  [/司法局$/, 'justice'],
  [/税务局$/, 'tax'],
];

export function agencyTypeOf(name: string): string {
  for (const [re, type] of TYPE_BY_SUFFIX) if (re.test(name)) return type;
  return 'other';
}
