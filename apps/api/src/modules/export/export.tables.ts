// Pure: a compare/series/ranking/collection result → one flat table with Chinese column names; numbers stay numbers.
import {
  REPORT_KIND_LABELS,
  SUBMISSION_STATE_ZH,
  compareLayout,
  type ReportKind,
  type SubmissionStateOrNone,
  type TableLang,
} from '@dh/domain';
import { stringify } from 'csv-stringify/sync';
import type { CollectionStatusModel } from '../collection/collection.model';
import type { CompareModel } from '../compare/compare.model';
import type { RankingModel } from '../ranking/ranking.model';
import type { SeriesModel } from '../series/series.model';

export type Cell = string | number | null;
export interface ExportTable {
  title: string;
  filters: [string, string][];
  columns: string[];
  rows: Cell[][];
}

/** The export's marker: a value that is an admin's correction says so (empty: as published). */
const correctedMark = (n: number, lang: TableLang): string =>
  n > 0 ? (lang === 'en' ? `corrected (${n} reports)` : `已更正（${n}份报告）`) : '';

/**
 * The 对比 page's own table (libs/domain compare-table.ts): same columns, labels, units and rounding as the screen. Where a
 * value of it is an admin's correction, a correction column per metric-year follows (the screen marks it in its tooltip).
 */
export function compareTable(r: CompareModel, filters: [string, string][], lang: TableLang = 'zh'): ExportTable {
  const t = compareLayout(r, lang);
  const title = lang === 'en' ? 'Comparison' : '横向对比';
  const columns = t.columns.map((c) => c.title);
  if (![...r.rows.flatMap((x) => x.cells), ...r.totals].some((c) => c.corrected > 0))
    return { title, filters, columns, rows: [...t.rows, t.total] };
  // Cells run metric by metric, each over the years (CompareService), as these columns do.
  const marks = (cells: CompareModel['totals']): string[] => cells.map((c) => correctedMark(c.corrected, lang));
  const heads = r.metrics.flatMap((m) =>
    r.years.map((y) => (lang === 'en' ? `${m.labelEn} ${y} corrected` : `${m.labelZh}${y}年更正`)),
  );
  return {
    title,
    filters,
    columns: [...columns, ...heads],
    rows: [...t.rows.map((row, i) => [...row, ...marks(r.rows[i].cells)]), [...t.total, ...marks(r.totals)]],
  };
}

export function seriesTable(r: SeriesModel, filters: [string, string][]): ExportTable {
  const columns = ['机关', ...r.years.flatMap((y) => [`${y}年`, `${y}年状态`, `${y}年更正`])];
  const rows: Cell[][] = r.lines.map((l) => [
    l.agencyName,
    ...l.points.flatMap((p) => [
      p.value,
      p.status === 'value'
        ? p.breakBefore
          ? `口径断开：${p.breakReasonZh}`
          : ''
        : ({ missing_report: '缺报告', not_in_template: '模板无此项', no_value: '无数值' } as Record<string, string>)[
            p.status
          ],
      p.corrected ? `已更正（公布值${p.publishedValue ?? '无'}）` : '',
    ]),
  ]);
  return { title: `时间序列：${r.metric.labelZh}（${r.metric.unit}）`, filters, columns, rows };
}

export function rankingTable(r: RankingModel, filters: [string, string][]): ExportTable {
  const ind = r.rows[0]?.contributions ?? [];
  const columns = [
    '名次',
    '机关',
    '得分',
    '上年名次',
    '名次变化',
    ...ind.map((c) => `${c.labelZh}得分`),
    '更正',
    '变化原因',
  ];
  const rows: Cell[][] = r.rows.map((x) => [
    x.rank,
    x.agencyName,
    x.score,
    x.previousRank,
    x.rankChange,
    ...x.contributions.map((c) => c.points),
    x.correctedCells.length ? `已更正：${x.correctedCells.join('、')}` : '',
    x.whyZh,
  ]);
  return { title: `${r.year}年度考评排名（${r.profile.name} v${r.profile.version}）`, filters, columns, rows };
}

const STATE_ZH: Record<string, string> = { on_time: '按时', late: '逾期', undated: '无发布日期', missing: '未提交' };
const PUBLICATION_ZH: Record<string, string> = {
  posted: '已公开',
  gone: '已撤下',
  not_found: '未找到',
  failed: '检查失败',
};

/** Who to chase: every expected body's state for the year, its publication date and its report's failed checks. */
export function collectionTable(r: CollectionStatusModel, filters: [string, string][]): ExportTable {
  const columns = [
    '机关',
    '类别',
    '状态',
    '截止日期',
    '发布日期',
    '逾期天数',
    '未通过的检查',
    '机关待认领',
    '名录外',
    '报送状态',
    '网站公开',
    '网站发布时间',
    '发布后修改',
    '网页地址',
    '在年报栏目',
    '与报送稿不一致的单元格',
  ];
  const rows: Cell[][] = r.bodies.map((b) => [
    b.agencyName,
    REPORT_KIND_LABELS[b.kind as ReportKind]?.zh ?? b.kind,
    STATE_ZH[b.state] ?? b.state,
    b.dueOn,
    b.publishedOn,
    b.daysLate,
    b.reportId ? b.errorFindings : null,
    b.agencyStatus === 'unresolved' ? '是' : '',
    b.onRoster ? '' : '是',
    SUBMISSION_STATE_ZH[b.submissionState as SubmissionStateOrNone] ?? b.submissionState,
    b.publication ? (PUBLICATION_ZH[b.publication] ?? b.publication) : '未检查',
    b.postedOnSite,
    b.editedAfterPosting ? '是' : '',
    b.siteUrl,
    b.postedInColumn === null ? null : b.postedInColumn ? '是' : '否',
    b.differingCells,
  ]);
  return {
    title: `${r.year}年度报告收集情况（部门截止${r.deadline}，汇总报告按层级；应报${r.expected}，已收到${r.received}，按时${r.onTime}）`,
    filters,
    columns,
    rows,
  };
}

// Submitted, accepted or published: the office has it; anything else is someone to remind.
const WITH_OFFICE = new Set(['submitted', 'accepted', 'published']);

/** The reminder list: expected bodies that have not submitted, or were returned, with the days left (negative: late). */
export function reminderTable(r: CollectionStatusModel, filters: [string, string][]): ExportTable {
  const due = r.bodies
    .filter((b) => b.expected && !WITH_OFFICE.has(b.submissionState))
    .sort((a, b) => (a.daysLeft ?? 9999) - (b.daysLeft ?? 9999) || a.agencyName.localeCompare(b.agencyName, 'zh'));
  const columns = ['机关', '类别', '报送状态', '截止日期', '剩余天数'];
  const rows: Cell[][] = due.map((b) => [
    b.agencyName,
    REPORT_KIND_LABELS[b.kind as ReportKind]?.zh ?? b.kind,
    SUBMISSION_STATE_ZH[b.submissionState as SubmissionStateOrNone] ?? b.submissionState,
    b.dueOn,
    b.daysLeft,
  ]);
  return {
    title: `${r.year}年度报告报送提醒（未提交${due.filter((b) => b.submissionState !== 'returned').length}，退回${due.filter((b) => b.submissionState === 'returned').length}）`,
    filters,
    columns,
    rows,
  };
}

/**
 * CSV with a BOM (Excel reads UTF-8 Chinese correctly), filter rows first, then a blank line, then the table. Written by
 * csv-stringify with formulas escaped: a cell starting with = + - @ tab or CR (an agency name given at upload, a filter
 * echoed from the request) gets a leading ' so a spreadsheet shows it as text instead of running it. Numbers stay numbers.
 */
export function toCsv(t: ExportTable): string {
  const lines: Cell[][] = [[t.title], ...t.filters.map(([k, v]): Cell[] => [k, v]), [], t.columns, ...t.rows];
  // A lone CR or LF inside a cell is quoted too (csv-stringify quotes only the record delimiter itself).
  return stringify(lines, { bom: true, record_delimiter: 'windows', escape_formulas: true, quoted_match: /[\r\n]/ });
}
