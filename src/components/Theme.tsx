/**
 * The theme a panel draws in, one object (chartStyle.ts) for its DOM and its charts. The desk's is
 * light, or high contrast by the class on <html>; the wall, and an embed asking for `theme=dark`,
 * draw inside <DarkTheme>.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { DARK_STYLE, HIGH_CONTRAST_STYLE, LIGHT_STYLE, withFont, type ChartStyle } from '../charts/chartStyle.ts';

const ThemeContext = createContext<ChartStyle>(LIGHT_STYLE);

export const useTheme = (): ChartStyle => useContext(ThemeContext);

function rootFontSize(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

function highContrast(): boolean {
  return document.documentElement.classList.contains('contrast-high');
}

/** Phone width, as in styles.css: one column, charts as wide as the screen. */
function narrowScreen(): boolean {
  return window.innerWidth <= 600;
}

/**
 * Tests only: `charts=svg` draws the desk's charts in SVG, as the wall does, so that a browser test
 * can find their labels in the page and check that none runs into another (a canvas is one image).
 */
const svgForTests = () => new URLSearchParams(window.location.search).get('charts') === 'svg';

/** Smallest chart label in px: on a phone the root size is at its floor, and 0.85 of it reads too small. */
const MIN_CHART_FONT = 12;

/**
 * The desk's theme for the whole app, watched once: chart fonts follow the page's root font size,
 * which grows with the screen and with the large-text switch (see styles.css); high contrast swaps
 * the colours. Both are classes on <html>.
 */
export function DeskTheme({ children }: { children: ReactNode }) {
  const [look, setLook] = useState(() => ({ size: rootFontSize(), contrast: highContrast(), narrow: narrowScreen() }));
  useEffect(() => {
    const update = () => setLook({ size: rootFontSize(), contrast: highContrast(), narrow: narrowScreen() });
    window.addEventListener('resize', update);
    const mo = new MutationObserver(update);
    mo.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
    return () => {
      window.removeEventListener('resize', update);
      mo.disconnect();
    };
  }, []);
  const [svg, setSvg] = useState(false);
  useEffect(() => {
    if (svgForTests()) void import('../charts/svgRenderer.ts').then(() => setSvg(true));
  }, []);
  const { size, contrast, narrow } = look;
  // one object per look, so options memoised on the theme are built again only when it changes
  const theme = useMemo(
    () => withFont({ ...(contrast ? HIGH_CONTRAST_STYLE : LIGHT_STYLE), narrow, scrolls: true, ...(svg ? { renderer: 'svg' as const } : {}) }, Math.max(MIN_CHART_FONT, Math.round(size * 0.85))),
    [size, contrast, narrow, svg],
  );
  return <ThemeContext.Provider value={theme}>{children}</ThemeContext.Provider>;
}

/** The wall's: its canvas is designed at 1920×1080 and scaled, so its sizes are fixed. */
export function DarkTheme({ children }: { children: ReactNode }) {
  return <ThemeContext.Provider value={DARK_STYLE}>{children}</ThemeContext.Provider>;
}
