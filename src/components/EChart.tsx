import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsCoreOption } from 'echarts/core';
import { echarts, replaceMergeFor } from '../charts/echartsSetup.ts';

/** One ECharts canvas filling its box; the option comes from a pure builder in src/charts. */
export function EChart({ option, className, label }: { option: EChartsCoreOption; className?: string; label?: string }) {
  return (
    <div className={`chart ${className ?? ''}`} role="img" aria-label={label}>
      <ReactEChartsCore echarts={echarts} option={option} replaceMerge={replaceMergeFor(option)} lazyUpdate style={{ width: '100%', height: '100%' }} />
    </div>
  );
}
