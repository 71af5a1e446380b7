import { useEffect, useState } from 'react';
import { LIGHT_STYLE, withFont, type ChartStyle } from '../charts/chartStyle.ts';

function rootFontSize(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/** Chart fonts follow the page's root font size, which grows with the screen (see styles.css). */
export function useChartStyle(): ChartStyle {
  const [size, setSize] = useState(rootFontSize);
  useEffect(() => {
    const onResize = () => setSize(rootFontSize());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return withFont(LIGHT_STYLE, Math.round(size * 0.85));
}
