// The scoring indicators (考评指标) and the default weights shipped with the app.
import type { IndicatorModel } from './scoring-profile.model';

const DEFS: Omit<IndicatorModel, 'method'>[] = [
  { key: 'on_time', labelZh: '按时发布', labelEn: 'Published on time',
    methodZh: '次年1月31日前（含）发布计1，否则计0；无发布日期不计分',
    methodEn: '1 if published by 31 January of the following year, else 0; null without a publication date' },
  { key: 'complete', labelZh: '内容完整', labelEn: 'Sections and tables complete',
    methodZh: '（已有部分数 ÷ 6）与（至少读到一个单元格的表二、表三、表四数 ÷ 3）的平均值',
    methodEn: 'mean of (sections present / 6) and (tables 2, 3 and 4 with at least one cell / 3)' },
  { key: 'findings', labelZh: '问题数', labelEn: 'Findings per report',
    methodZh: '1 ÷（1 + 本报告待处理或已确认的错误、警告类问题数）',
    methodEn: '1 / (1 + open or confirmed error/warning findings of the report)' },
  { key: 'proactive_volume', labelZh: '主动公开量', labelEn: 'Proactive disclosure volume',
    methodZh: '行政许可、行政处罚、行政强制处理决定数之和，除以参评机关中的最大值',
    methodEn: 'licensing + penalty + coercion decisions, divided by the largest among the bodies ranked' },
  { key: 'application_outcomes', labelZh: '依申请公开答复', labelEn: 'Application handling outcomes',
    methodZh: '（予以公开 + 部分公开）÷ 办理总数（表三总计列）；不足5件不计分',
    methodEn: '(disclosed + partly disclosed) / all handled (table 3, total column); null under 5 cases' },
  { key: 'review_corrected', labelZh: '复议诉讼纠错', labelEn: 'Reconsideration/litigation corrected',
    methodZh: '1 − 结果纠正件数 ÷ 表四全部案件数；不足5件不计分',
    methodEn: '1 − corrected / all cases of table 4; null under 5 cases' },
];
// `method` (English) stays for clients written before the texts came in both languages.
export const INDICATORS: IndicatorModel[] = DEFS.map((i) => ({ ...i, method: i.methodEn }));
export const INDICATOR_KEYS = INDICATORS.map((i) => i.key);
