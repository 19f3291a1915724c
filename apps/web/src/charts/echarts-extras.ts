// The lazily loaded ECharts parts; registered by ensureExtras() in echarts.ts (the one registration file).
import { HeatmapChart } from 'echarts/charts';
import { DataZoomComponent, VisualMapComponent } from 'echarts/components';

export const EXTRAS = [HeatmapChart, VisualMapComponent, DataZoomComponent];
