import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo, useRef, useState } from 'react';
import { chartDescription, echarts, replaceMergeFor, withAria } from '../charts/echartsSetup.ts';

/**
 * One ECharts canvas filling its box; the option comes from a pure builder in src/charts. The box is
 * an image for screen readers, named by `label` and described by ECharts' aria text.
 */
export function EChart({ option, className, label }: { option: EChartsCoreOption; className?: string; label?: string }) {
  const ref = useRef<ReactEChartsCore>(null);
  const [description, setDescription] = useState('');
  const withDescription = useMemo(() => withAria(option), [option]);
  const onEvents = useMemo(
    () => ({
      finished: () => {
        const d = chartDescription(ref.current?.getEchartsInstance().getDom());
        if (d) setDescription(d);
      },
    }),
    [],
  );
  return (
    <div className={`chart ${className ?? ''}`} role="img" aria-label={[label, description].filter(Boolean).join('. ')}>
      <ReactEChartsCore ref={ref} echarts={echarts} option={withDescription} replaceMerge={replaceMergeFor(option)} lazyUpdate onEvents={onEvents} style={{ width: '100%', height: '100%' }} />
    </div>
  );
}
