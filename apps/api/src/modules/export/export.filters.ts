// Pure: an export's arguments → the header rows a reader understands ("地区：合成市", "机关：甲局、乙局"), names in place of
// ids and metric labels in place of keys. Raw JSON with ids meant nothing to the person the file was sent to.
import { METRIC_BY_KEY, agencyTypeLabel, levelLabel, unitLabel, type TableLang } from '@dh/domain';

export interface FilterNames {
  agencies: Map<number, string>;
  regions: Map<number, string>;
}
type Args = Record<string, unknown>;

const LABELS: Record<string, Record<TableLang, string>> = {
  metrics: { zh: '指标', en: 'Metrics' },
  metric: { zh: '指标', en: 'Metric' },
  years: { zh: '年度', en: 'Years' },
  year: { zh: '年度', en: 'Year' },
  region: { zh: '地区', en: 'Region' },
  agencies: { zh: '机关', en: 'Bodies' },
  type: { zh: '类型', en: 'Type' },
  level: { zh: '层级', en: 'Level' },
  search: { zh: '名称含', en: 'Name contains' },
  synthetic: { zh: '合成数据', en: 'Synthetic data' },
  groupBy: { zh: '分组', en: 'Grouped by' },
  sort: { zh: '排序', en: 'Sorted by' },
  limit: { zh: '行数上限', en: 'Row limit' },
  offset: { zh: '跳过行数', en: 'Rows skipped' },
  profileId: { zh: '评分方案编号', en: 'Scoring profile id' },
  whatIf: { zh: '模拟权重', en: 'What-if weights' },
};
const GROUP: Record<string, Record<TableLang, string>> = {
  agency: { zh: '按机关', en: 'body' },
  type: { zh: '按类型', en: 'type' },
  region: { zh: '按地区', en: 'region' },
  level: { zh: '按层级', en: 'level' },
};
const SORT: Record<string, Record<TableLang, string>> = {
  value: { zh: '数值', en: 'value' },
  yoy: { zh: '同比', en: 'change' },
  share: { zh: '占比', en: 'share' },
  label: { zh: '名称', en: 'name' },
};

/** Every id the filter rows will name, so the caller can look the names up in one go. */
export function idsOf(args: Args): { agencies: number[]; regions: number[] } {
  const f = (args.filter ?? {}) as Args;
  const agencies = [
    ...(Array.isArray(f.ids) ? f.ids : []),
    ...(Array.isArray(args.agencyIds) ? args.agencyIds : []),
  ] as number[];
  const regions = [f.regionId, args.regionId].filter((x): x is number => typeof x === 'number');
  return { agencies, regions };
}

export function describeFilters(args: Args, names: FilterNames, lang: TableLang): [string, string][] {
  const en = lang === 'en';
  const list = (xs: string[]) => xs.join(en ? ', ' : '、');
  const metric = (k: string) => {
    const m = METRIC_BY_KEY.get(k);
    return m ? (en ? `${m.labelEn} (${unitLabel(m.unit, lang)})` : `${m.rowLabel} · ${m.colLabel}（${m.unit}）`) : k;
  };
  const body = (id: number) => names.agencies.get(id) ?? `#${id}`;
  const region = (id: number) => names.regions.get(id) ?? `#${id}`;
  const out: [string, string][] = [];
  const add = (key: string, value: string) => out.push([`${en ? 'Filter: ' : '筛选：'}${LABELS[key][lang]}`, value]);
  if (Array.isArray(args.metrics)) add('metrics', list((args.metrics as string[]).map(metric)));
  if (typeof args.metric === 'string') add('metric', metric(args.metric));
  if (Array.isArray(args.years)) add('years', list((args.years as number[]).map(String)));
  if (typeof args.year === 'number') add('year', String(args.year));
  const f = (args.filter ?? {}) as Args;
  const regionId = (f.regionId ?? args.regionId) as number | undefined;
  if (typeof regionId === 'number') add('region', region(regionId));
  const { agencies } = idsOf(args);
  if (agencies.length) add('agencies', list(agencies.map(body)));
  if (typeof f.type === 'string') add('type', agencyTypeLabel(f.type, lang));
  if (typeof f.level === 'string') add('level', levelLabel(f.level, lang));
  if (typeof f.search === 'string') add('search', f.search);
  if (typeof f.synthetic === 'boolean')
    add('synthetic', f.synthetic ? (en ? 'only' : '仅合成') : en ? 'excluded' : '不含合成');
  if (typeof args.groupBy === 'string') add('groupBy', GROUP[args.groupBy]?.[lang] ?? args.groupBy);
  const sort = args.sort as { field?: string; metric?: string; year?: number; desc?: boolean } | undefined;
  if (sort) {
    const parts = [
      SORT[sort.field ?? 'value']?.[lang] ?? String(sort.field),
      sort.metric ? metric(sort.metric) : '',
      sort.year ? String(sort.year) : '',
      sort.desc === false ? (en ? 'ascending' : '升序') : en ? 'descending' : '降序',
    ];
    add('sort', parts.filter(Boolean).join(en ? ', ' : '，'));
  }
  if (typeof args.profileId === 'number') add('profileId', String(args.profileId));
  if (Array.isArray(args.whatIf))
    add(
      'whatIf',
      list((args.whatIf as { indicator: string; weight: number }[]).map((w) => `${w.indicator}=${w.weight}`)),
    );
  if (typeof args.limit === 'number') add('limit', String(args.limit));
  if (typeof args.offset === 'number' && args.offset > 0) add('offset', String(args.offset));
  return out;
}
