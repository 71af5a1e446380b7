/** ECharts, imported module by module: only the charts and components the app draws. */
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, DatasetComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, DatasetComponent, CanvasRenderer]);
// the data screen's coverage heat map
echarts.use([HeatmapChart, VisualMapComponent]);

export { echarts };
