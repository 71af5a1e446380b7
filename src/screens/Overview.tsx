import { KpiPanel } from '../components/KpiPanel.tsx';
import { LaggingPanel } from '../components/LaggingPanel.tsx';
import { MapPanel } from '../components/MapPanel.tsx';
import { RankingPanel } from '../components/RankingPanel.tsx';

/** The overview: headline cards, the ranking, the map and the targets behind pace, one panel module each. */
export function Overview() {
  return (
    <div className="screen overview">
      <KpiPanel desk />
      <div className="overview-lower with-map">
        <RankingPanel mode="choose" />
        <MapPanel />
        <LaggingPanel />
      </div>
    </div>
  );
}
