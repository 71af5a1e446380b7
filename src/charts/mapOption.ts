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
  /** label position [lon, lat] and bounding-box size, to move crowded labels out (see crowdedAreas) */
  anchor?: [number, number];
  size?: number;
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
  /** the chart's width in pixels, when known: long callout labels wrap within their column */
  width?: number;
}

/** Marker symbols in the status's shape: ▲ ◆ ▼ ○ (never colour alone). */
export const STATUS_SYMBOL: Record<Status, string> = {
  ahead: 'triangle',
  slightly_behind: 'diamond',
  far_behind: 'path://M0,0L10,0L5,9z',
  no_data: 'emptyCircle',
};

/** A map chart narrower than this keeps fewer labels on the map (768 px tablets: about 360 px). */
const CRAMPED_BELOW_PX = 520;

/** Share of the chart's width the marker labels' column takes on the right. */
export const MARKER_COLUMN = 0.3;

/**
 * Areas whose labels would sit on another's: anchors closer than `minGap` of the map's extent (in
 * either direction) clash, and the smaller area's label moves to the column beside the map. A
 * marker (a zone drawn as its status symbol) closer than half that to an area's anchor would be
 * drawn over the area's label: that label moves out too.
 */
export function crowdedAreas(areas: readonly MapArea[], minGap = 0.12, markers: readonly { lon: number; lat: number }[] = []): Set<string> {
  const placed = areas.filter((a) => a.anchor);
  const out = new Set<string>();
  if (placed.length < 2) return out;
  const xs = placed.map((a) => a.anchor![0]);
  const ys = placed.map((a) => a.anchor![1]);
  const w = Math.max(...xs) - Math.min(...xs) || 1;
  const h = Math.max(...ys) - Math.min(...ys) || 1;
  // larger areas keep their labels first
  const bySize = [...placed].sort((a, b) => (b.size ?? 0) - (a.size ?? 0));
  const kept: MapArea[] = [];
  const near = (a: MapArea, lon: number, lat: number, gap: number) => Math.abs(lon - a.anchor![0]) / w < gap * 1.6 && Math.abs(lat - a.anchor![1]) / h < gap;
  for (const a of bySize) {
    const clash = kept.some((k) => near(a, k.anchor![0], k.anchor![1], minGap)) || markers.some((m) => near(a, m.lon, m.lat, minGap / 2));
    if (clash) out.add(a.feature);
    else kept.push(a);
  }
  return out;
}

export function mapOption(input: MapInput, style: ChartStyle): EChartsCoreOption {
  const fs = style.fontSize;
  // on a phone, or in a tablet's half-width panel, the map is a third as wide as on a desk and its
  // labels as large: neighbours clash from further apart
  const small = style.narrow || (input.width !== undefined && input.width > 0 && input.width < CRAMPED_BELOW_PX);
  const crowded = crowdedAreas(input.areas, small ? 0.2 : 0.12, input.markers);
  // crowded areas' labels join the markers' column, joined to their area by a leader line
  const callouts: MapMarker[] = [
    ...input.markers,
    ...input.areas.filter((a) => crowded.has(a.feature)).map((a) => ({ ...a, lon: a.anchor![0], lat: a.anchor![1], area: true })),
  ];
  const hasMarkers = callouts.length > 0;
  const areaByName = new Map(input.areas.map((a) => [a.feature, a]));
  const right = hasMarkers ? `${MARKER_COLUMN * 100 + 2}%` : '3%';
  const n = callouts.length;
  // marker labels spread over the column's height in the order of their latitude (north first)
  const order = callouts.map((m, i) => ({ i, lat: m.lat })).sort((a, b) => b.lat - a.lat);
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
        const item = p.componentType === 'series' ? callouts[p.dataIndex] : areaByName.get(p.name);
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
      itemStyle: { areaColor: style.map.fill.no_data, borderColor: style.map.border, borderWidth: Math.max(1, fs / 12) },
      emphasis: { disabled: true },
      label: {
        show: true,
        fontSize: fs,
        lineHeight: fs * 1.5,
        color: '#ffffff',
        textBorderColor: style.map.halo,
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
          areaColor: style.map.fill[asStatus(a.status)],
          ...(a.selected ? { borderColor: '#ffffff', borderWidth: Math.max(3, fs / 5) } : {}),
        },
        ...(crowded.has(a.feature) ? { label: { show: false } } : {}),
      })),
    },
    series: hasMarkers
      ? [
          {
            type: 'scatter',
            coordinateSystem: 'geo',
            geoIndex: 0,
            z: 5,
            data: callouts.map((m) => ({
              name: m.label,
              value: [m.lon, m.lat],
              symbol: 'area' in m ? 'circle' : STATUS_SYMBOL[asStatus(m.status)],
              symbolSize: 'area' in m ? fs * 0.3 : fs * (m.selected ? 1.6 : 1.2),
              itemStyle: { color: style.map.fill[asStatus(m.status)], borderColor: style.map.halo, borderWidth: 1.5 },
              label: {
                formatter: `${STATUS_ICON[asStatus(m.status)]} ${escapeRichText(m.label)}  ${escapeRichText(m.valueText)}`,
              },
            })),
            label: {
              show: true,
              fontSize: fs * 0.85,
              lineHeight: fs * 1.1,
              color: style.text,
              fontWeight: 600,
              ...(input.width ? { width: Math.max(fs * 5, input.width * (MARKER_COLUMN - 0.02)), overflow: 'break' } : {}),
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
