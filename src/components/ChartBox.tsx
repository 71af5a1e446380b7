import { useEffect, useRef } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { echarts, replaceMergeFor, withAria } from '../charts/echartsSetup.ts';
import { wallStats } from './wallStats.ts';

/**
 * One ECharts instance owned by this element: created on mount, disposed on unmount (counted in
 * wallStats, so the soak test can see a leak), resized with its box. The wall uses the SVG
 * renderer: it stays sharp when the canvas is scaled up, and its labels are DOM text.
 * An option is drawn only while the box has a size: a map laid out in a 0×0 box cannot be
 * projected (ECharts' geo throws on the singular transform); it is drawn when the box grows.
 */
export function ChartBox({ option, renderer = 'canvas', label, className }: { option: EChartsCoreOption; renderer?: 'canvas' | 'svg'; label?: string; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const pending = useRef<EChartsCoreOption | null>(null);
  useEffect(() => {
    const el = ref.current!;
    const c = echarts.init(el, null, { renderer });
    // ECharts writes its description on this element (it is the chart's own): put the label before it
    c.on('finished', () => {
      const d = el.getAttribute('aria-label') ?? '';
      const name = el.dataset.label;
      if (name && !d.startsWith(name)) el.setAttribute('aria-label', `${name}. ${d}`);
    });
    chart.current = c;
    wallStats.chartsLive++;
    wallStats.chartsCreated++;
    const ro = new ResizeObserver(() => {
      if (el.clientWidth === 0 || el.clientHeight === 0) return;
      c.resize();
      if (pending.current) {
        c.setOption(withAria(pending.current), { replaceMerge: replaceMergeFor(pending.current) });
        pending.current = null;
      }
    });
    ro.observe(el);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = null;
      pending.current = null;
      wallStats.chartsLive--;
    };
  }, [renderer]);
  useEffect(() => {
    const el = ref.current;
    const c = chart.current;
    if (!el || !c) return;
    if (el.clientWidth === 0 || el.clientHeight === 0) pending.current = option;
    else {
      pending.current = null;
      c.setOption(withAria(option), { replaceMerge: replaceMergeFor(option) });
    }
  }, [option, renderer]);
  return <div ref={ref} className={`chart ${className ?? ''}`} role="img" aria-label={label} data-label={label} />;
}
