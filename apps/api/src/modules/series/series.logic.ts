// Pure: turns stored agency-year rows into series points, marking where a template change breaks comparability.
import { isTemplateId, type MetricDef } from '@dh/domain';
import { PointStatus, type SeriesPointModel } from './series.model';

export interface SeriesRow {
  year: number;
  report_id: string;
  template: string;
  value: number | null;
  raw: string | null;
  kind: string | null;
  has_cell: boolean;
  /** An admin corrected the cell (or one it sums): value is the corrected value, published_value the one printed. */
  corrected: boolean;
  published_value: number | null;
}

function statusOf(r: SeriesRow, m: MetricDef): PointStatus {
  if (r.has_cell) return r.value === null ? PointStatus.no_value : PointStatus.value;
  const t = r.template;
  return isTemplateId(t) && !m.templates.includes(t) ? PointStatus.not_in_template : PointStatus.no_value;
}

function breakReason(m: MetricDef, from: string, to: string): { zh: string; en: string } | null {
  if (from === to || m.comparability === 'same') return null;
  if (!isTemplateId(from) || !isTemplateId(to)) {
    return {
      zh: `模板由${from}变为${to}，无法确认口径一致`,
      en: `template changed from ${from} to ${to}; comparability cannot be confirmed`,
    };
  }
  const caveat = m.comparability === 'caveat';
  const whyZh = m.noteZh ?? (caveat ? '两版模板口径不同' : '两版模板之间不可比');
  const whyEn = m.noteEn ?? (caveat ? 'definition differs between templates' : 'not comparable across templates');
  return {
    zh: `模板由${from}版变为${to}版：${caveat ? '口径有变化' : '不可比'}（${whyZh}）`,
    en: `template changed from ${from} to ${to}: ${caveat ? 'definition changed' : 'not comparable'} (${whyEn})`,
  };
}

/** One point per year in `years`; a year without a report is a missing point, never interpolated. */
export function buildPoints(years: number[], rows: SeriesRow[], m: MetricDef): SeriesPointModel[] {
  const byYear = new Map(rows.map((r) => [r.year, r]));
  let prevTemplate: string | null = null;
  return years.map((year) => {
    const r = byYear.get(year);
    if (!r) {
      return {
        year,
        value: null,
        status: PointStatus.missing_report,
        raw: null,
        kind: null,
        template: null,
        reportId: null,
        breakBefore: false,
        breakReasonZh: null,
        breakReasonEn: null,
        corrected: false,
        publishedValue: null,
      };
    }
    const reason = prevTemplate === null ? null : breakReason(m, prevTemplate, r.template);
    prevTemplate = r.template;
    const status = statusOf(r, m);
    return {
      year,
      value: status === PointStatus.value ? r.value : null,
      status,
      raw: r.raw,
      kind: r.kind,
      template: r.template,
      reportId: r.report_id,
      breakBefore: reason !== null,
      breakReasonZh: reason?.zh ?? null,
      breakReasonEn: reason?.en ?? null,
      corrected: r.corrected,
      publishedValue: r.published_value,
    };
  });
}
