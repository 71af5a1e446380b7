/** ECharts, imported module by module: only the charts and components the app draws. */
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, DatasetComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import CanvasPainter from 'zrender/lib/canvas/Painter.js';

echarts.use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, MarkLineComponent, MarkAreaComponent, TooltipComponent, DatasetComponent, CanvasRenderer]);
// the data screen's coverage heat map
echarts.use([HeatmapChart, VisualMapComponent]);
// every chart describes itself in words for screen readers (see withAria)
echarts.use([AriaComponent]);

export { echarts };

/*
 * zrender paints a chart over several frames when one frame is not enough (a busy phone, a large
 * heat map). A chart disposed between two of those frames (its panel re-drawn by a language switch
 * or by newly loaded data) had the next frame paint a canvas that was gone: "Cannot read properties
 * of null (reading 'layerStack')". The frame first checks that its redraw is still the painter's
 * current one; a disposed painter now has none, so a late frame does nothing.
 */
const disposePainter = CanvasPainter.prototype.dispose;
CanvasPainter.prototype.dispose = function (this: CanvasPainter) {
  (this as unknown as { _redrawId: unknown })._redrawId = undefined;
  disposePainter.call(this);
};

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
  return { ...option, aria: { enabled: true } };
}

/** The description ECharts wrote on its own element, moved to the wrapper that screen readers see. */
export function chartDescription(dom: HTMLElement | null | undefined): string {
  const d = dom?.getAttribute('aria-label') ?? '';
  dom?.removeAttribute('aria-label');
  dom?.removeAttribute('role');
  return d;
}
