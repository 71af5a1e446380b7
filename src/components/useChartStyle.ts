import { useEffect, useState } from 'react';
import { HIGH_CONTRAST_STYLE, LIGHT_STYLE, withFont, type ChartStyle } from '../charts/chartStyle.ts';

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

/** Smallest chart label in px: on a phone the root size is at its floor, and 0.85 of it reads too small. */
const MIN_CHART_FONT = 12;

/**
 * Chart fonts follow the page's root font size, which grows with the screen and with the large-text
 * switch (see styles.css); high contrast swaps the colours. Both are classes on <html>.
 */
export function useChartStyle(): ChartStyle {
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
  const base = look.contrast ? HIGH_CONTRAST_STYLE : LIGHT_STYLE;
  return withFont({ ...base, narrow: look.narrow }, Math.max(MIN_CHART_FONT, Math.round(look.size * 0.85)));
}
