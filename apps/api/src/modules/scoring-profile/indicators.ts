// The scoring indicators (考评指标) and the default weights shipped with the app.
import type { IndicatorModel } from './scoring-profile.model';

export const INDICATORS: IndicatorModel[] = [
  { key: 'on_time', labelZh: '按时发布', labelEn: 'Published on time',
    method: '1 if published by 31 January of the following year, else 0; null without a publication date' },
  { key: 'complete', labelZh: '内容完整', labelEn: 'Sections and tables complete',
    method: 'mean of (sections present / 6) and (tables 二/三/四 with at least one cell / 3)' },
  { key: 'findings', labelZh: '问题数', labelEn: 'Findings per report',
    method: '1 / (1 + open or confirmed error/warning findings of the report)' },
  { key: 'proactive_volume', labelZh: '主动公开量', labelEn: 'Proactive disclosure volume',
    method: 'licensing + penalty + coercion decisions, divided by the largest among the bodies ranked' },
  { key: 'application_outcomes', labelZh: '依申请公开答复', labelEn: 'Application handling outcomes',
    method: '(disclosed + partly disclosed) / all handled (表三 总计列); null under 5 cases' },
  { key: 'review_corrected', labelZh: '复议诉讼纠错', labelEn: 'Reconsideration/litigation corrected',
    method: '1 − corrected / all cases of 表四; null under 5 cases' },
];
export const INDICATOR_KEYS = INDICATORS.map((i) => i.key);
