import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo, useState } from 'react';
import { chartDescription, echarts, replaceMergeFor, withAria } from '../charts/echartsSetup.ts';

/**
 * One ECharts canvas filling its box; the option comes from a pure builder in src/charts. The box is
 * an image for screen readers, named by `label` and described by ECharts' aria text.
 */
export function EChart({ option, className, label }: { option: EChartsCoreOption; className?: string; label?: string }) {
  const [description, setDescription] = useState('');
  const withDescription = useMemo(() => withAria(option), [option]);
  // the instance that finished drawing, never one looked up again: a chart being disposed (a page
  // change) must not be re-created by the lookup, whose next frame then finds no layers
  const onEvents = useMemo(
    () => ({
      finished: (_: unknown, chart?: { isDisposed(): boolean; getDom(): HTMLElement }) => {
        if (!chart || chart.isDisposed()) return;
        const d = chartDescription(chart.getDom());
        if (d) setDescription(d);
      },
    }),
    [],
  );
  return (
    <div className={`chart ${className ?? ''}`} role="img" aria-label={[label, description].filter(Boolean).join('. ')}>
      <ReactEChartsCore echarts={echarts} option={withDescription} replaceMerge={replaceMergeFor(option)} onEvents={onEvents} style={{ width: '100%', height: '100%' }} />
    </div>
  );
}
