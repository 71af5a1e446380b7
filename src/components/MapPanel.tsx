/**
 * The map panel of the overview, the wall and the `map` embed: one module for all three (dark on
 * the wall through its theme). The map itself is its own lazily loaded chunk.
 */
import { lazy, Suspense } from 'react';
import { useApp } from '../app/AppContext.tsx';
import { indicatorName } from '../app/meta.ts';
import { mapRegionFor } from '../charts/geo/cityKey.ts';
import { useLang, useT } from '../i18n/I18n.tsx';
import { mapAreas } from '../panels/map/query.ts';
import { usePanelQuery } from '../panels/usePanelQuery.ts';
import { Waiting } from './Answered.tsx';
import { Panel } from './Panel.tsx';

const RegionMap = lazy(() => import('./RegionMap.tsx'));

export function MapPanel() {
  const { view, meta } = useApp();
  const t = useT();
  const lang = useLang();
  // the same query the map draws (shared, not run twice): its rows say whether the figures are illustrative
  const target = mapRegionFor(meta, view.regionId);
  const q = usePanelQuery(mapAreas, target ? { regionId: target.regionId, year: view.year, month: view.month, indicatorId: view.indicatorId } : null);
  const sample = (q.data ?? []).some((r) => r.illustrative);
  return (
    <Panel id="map" title={`${t('mapTitle')} · ${indicatorName(meta, view.indicatorId, lang)}`} loading={q.loading} sample={sample} actions={<span className="wall-hint">{t('mapHint')}</span>} resetKey={`${view.regionId}|${view.indicatorId}`}>
      <Suspense fallback={<Waiting />}>
        <RegionMap regionId={view.regionId} indicatorId={view.indicatorId} year={view.year} month={view.month} />
      </Suspense>
    </Panel>
  );
}
