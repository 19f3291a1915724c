// The lazily loaded ECharts parts; registered by ensureExtras() in echarts.ts (the one registration file).
import { HeatmapChart, LineChart } from 'echarts/charts';
import { DataZoomComponent, MarkLineComponent, TitleComponent, VisualMapComponent } from 'echarts/components';

// Lines are drawn on the trends page only, titles and mark lines by compare, trends and the report page, so they
// wait here too (the first page, the overview, draws plain bars).
export const EXTRAS = [
  HeatmapChart,
  LineChart,
  VisualMapComponent,
  DataZoomComponent,
  TitleComponent,
  MarkLineComponent,
];
