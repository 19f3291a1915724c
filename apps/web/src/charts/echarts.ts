// The only ECharts registration: tree-shaken, so the bundle carries just what the dashboard draws.
// Bars (every page) are registered up front; lines, heatmap, visual map, zoom, titles and mark lines are registered on
// first need from a lazy chunk, which keeps the first page under its JS budget.
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { BarSeriesOption, HeatmapSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
  DataZoomComponentOption,
  MarkLineComponentOption,
} from 'echarts/components';

use([BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export type ECOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | HeatmapSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
  | DataZoomComponentOption
  | MarkLineComponentOption
>;

let extras: Promise<void> | null = null;
let extrasIn = false;

/** Registers lines, heatmap, visualMap, dataZoom, titles and mark lines (once); await before drawing with them. */
export function ensureExtras(): Promise<void> {
  extras ??= import('./echarts-extras').then((m) => {
    use(m.EXTRAS);
    extrasIn = true;
  });
  return extras;
}

/** Whether this option can be drawn now: it needs none of the lazy parts, or they are registered. */
export const drawableNow = (o: ECOption | null): boolean => extrasIn || !needsExtras(o);

/** Whether an option needs the lazily registered parts. */
function needsExtras(o: ECOption | null): boolean {
  if (!o) return false;
  const series = (Array.isArray(o.series) ? o.series : o.series ? [o.series] : []) as {
    type?: string;
    markLine?: unknown;
  }[];
  return Boolean(
    o.visualMap || o.dataZoom || o.title || series.some((s) => s.type === 'heatmap' || s.type === 'line' || s.markLine),
  );
}
