import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { chartDescription, echarts, replaceMergeFor, withAria } from '../charts/echartsSetup.ts';
import { useTheme } from './Theme.tsx';
import { wallStats } from './wallStats.ts';

type Instance = { isDisposed(): boolean; getDom(): HTMLElement };

/**
 * The one chart wrapper: an ECharts instance filling its box, drawn from an option a pure builder in
 * src/charts made for this panel's theme (whose renderer it takes: SVG on the wall). The box is an
 * image for screen readers, named by `label` and described by ECharts' aria text. Instances are
 * counted in wallStats, so the wall's soak test can see a leak.
 * An option is drawn only while the box has a size: a map laid out in a 0×0 box cannot be
 * projected (ECharts' geo throws on the singular transform); it is drawn when the box grows.
 */
export function EChart({ option, className, label }: { option: EChartsCoreOption; className?: string; label?: string }) {
  const { renderer, scrolls } = useTheme();
  const box = useRef<HTMLDivElement>(null);
  const [sized, setSized] = useState(false);
  const inSight = useInSight(box, scrolls === true);
  const [description, setDescription] = useState('');
  // the last option drawn: kept while the box has no size, or (the first drawing done) while it is
  // out of sight on a scrolling page
  const [kept, setKept] = useState<EChartsCoreOption | null>(null);
  const canDraw = sized && (inSight || kept === null);
  if (canDraw && kept !== option) setKept(option);
  const drawn = canDraw ? option : kept;
  // out of sight with an older answer drawn: it does not speak that answer's figures
  const stale = drawn !== option;
  const withDescription = useMemo(() => (drawn ? withAria(drawn) : null), [drawn]);
  useEffect(() => {
    const el = box.current!;
    const ro = new ResizeObserver(() => setSized(el.clientWidth > 0 && el.clientHeight > 0));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  // the instance this wrapper counts as live (echarts-for-react makes a new one when its options
  // change, disposing the old: still one live)
  const live = useRef<Instance | null>(null);
  useEffect(
    () => () => {
      if (live.current) wallStats.chartsLive--;
      live.current = null;
    },
    [],
  );
  const onChartReady = useMemo(
    () => (chart: Instance) => {
      wallStats.chartsCreated++;
      if (!live.current) wallStats.chartsLive++;
      live.current = chart;
      // the first drawing's 'finished' comes before the events are bound: its description is read here
      const d = chartDescription(chart.getDom());
      if (d) setDescription(d);
    },
    [],
  );
  // the instance that finished drawing, never one looked up again: a chart being disposed (a page
  // change) must not be re-created by the lookup, whose next frame then finds no layers
  const onEvents = useMemo(
    () => ({
      finished: (_: unknown, chart?: Instance) => {
        if (!chart || chart.isDisposed()) return;
        const d = chartDescription(chart.getDom());
        if (d) setDescription(d);
      },
    }),
    [],
  );
  // how many options this box has drawn, on the box for the browser tests: an answer that did not
  // change must not draw again
  const draws = useRef(0);
  useEffect(() => {
    if (withDescription) box.current!.dataset.draws = String(++draws.current);
  }, [withDescription]);
  const opts = useMemo(() => ({ renderer }), [renderer]);
  return (
    <div ref={box} className={`chart ${className ?? ''}`} role="img" aria-label={[label, stale ? '' : description].filter(Boolean).join('. ')} data-stale={stale || undefined}>
      {withDescription && (
        <ReactEChartsCore
          echarts={echarts}
          option={withDescription}
          opts={opts}
          replaceMerge={replaceMergeFor(withDescription)}
          onEvents={onEvents}
          onChartReady={onChartReady}
          style={{ width: '100%', height: '100%' }}
        />
      )}
    </div>
  );
}

/**
 * Whether the box is in sight (half a screen of margin above and below, so a chart is drawn before
 * it scrolls in), or the page is being printed. Always true when `watch` is false.
 */
function useInSight(box: RefObject<HTMLDivElement | null>, watch: boolean): boolean {
  const [near, setNear] = useState(true);
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (!watch) return;
    const io = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), { rootMargin: '50% 0px' });
    io.observe(box.current!);
    // a printout holds every chart: draw them all before the page is laid out for paper
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      io.disconnect();
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [box, watch]);
  return !watch || near || printing;
}
