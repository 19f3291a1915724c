// The only ECharts registration: tree-shaken, so the bundle carries just what the dashboard draws.
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  DataZoomComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, ToolboxComponent, TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { BarSeriesOption, HeatmapSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption, LegendComponentOption, TitleComponentOption, TooltipComponentOption, ToolboxComponentOption,
  VisualMapComponentOption, DataZoomComponentOption, MarkLineComponentOption,
} from 'echarts/components';

use([BarChart, LineChart, HeatmapChart, GridComponent, TooltipComponent, LegendComponent, TitleComponent, ToolboxComponent,
  VisualMapComponent, DataZoomComponent, MarkLineComponent, CanvasRenderer]);

export type ECOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | HeatmapSeriesOption | GridComponentOption | LegendComponentOption | TitleComponentOption
  | TooltipComponentOption | ToolboxComponentOption | VisualMapComponentOption | DataZoomComponentOption | MarkLineComponentOption
>;
