// Collection matrix: bureau × year, each cell coloured by its status (on time / late / missing / failed checks).
// Cells carry the report id so a click can open the report.
import type { ECOption } from '../../charts/echarts';
import { escapeHtml } from '../../charts/tooltip';
import { ellipsis } from '../../format/text';

export type CollectionStatus = 'on_time' | 'late' | 'undated' | 'missing' | 'failed';
export const STATUS_ORDER: CollectionStatus[] = ['on_time', 'late', 'undated', 'missing', 'failed'];
const COLORS: Record<CollectionStatus, string> = {
  on_time: '#16a34a',
  late: '#f59e0b',
  undated: '#93c5fd',
  missing: '#d1d5db',
  failed: '#dc2626',
};

export interface CollectionCell {
  agencyName: string;
  year: number;
  status: CollectionStatus;
  reportId?: string | null;
  publishedOn?: string | null;
  detail?: string | null;
}

export interface CollectionInput {
  agencies: string[];
  years: number[];
  cells: CollectionCell[];
  statusLabels: Record<CollectionStatus, string>;
  formatDate: (iso: string | null | undefined) => string;
}

export function buildCollectionOption(input: CollectionInput): ECOption {
  const { agencies, years, cells, statusLabels } = input;
  const ai = new Map(agencies.map((a, i) => [a, i]));
  const yi = new Map(years.map((y, i) => [y, i]));
  const data = cells
    .filter((c) => ai.has(c.agencyName) && yi.has(c.year))
    .map((c) => ({
      value: [yi.get(c.year)!, ai.get(c.agencyName)!, STATUS_ORDER.indexOf(c.status)] as [number, number, number],
      cell: c,
    }));
  return {
    animation: false,
    tooltip: {
      formatter: (p: unknown) => {
        const c = (p as { data: { cell: CollectionCell } }).data.cell;
        const date = c.publishedOn ? ` · ${input.formatDate(c.publishedOn)}` : '';
        return `<b>${escapeHtml(c.agencyName)}</b> · ${c.year}<br/>${statusLabels[c.status]}${date}${c.detail ? `<br/>${escapeHtml(c.detail)}` : ''}`;
      },
    },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: years.map(String), position: 'top', splitArea: { show: true } },
    yAxis: {
      type: 'category',
      data: agencies,
      inverse: true,
      axisLabel: { fontSize: 11, formatter: (s: string) => ellipsis(s, 14) },
    },
    visualMap: {
      type: 'piecewise',
      orient: 'horizontal',
      top: 0,
      left: 'center',
      dimension: 2,
      pieces: STATUS_ORDER.map((s, i) => ({ value: i, label: statusLabels[s], color: COLORS[s] })),
    },
    series: [{ type: 'heatmap', data, itemStyle: { borderColor: '#fff', borderWidth: 2 }, cursor: 'pointer' }],
  };
}
