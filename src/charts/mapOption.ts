/**
 * The region map: areas with a boundary coloured by status against pace and labelled with their
 * value; areas without one (development zones, scenic areas, parks) as status-shaped markers whose
 * labels stand in a column beside the map, joined by a leader line, so nothing overlaps and nothing
 * needs a mouse.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { ChartStyle } from './chartStyle.ts';
import { escapeHtml, escapeRichText } from './escape.ts';
import { asStatus, STATUS_ICON, type Status } from './status.ts';

export interface MapArea {
  /** the feature's name in the shape file */
  feature: string;
  label: string;
  valueText: string;
  status: string | null;
  selected?: boolean;
  detail: string[];
}

export interface MapMarker {
  label: string;
  lon: number;
  lat: number;
  valueText: string;
  status: string | null;
  selected?: boolean;
  detail: string[];
}

export interface MapInput {
  /** the name the shapes were registered under (echarts.registerMap) */
  mapName: string;
  areas: MapArea[];
  markers: MapMarker[];
  colors: Record<Status, string>;
  /** the map's frame colour and the label halo */
  border: string;
  labelHalo: string;
}

/** Marker symbols in the status's shape: ▲ ◆ ▼ ○ (never colour alone). */
export const STATUS_SYMBOL: Record<Status, string> = {
  ahead: 'triangle',
  slightly_behind: 'diamond',
  far_behind: 'path://M0,0L10,0L5,9z',
  no_data: 'emptyCircle',
};

/** Share of the chart's width the marker labels' column takes on the right. */
export const MARKER_COLUMN = 0.3;

export function mapOption(input: MapInput, style: ChartStyle): EChartsCoreOption {
  const fs = style.fontSize;
  const hasMarkers = input.markers.length > 0;
  const areaByName = new Map(input.areas.map((a) => [a.feature, a]));
  const right = hasMarkers ? `${MARKER_COLUMN * 100 + 2}%` : '3%';
  const n = input.markers.length;
  // marker labels spread over the column's height in the order of their latitude (north first)
  const order = input.markers.map((m, i) => ({ i, lat: m.lat })).sort((a, b) => b.lat - a.lat);
  const slot = new Map(order.map((o, k) => [o.i, k]));
  const top = 8;
  const span = 84;
  return {
    animation: false,
    textStyle: { fontSize: fs, color: style.text },
    tooltip: {
      trigger: 'item',
      textStyle: { fontSize: fs * 0.9 },
      formatter: (p: { componentType: string; name: string; dataIndex: number }) => {
        const item = p.componentType === 'series' ? input.markers[p.dataIndex] : areaByName.get(p.name);
        if (!item) return '';
        return [`<b>${escapeHtml(item.label)}</b>`, escapeHtml(item.valueText), ...item.detail.map(escapeHtml)].join('<br/>');
      },
    },
    geo: {
      map: input.mapName,
      roam: false,
      left: '3%',
      right,
      top: '4%',
      bottom: '4%',
      selectedMode: false,
      itemStyle: { areaColor: input.colors.no_data, borderColor: input.border, borderWidth: Math.max(1, fs / 12) },
      emphasis: { disabled: true },
      label: {
        show: true,
        fontSize: fs,
        lineHeight: fs * 1.25,
        color: '#ffffff',
        textBorderColor: input.labelHalo,
        textBorderWidth: Math.max(2, fs / 6),
        fontWeight: 600,
        formatter: (p: { name: string }) => {
          const a = areaByName.get(p.name);
          if (!a) return escapeRichText(p.name);
          return `${escapeRichText(a.label)}\n${STATUS_ICON[asStatus(a.status)]} ${escapeRichText(a.valueText)}`;
        },
      },
      regions: input.areas.map((a) => ({
        name: a.feature,
        itemStyle: {
          areaColor: input.colors[asStatus(a.status)],
          ...(a.selected ? { borderColor: '#ffffff', borderWidth: Math.max(3, fs / 5) } : {}),
        },
      })),
    },
    series: hasMarkers
      ? [
          {
            type: 'scatter',
            coordinateSystem: 'geo',
            geoIndex: 0,
            z: 5,
            data: input.markers.map((m) => ({
              name: m.label,
              value: [m.lon, m.lat],
              symbol: STATUS_SYMBOL[asStatus(m.status)],
              symbolSize: fs * (m.selected ? 1.6 : 1.2),
              itemStyle: { color: input.colors[asStatus(m.status)], borderColor: input.labelHalo, borderWidth: 1.5 },
              label: {
                formatter: `${STATUS_ICON[asStatus(m.status)]} ${escapeRichText(m.label)}  ${escapeRichText(m.valueText)}`,
              },
            })),
            label: {
              show: true,
              fontSize: fs * 0.85,
              color: style.text,
              fontWeight: 600,
            },
            labelLine: { show: true, lineStyle: { color: style.muted, width: 1 } },
            labelLayout: (p: { dataIndex?: number }) => {
              const k = slot.get(p.dataIndex ?? 0) ?? 0;
              return {
                x: `${(1 - MARKER_COLUMN) * 100 + 1}%`,
                y: `${top + (n > 1 ? (span * k) / (n - 1) : span / 2)}%`,
                align: 'left',
                verticalAlign: 'middle',
              };
            },
          },
        ]
      : [],
  };
}
