// Labels of the coarse agency types (derived from names at ingest) and of region levels, in both languages: the API
// answers the keys, every page shows these.
import type { FindingTitle } from './finding-titles';

export const AGENCY_TYPE_LABELS: Readonly<Record<string, FindingTitle>> = {
  government: { zh: '人民政府及办公厅（室）', en: 'Governments and their offices' },
  emergency_management: { zh: '应急管理', en: 'Emergency management' },
  statistics: { zh: '统计', en: 'Statistics' },
  audit: { zh: '审计', en: 'Audit' },
  archives: { zh: '档案', en: 'Archives' },
  petitions: { zh: '信访', en: 'Petitions' },
  transport: { zh: '交通运输', en: 'Transport' },
  forestry: { zh: '林业和草原', en: 'Forestry and grassland' },
  finance: { zh: '财政', en: 'Finance' },
  public_security: { zh: '公安', en: 'Public security' },
  education: { zh: '教育', en: 'Education' },
  health: { zh: '卫生健康', en: 'Health' },
  market_regulation: { zh: '市场监管', en: 'Market regulation' },
  ecology_environment: { zh: '生态环境', en: 'Ecology and environment' },
  natural_resources: { zh: '自然资源', en: 'Natural resources' },
  housing: { zh: '住房和城乡建设', en: 'Housing and construction' },
  human_resources: { zh: '人力资源和社会保障', en: 'Human resources and social security' },
  civil_affairs: { zh: '民政', en: 'Civil affairs' },
  justice: { zh: '司法行政', en: 'Justice' },
  tax: { zh: '税务', en: 'Tax' },
  township: { zh: '乡镇（街道）', en: 'Townships and subdistricts' },
  other: { zh: '其他', en: 'Other' },
};

export const LEVEL_LABELS: Readonly<Record<string, FindingTitle>> = {
  country: { zh: '国家', en: 'National' },
  province: { zh: '省级', en: 'Province' },
  city: { zh: '市级', en: 'City' },
  county: { zh: '县级', en: 'County' },
  township: { zh: '乡镇级', en: 'Township' },
};

/** The label of a type or level key; an unknown key (a newer API) shows itself. */
export function agencyTypeLabel(key: string, lang: 'zh' | 'en'): string {
  return AGENCY_TYPE_LABELS[key]?.[lang] ?? key;
}
export function levelLabel(key: string, lang: 'zh' | 'en'): string {
  return LEVEL_LABELS[key]?.[lang] ?? key;
}
