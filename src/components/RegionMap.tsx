/**
 * The map of a region's counties and districts coloured by status against pace for one indicator,
 * the value written on each area; zones and parks without a boundary as labelled markers.
 * Lazily loaded (its own chunk with the shapes and the geo component).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useApp } from '../app/AppContext.tsx';
import { ensureCityMap, type FeatureInfo } from '../charts/echartsMap.ts';
import { mapRegionFor } from '../charts/geo/cityKey.ts';
import { mapOption, type MapArea, type MapMarker } from '../charts/mapOption.ts';
import { STATUS_ICON } from '../charts/status.ts';
import { formatPoints, formatRatio, formatValue } from '../i18n/format.ts';
import { useLang, useT } from '../i18n/I18n.tsx';
import { mapAreas } from '../panels/map/query.ts';
import { usePanelQuery } from '../panels/usePanelQuery.ts';
import { Waiting } from './Answered.tsx';
import { EChart } from './EChart.tsx';
import { useTheme } from './Theme.tsx';

export default function RegionMap({ regionId, indicatorId, year, month }: { regionId: string; indicatorId: string; year: number; month: number }) {
  const { meta } = useApp();
  const t = useT();
  const lang = useLang();
  const target = mapRegionFor(meta, regionId);
  const [features, setFeatures] = useState<{ key: string; features: FeatureInfo[] } | null>(null);
  const [shapeError, setShapeError] = useState<Error | null>(null);
  useEffect(() => {
    if (!target) return;
    let live = true;
    ensureCityMap(target.key).then(
      (list) => live && setFeatures({ key: target.key, features: list }),
      (e: Error) => live && setShapeError(e),
    );
    return () => {
      live = false;
    };
  }, [target?.key]); // eslint-disable-line react-hooks/exhaustive-deps
  const q = usePanelQuery(mapAreas, target ? { regionId: target.regionId, year, month, indicatorId } : null);
  const ind = meta.indicators.get(indicatorId);
  // the chart's width, so long callout labels wrap inside their column
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(Math.round(el.clientWidth / 10) * 10));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  // a phone's map is narrow: neighbours' labels move to the callout column sooner (mapOption)
  const style = useTheme();
  const built = useMemo(() => {
    if (!features || features.key !== target?.key || !q.data) return null;
    const featureSet = new Map(features.features.map((f) => [f.name, f]));
    const areas: MapArea[] = [];
    const markers: MapMarker[] = [];
    const unplaced: string[] = [];
    for (const r of q.data) {
      // English names drop the generic word on the map (Daiyue, not Daiyue District)
      const label = lang === 'en' && r.name_en ? (r.depth === 1 && r.lon == null ? r.name_en.replace(/ (District|County|City)$/, '') : r.name_en) : r.name_zh;
      const valueText = r.completion != null ? formatRatio(r.completion, lang) : r.pace_gap != null ? formatPoints(r.pace_gap, lang) : t('noTarget');
      const detail = r.kind ? [`${t('actual')} ${formatValue(r.actual, ind?.unit, lang, ind?.decimals)}`, `${t('target')} ${formatValue(r.target_value, ind?.unit, lang, ind?.decimals)}`, `${t('paceGap')} ${formatPoints(r.pace_gap, lang)}`] : [];
      const selected = r.region_id === regionId;
      const names = [r.name_zh, ...(r.aliases ?? '').split(/[;；|]/).map((s) => s.trim())];
      const feature = r.depth === 1 ? names.find((n) => featureSet.has(n)) : undefined;
      const status = r.kind ? r.status : null;
      if (feature) areas.push({ feature, label, valueText, status, selected, detail, anchor: featureSet.get(feature)!.anchor, size: featureSet.get(feature)!.size });
      else if (r.lon != null && r.lat != null) markers.push({ label, lon: r.lon, lat: r.lat, valueText, status, selected, detail });
      else unplaced.push(label);
    }
    return { areas, markers, unplaced };
  }, [features, target?.key, q.data, lang, t, ind, regionId]);
  const option = useMemo(
    () =>
      built && target
        ? mapOption({ mapName: target.key, areas: built.areas, markers: built.markers, width }, style)
        : null,
    // the target is looked up afresh each render; its key says whether it changed
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [built, target?.key, style, width],
  );
  if (!target) return <div className="empty">{t('noMap')}</div>;
  if (shapeError) throw shapeError;
  if (q.error) throw q.error;
  return (
    <div ref={box} className="region-map" data-map={target.key} data-areas={built?.areas.length ?? 0} data-markers={built?.markers.length ?? 0}>
      {/* until its shapes and figures are in, the map says it is waiting rather than stand empty */}
      {option ? <EChart option={option} label={t('mapTitle')} className="map-chart" /> : <div className="map-chart"><Waiting /></div>}
      <div className="map-legend">
        {(['ahead', 'slightly_behind', 'far_behind', 'no_data'] as const).map((s) => (
          <span key={s} className="map-legend-item" data-status={s}>
            <span className="map-legend-icon" style={{ color: style.status[s] }} aria-hidden="true">
              {STATUS_ICON[s]}
            </span>
            {t(`status.${s}`)}
          </span>
        ))}
        {built && built.unplaced.length > 0 && <span className="map-unplaced">{t('mapUnplaced', { names: built.unplaced.join('、') })}</span>}
      </div>
    </div>
  );
}
