import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether a box's content is larger than the box, so that it scrolls. A box that scrolls must take
 * keyboard focus (the arrow keys then scroll it; WCAG 2.1.1); one that does not stays out of the
 * Tab order. Re-measured whenever the box or its content changes size (large text, a phone turned).
 */
export function useScrollable(ref: RefObject<HTMLElement | null>): boolean {
  const [scrollable, setScrollable] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    // measured only in the observer's callback, after the browser's own layout: measuring on every
    // change of the content (a table of 289 rows arriving in seven panels at once) forced a layout of
    // the whole page each time (the policy screen spent 0.9 s in it)
    const measure = () => setScrollable(el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    for (const child of Array.from(el.children)) ro.observe(child);
    // content that arrives later (rows after the query answers) changes the children; a child newly
    // observed is reported at the next layout, and measured then
    const mo = new MutationObserver(() => {
      for (const child of Array.from(el.children)) ro.observe(child);
    });
    mo.observe(el, { childList: true });
    return () => {
      ro.disconnect();
      mo.disconnect();
    };
  }, [ref]);
  return scrollable;
}
