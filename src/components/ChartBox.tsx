import { useEffect, useRef } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { echarts } from '../charts/echartsSetup.ts';
import { wallStats } from '../screens/wall/wallStats.ts';

/**
 * One ECharts instance owned by this element: created on mount, disposed on unmount (counted in
 * wallStats, so the soak test can see a leak), resized with its box. The wall uses the SVG
 * renderer: it stays sharp when the canvas is scaled up, and its labels are DOM text.
 */
export function ChartBox({ option, renderer = 'canvas', label, className }: { option: EChartsCoreOption; renderer?: 'canvas' | 'svg'; label?: string; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  useEffect(() => {
    const el = ref.current!;
    const c = echarts.init(el, null, { renderer });
    chart.current = c;
    wallStats.chartsLive++;
    wallStats.chartsCreated++;
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(el);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = null;
      wallStats.chartsLive--;
    };
  }, [renderer]);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option, renderer]);
  return <div ref={ref} className={`chart ${className ?? ''}`} role="img" aria-label={label} />;
}
