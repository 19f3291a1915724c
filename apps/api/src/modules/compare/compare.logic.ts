// Pure: group rows → compare cells with YoY, share of total and a note where a template change makes YoY unsafe.
import type { MetricDef } from '@dh/domain';
import type { CompareCellModel } from './compare.model';

/** A group's sum, its reports, their templates and how many of those reports' values an admin corrected. */
export interface Val {
  v: number;
  n: number;
  templates: string;
  fixed?: number;
}

export function compareCell(
  m: MetricDef,
  year: number,
  cur: Val | undefined,
  prev: Val | undefined,
  total: number | undefined,
): CompareCellModel {
  const value = cur?.v ?? null;
  let yoy: number | null = null;
  let yoyRate: number | null = null;
  let yoyNote: string | null = null;
  if (value !== null && prev) {
    if (m.comparability !== 'same' && cur && cur.templates !== prev.templates) {
      yoyNote = `模板变化（${prev.templates}→${cur.templates}），同比不可比 · template changed, YoY not comparable`;
    } else {
      yoy = value - prev.v;
      yoyRate = prev.v === 0 ? null : yoy / prev.v;
      if (prev.v === 0) yoyNote = '上年为0，无变化率 · base is 0, no rate';
    }
  } else if (value !== null) {
    yoyNote = '上年无数据 · no value the year before';
  }
  return {
    metric: m.key,
    year,
    value,
    reports: cur?.n ?? 0,
    yoy,
    yoyRate,
    yoyNote,
    corrected: cur?.fixed ?? 0,
    share: value !== null && total ? value / total : null,
  };
}
