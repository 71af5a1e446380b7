/**
 * Layout checks judged from the page itself: scroll bars, panels inside the viewport, content cut
 * off inside panels, and text overlapping other text (DOM text and the SVG text of ECharts
 * labels), from bounding boxes clipped by their scrolling or clipping ancestors.
 */
import type { Page } from 'playwright-core';

export interface TextBox {
  node: number;
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LayoutReport {
  viewport: { w: number; h: number };
  scroll: { w: number; h: number };
  panels: { id: string; x: number; y: number; w: number; h: number }[];
  /** panels whose body content is taller or wider than the body (clipped on a wall) */
  overflowing: string[];
  texts: TextBox[];
  overlaps: [TextBox, TextBox][];
}

export async function layoutReport(page: Page, scope = 'body'): Promise<LayoutReport> {
  return page.evaluate((scopeSel) => {
    // quad: a turned label's four corners (ECharts turns crowded axis labels); its bounding box
    // would meet its neighbours' where the slanted text does not
    type Box = { text: string; x: number; y: number; w: number; h: number; node: number; quad?: [number, number][] };
    const root = document.querySelector(scopeSel) ?? document.body;
    const clipOf = (el: Element | null): DOMRect | null => {
      let clip: { l: number; t: number; r: number; b: number } | null = null;
      for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') {
          const r = e.getBoundingClientRect();
          clip = clip ? { l: Math.max(clip.l, r.left), t: Math.max(clip.t, r.top), r: Math.min(clip.r, r.right), b: Math.min(clip.b, r.bottom) } : { l: r.left, t: r.top, r: r.right, b: r.bottom };
        }
      }
      return clip ? new DOMRect(clip.l, clip.t, clip.r - clip.l, clip.b - clip.t) : null;
    };
    const hidden = (el: Element | null): boolean => {
      // a closed <details> shows only its summary; the rest keeps boxes Chromium does not paint
      for (let e = el, child: Element | null = null; e; child = e, e = e.parentElement) {
        if (e instanceof HTMLDetailsElement && !e.open && child !== null && child.tagName !== 'SUMMARY') return true;
        const cs = getComputedStyle(e);
        if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0 || e.getAttribute('aria-hidden') === 'true') return true;
      }
      return false;
    };
    const boxes: Box[] = [];
    let nodeSeq = 0;
    const add = (text: string, r: DOMRect, el: Element) => {
      if (r.width < 1 || r.height < 1) return;
      const c = clipOf(el);
      let { left: l, top: t, right: rr, bottom: b } = r;
      if (c) {
        l = Math.max(l, c.left);
        t = Math.max(t, c.top);
        rr = Math.min(rr, c.right);
        b = Math.min(b, c.bottom);
      }
      if (rr - l < 1 || b - t < 1) return;
      boxes.push({ text: text.trim().slice(0, 40), x: l, y: t, w: rr - l, h: b - t, node: nodeSeq });
    };
    // DOM text: one box per line box of each text node
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!n.textContent?.trim() || !el || el.closest('svg') || hidden(el)) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      nodeSeq++;
      // a text cut off with an ellipsis reports its full and its visible run: one node, not an overlap
      for (const r of Array.from(range.getClientRects())) add(n.textContent, r, el);
    }
    // SVG text drawn by ECharts (a halo may be drawn as a second copy at the same place)
    const seen = new Set<string>();
    for (const t of Array.from(root.querySelectorAll('svg text'))) {
      if (!t.textContent?.trim() || hidden(t)) continue;
      const r = t.getBoundingClientRect();
      const key = `${t.textContent}|${Math.round(r.x)}|${Math.round(r.y)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      nodeSeq++;
      const m = (t as SVGGraphicsElement).getScreenCTM();
      if (m && Math.abs(m.b) > 1e-3) {
        const bb = (t as SVGGraphicsElement).getBBox();
        const corner = (x: number, y: number): [number, number] => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f];
        const quad = [corner(bb.x, bb.y), corner(bb.x + bb.width, bb.y), corner(bb.x + bb.width, bb.y + bb.height), corner(bb.x, bb.y + bb.height)];
        boxes.push({ text: t.textContent.trim().slice(0, 40), x: r.left, y: r.top, w: r.width, h: r.height, node: nodeSeq, quad });
      } else add(t.textContent, r, t);
    }
    const corners = (b: Box): [number, number][] => b.quad ?? [[b.x, b.y], [b.x + b.w, b.y], [b.x + b.w, b.y + b.h], [b.x, b.y + b.h]];
    /** How far two convex shapes overlap along the axis where they overlap least (separating axes): ≤ 0 when apart. */
    const depth = (a: Box, b: Box): number => {
      const pa = corners(a);
      const pb = corners(b);
      let least = Infinity;
      for (const poly of [pa, pb])
        for (let k = 0; k < poly.length; k++) {
          const [x1, y1] = poly[k]!;
          const [x2, y2] = poly[(k + 1) % poly.length]!;
          const len = Math.hypot(x2 - x1, y2 - y1) || 1;
          const [nx, ny] = [(y1 - y2) / len, (x2 - x1) / len];
          const span = (p: [number, number][]) => p.map(([x, y]) => x * nx + y * ny);
          const sa = span(pa);
          const sb = span(pb);
          least = Math.min(least, Math.min(Math.max(...sa), Math.max(...sb)) - Math.max(Math.min(...sa), Math.min(...sb)));
        }
      return least;
    };
    const overlaps: [Box, Box][] = [];
    const tol = 2;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.node === b.node) continue;
        const ix = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
        const iy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
        if (ix > tol && iy > tol && (!a.quad && !b.quad ? true : depth(a, b) > tol)) overlaps.push([a, b]);
      }
    const panels = Array.from(root.querySelectorAll('[data-panel]')).map((p) => {
      const r = p.getBoundingClientRect();
      return { id: p.getAttribute('data-panel')!, x: r.x, y: r.y, w: r.width, h: r.height };
    });
    const overflowing = Array.from(root.querySelectorAll('[data-panel] .panel-body'))
      .filter((b) => b.scrollHeight > b.clientHeight + 2 || b.scrollWidth > b.clientWidth + 2)
      .map((b) => b.closest('[data-panel]')!.getAttribute('data-panel')!);
    const se = document.scrollingElement ?? document.documentElement;
    return { viewport: { w: window.innerWidth, h: window.innerHeight }, scroll: { w: se.scrollWidth, h: se.scrollHeight }, panels, overflowing, texts: boxes, overlaps };
  }, scope);
}

/** Everything a wall must satisfy, as a list of human-readable problems (empty = fine). */
export function layoutProblems(r: LayoutReport): string[] {
  const out: string[] = [];
  if (r.scroll.w > r.viewport.w || r.scroll.h > r.viewport.h) out.push(`scrolls: ${r.scroll.w}x${r.scroll.h} in ${r.viewport.w}x${r.viewport.h}`);
  for (const p of r.panels)
    if (p.x < -1 || p.y < -1 || p.x + p.w > r.viewport.w + 1 || p.y + p.h > r.viewport.h + 1) out.push(`panel ${p.id} outside the viewport: ${JSON.stringify(p)}`);
  for (const id of r.overflowing) out.push(`panel ${id} cuts off its content`);
  for (const [a, b] of r.overlaps) out.push(`text overlap: "${a.text}" ${JSON.stringify([a.x, a.y, a.w, a.h].map(Math.round))} × "${b.text}" ${JSON.stringify([b.x, b.y, b.w, b.h].map(Math.round))}`);
  return out;
}
