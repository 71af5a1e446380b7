/** The dark theme draws SVG (chartStyle.ts): the wall and dark embeds, which import this, register it. */
import { SVGRenderer } from 'echarts/renderers';
import { echarts } from './echartsSetup.ts';

echarts.use([SVGRenderer]);
