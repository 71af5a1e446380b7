/** ECharts, imported module by module: only the charts and components the app draws. */
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, DatasetComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, MarkLineComponent, MarkAreaComponent, TooltipComponent, DatasetComponent, CanvasRenderer]);
// the data screen's coverage heat map
echarts.use([HeatmapChart, VisualMapComponent]);
// every chart describes itself in words for screen readers (see withAria)
echarts.use([AriaComponent]);

export { echarts };

/**
 * How a chart takes a new option. Not `notMerge`: that rebuilds every component, and ECharts'
 * tooltip measures the page (a forced layout) each time it is rebuilt, which made a filter change
 * lay the page out once per chart. These component types are replaced whole, as notMerge would;
 * the rest (tooltip, textStyle, animation) is merged, and every option builder always sets them
 * (tests/unit/chartMerge.test.ts: updated charts equal charts drawn afresh).
 * Only registered types may be named (ECharts throws otherwise): geo is registered with the map.
 */
const REPLACE_MERGE = ['series', 'xAxis', 'yAxis', 'grid', 'legend', 'visualMap', 'dataset', 'markLine', 'markArea'];
const REPLACE_MERGE_GEO = [...REPLACE_MERGE, 'geo'];

export function replaceMergeFor(option: object): string[] {
  return 'geo' in option ? REPLACE_MERGE_GEO : REPLACE_MERGE;
}

/** ECharts' generated description (chart type, series, values) on; the wrapper's role="img" carries it. */
export function withAria<O extends object>(option: O): O & { aria: { enabled: true } } {
  const series = (option as { series?: unknown }).series;
  return { ...option, aria: { enabled: true }, ...(series ? { series: Array.isArray(series) ? series.map(inOneFrame) : inOneFrame(series) } : {}) };
}

/**
 * Every series is drawn in one frame. ECharts draws a series of a few thousand items (the coverage
 * heat map) over several frames; a chart disposed between two of them (a language or page change)
 * had its next frame paint a canvas already gone ("reading 'layerStack' of null"). Our series are
 * small enough for one frame; a chart may still ask for progressive drawing itself.
 */
function inOneFrame(s: unknown): unknown {
  return s && typeof s === 'object' ? { progressive: 0, ...s } : s;
}

/** The description ECharts wrote on its own element, moved to the wrapper that screen readers see. */
export function chartDescription(dom: HTMLElement | null | undefined): string {
  const d = dom?.getAttribute('aria-label') ?? '';
  dom?.removeAttribute('aria-label');
  dom?.removeAttribute('role');
  return d;
}
