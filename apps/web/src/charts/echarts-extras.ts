// The lazily loaded ECharts parts; registered by ensureExtras() in echarts.ts (the one registration file).
import { HeatmapChart, LineChart } from 'echarts/charts';
import { DataZoomComponent, VisualMapComponent } from 'echarts/components';

// Lines are drawn on the trends page only, so they wait here too (the first page, the overview, draws bars).
export const EXTRAS = [HeatmapChart, LineChart, VisualMapComponent, DataZoomComponent];
