// The UI dictionary. Chinese is the source; English must supply every key (the type enforces it).
// `{name}` placeholders are filled by t(key, { name }).
export const zh = {
  appTitle: '政务公开年报汇聚平台',
  appTitleEn: 'Disclosure Hub',
  'nav.overview': '总览', 'nav.compare': '对比', 'nav.trends': '趋势', 'nav.ranking': '排名',
  'nav.report': '报告', 'nav.collection': '收集', 'nav.findings': '数据质量', 'nav.import': '导入',
  'lang.switch': 'English',
  synthetic: '演示数据（合成）', syntheticHint: '本页包含合成的演示数据，不代表任何机关的真实情况',
  loading: '正在加载{what}…', empty: '暂无{what}。', retry: '重试',
  errorLoad: '{what}加载失败：{msg}。请检查网络或服务是否启动，然后点“重试”。',
  'download.png': '下载 PNG', 'download.csv': '下载 CSV', 'download.xlsx': '下载 Excel',
  'download.failed': '下载失败：{msg}。请稍后重试。',
  print: '打印',
  year: '年度', region: '地区', type: '类型', agency: '机关', agencies: '机关', metric: '指标', metrics: '指标',
  value: '数值', unit: '单位', all: '全部', years: '年度', groupBy: '分组', total: '合计',
  yoy: '同比', rank: '名次', score: '得分', change: '变化', profile: '评分方案', weights: '权重（模拟）',
  reason: '原因', status: '状态', severity: '级别', note: '备注', code: '代码', message: '说明',
  'report.what': '报告', 'report.pick': '选择报告', 'report.template': '模板',
  'report.published': '发布日期', 'report.file': '文件', 'report.source': '原文', 'report.tables': '解析出的表格',
  'report.findings': '检查发现', 'report.revisions': '修订记录', 'report.art20': '第二十条主动公开',
  'report.inferred': '推断值：由数字串按勾稽关系拆分得出', 'report.ambiguous': '多种拆分均成立，未取值；候选：{c}',
  'report.finding': '该单元格涉及检查发现', 'report.noChange': '数值无变化', 'report.raw': '原文',
  'report.noSource': '该报告未保存原文正文。', 'report.noFindings': '未发现问题。',
  'section.二': '表二 主动公开政府信息情况', 'section.三': '表三 收到和处理政府信息公开申请情况',
  'section.四': '表四 政府信息公开行政复议、行政诉讼情况',
  'sev.error': '错误', 'sev.warning': '警告', 'sev.info': '提示',
  'kind.empty': '空', 'kind.not_applicable': '不适用', 'kind.text': '文字', 'kind.unresolved': '无法确定',
  'page.todo': '此页面等待分析接口（GraphQL schema）上线后接入数据。',
  templateChange: '2021年起新模板', notComparable: '口径不可比',
  'legend.onTime': '按时', 'legend.late': '逾期', 'legend.missing': '未提交', 'legend.failed': '检查未通过',
} as const;

export type MessageKey = keyof typeof zh;

export const en: Record<MessageKey, string> = {
  appTitle: 'Disclosure Hub',
  appTitleEn: '政务公开年报汇聚平台',
  'nav.overview': 'Overview', 'nav.compare': 'Compare', 'nav.trends': 'Trends', 'nav.ranking': 'Ranking',
  'nav.report': 'Report', 'nav.collection': 'Collection', 'nav.findings': 'Findings', 'nav.import': 'Import',
  'lang.switch': '中文',
  synthetic: 'Demo data (synthetic)', syntheticHint: 'This page contains synthetic demo data, not the real figures of any body',
  loading: 'Loading {what}…', empty: 'No {what} yet.', retry: 'Retry',
  errorLoad: 'Could not load {what}: {msg}. Check the network or that the server is running, then press "Retry".',
  'download.png': 'PNG', 'download.csv': 'CSV', 'download.xlsx': 'Excel',
  'download.failed': 'Download failed: {msg}. Please try again later.',
  print: 'Print',
  year: 'Year', region: 'Region', type: 'Type', agency: 'Body', agencies: 'Bodies', metric: 'Metric', metrics: 'Metrics',
  value: 'Value', unit: 'Unit', all: 'All', years: 'Years', groupBy: 'Group by', total: 'Total',
  yoy: 'YoY', rank: 'Rank', score: 'Score', change: 'Change', profile: 'Scoring profile', weights: 'Weights (what-if)',
  reason: 'Reason', status: 'Status', severity: 'Severity', note: 'Note', code: 'Code', message: 'Message',
  'report.what': 'report', 'report.pick': 'Choose a report', 'report.template': 'Template',
  'report.published': 'Published', 'report.file': 'File', 'report.source': 'Source text', 'report.tables': 'Parsed tables',
  'report.findings': 'Findings', 'report.revisions': 'Revisions', 'report.art20': 'Art. 20 proactive disclosure',
  'report.inferred': 'Inferred: split from a digit run by the prescribed arithmetic', 'report.ambiguous': 'Several splits fit; no value taken. Candidates: {c}',
  'report.finding': 'This cell is part of a finding', 'report.noChange': 'No values changed', 'report.raw': 'As printed',
  'report.noSource': 'No source text was stored for this report.', 'report.noFindings': 'No findings.',
  'section.二': 'Table 2 · Proactive disclosure', 'section.三': 'Table 3 · Applications received and handled',
  'section.四': 'Table 4 · Administrative reconsideration and litigation',
  'sev.error': 'Error', 'sev.warning': 'Warning', 'sev.info': 'Info',
  'kind.empty': 'blank', 'kind.not_applicable': 'n/a', 'kind.text': 'text', 'kind.unresolved': 'unresolved',
  'page.todo': 'This page gets its data once the analytics API (GraphQL schema) is available.',
  templateChange: '2021 template from here', notComparable: 'not comparable',
  'legend.onTime': 'On time', 'legend.late': 'Late', 'legend.missing': 'Missing', 'legend.failed': 'Failed checks',
};

export function translate(dict: Record<string, string>, key: MessageKey, params: Record<string, string | number> = {}): string {
  const s = dict[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`));
}
