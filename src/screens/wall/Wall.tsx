/**
 * The display wall (?screen=wall): a dark composition designed on a 1920×1080 canvas, scaled to
 * fit any screen without distortion; a wider screen gets a wider canvas with more panels. Rotates
 * through a playlist, refreshes data by itself, and never needs a mouse.
 */
import { memo, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { AppContext, useApp } from '../../app/AppContext.tsx';
import { childrenOf, indicatorName, regionName } from '../../app/meta.ts';
import { formatYearMonth } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/I18n.tsx';
import { ErrorBoundary } from '../../components/ErrorBoundary.tsx';
import '../../charts/svgRenderer.ts';
import { KpiPanel } from '../../components/KpiPanel.tsx';
import { LaggingPanel } from '../../components/LaggingPanel.tsx';
import { MapPanel } from '../../components/MapPanel.tsx';
import { RankingPanel } from '../../components/RankingPanel.tsx';
import { TrendPanel } from '../../components/TrendPanel.tsx';
import { DarkTheme } from '../../components/Theme.tsx';
import { rotationClock, rotationTickMs } from './rotation.ts';
import { useAutoRefresh, type RefreshState } from './useAutoRefresh.ts';
import { WallCard, WallSummary } from './WallPanels.tsx';
import { defaultPlaylist, fitCanvas, parseWallParams, wallColumns, type CanvasFit, type PlaylistItem, type WallPanelId } from './wallParams.ts';
import { playlistIndicators, playlistUnits } from '../../panels/wall/query.ts';
import { usePanelQuery } from '../../panels/usePanelQuery.ts';
import { every, exposeWallStats, later, wallStats } from '../../components/wallStats.ts';

function useFit(): CanvasFit {
  const [fit, setFit] = useState(() => fitCanvas(window.innerWidth, window.innerHeight));
  useEffect(() => {
    const on = () => setFit(fitCanvas(window.innerWidth, window.innerHeight));
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return fit;
}

/** A ticking clock (one counted interval for the whole wall). */
function useNow(speed: number): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => every(() => setNow(Date.now()), 1000 / speed), [speed]);
  return now;
}

const two = (n: number) => String(n).padStart(2, '0');
const hms = (ms: number) => {
  const d = new Date(ms);
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
};
const mmss = (ms: number) => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${two(Math.floor(s / 60))}:${two(s % 60)}`;
};

/** The header owns the refresh loop and the clock, so their ticks redraw the header only. */
function WallHeader({ item, index, total, refreshSeconds, speed }: { item: PlaylistItem; index: number; total: number; refreshSeconds: number; speed: number }) {
  const { meta, view } = useApp();
  const refresh: RefreshState = useAutoRefresh(refreshSeconds, speed);
  const t = useT();
  const lang = useLang();
  const now = useNow(speed);
  const page = item.kind === 'indicator' ? indicatorName(meta, item.id, lang) : item.kind === 'region' ? regionName(meta, item.id, lang) : t('screen.overview');
  const failed = refresh.error !== null;
  return (
    <header className="wall-header">
      <div className="wall-title">
        <h1>{t('appTitle')}</h1>
        <span className="wall-region">{regionName(meta, item.kind === 'region' && item.id ? item.id : view.regionId, lang)}</span>
      </div>
      <div className="wall-page-name" data-page={`${item.kind}${item.id ? ':' + item.id : ''}`}>
        <span>{page}</span>
        {total > 1 && (
          <span className="wall-dots" aria-label={`${index + 1}/${total}`}>
            {Array.from({ length: total }, (_, i) => (
              <i key={i} className={i === index ? 'on' : ''} />
            ))}
          </span>
        )}
      </div>
      <div className="wall-meta">
        <div className="wall-asof" data-as-of={`${view.year}-${two(view.month)}`}>
          {t('asOf')} <b>{formatYearMonth(view.year, view.month, lang)}</b>
        </div>
        <div className="wall-updated" data-updated={refresh.lastGoodAt}>
          {failed ? (
            <span className="wall-failed" role="alert" data-refresh-failed title={refresh.error ?? ''}>
              ⚠ {t('wallRefreshFailed', { time: hms(refresh.lastGoodAt) })}
            </span>
          ) : (
            t('wallUpdated', { time: hms(refresh.lastGoodAt) })
          )}
          {refresh.nextAt !== null && (
            <span className="wall-countdown" data-countdown>
              {' · '}
              {refresh.busy ? t('wallRefreshing') : t(failed ? 'wallRetry' : 'wallNextRefresh', { time: mmss((refresh.nextAt - now) * 1) })}
            </span>
          )}
        </div>
        {meta.illustrative && <span className="sample-tag wall-sample" data-sample-badge>{t('sample')}</span>}
      </div>
      <div className="wall-clock" data-clock>
        {hms(now)}
      </div>
    </header>
  );
}

function Thrower({ id }: { id: string }): ReactNode {
  throw new Error(`test failure in panel ${id}`);
}

/** A panel's own failure (in its render, not only in its body) stays in its cell. */
function Cell({ id, children }: { id: string; children: ReactNode }) {
  const t = useT();
  return (
    <div className={`wall-cell wall-cell-${id}`}>
      <ErrorBoundary
        fallback={(e) => (
          <section className="panel" data-panel={id} data-failed="true">
            <div className="panel-error" role="alert">
              {t('panelError', { msg: e.message })}
            </div>
          </section>
        )}
      >
        {children}
      </ErrorBoundary>
    </div>
  );
}

function panelFor(id: WallPanelId, kind: PlaylistItem['kind'], rows: number, failPanel: string | null): ReactNode {
  if (failPanel === id) return <Thrower id={id} />;
  switch (id) {
    case 'kpis':
      return <KpiPanel desk={false} />;
    case 'card':
      return <WallCard />;
    case 'map':
      return <MapPanel />;
    case 'ranking':
      return <RankingPanel mode={kind === 'indicator' ? 'indicator' : 'overall'} />;
    case 'lagging':
      return <LaggingPanel maxRows={rows} />;
    case 'trend':
      return <TrendPanel desk={false} />;
    case 'summary':
      return <WallSummary maxRows={rows - 1} />;
  }
}

/** One playlist page: the shared view with the page's region or indicator. */
const WallPage = memo(function WallPage({ item, fit, failPanel }: { item: PlaylistItem; fit: CanvasFit; failPanel: string | null }) {
  const app = useApp();
  const { meta, view } = app;
  const value = useMemo(() => {
    const regionId = item.kind === 'region' && item.id && meta.regions.has(item.id) ? item.id : view.regionId;
    const indicatorId = item.kind === 'indicator' && item.id && meta.indicators.has(item.id) ? item.id : view.indicatorId;
    return { ...app, view: { ...view, regionId, indicatorId } };
  }, [app, item, meta, view]);
  const columns = wallColumns(item.kind, fit.tier);
  return (
    <AppContext.Provider value={value}>
      <div className="wall-grid" style={{ gridTemplateColumns: columns.map((c) => c.width).join(' ') }}>
        {columns.map((c, i) => (
          <div key={i} className="wall-col">
            {c.panels.map((p) => (
              <Cell key={p} id={p}>
                {panelFor(p, item.kind, c.panels.length > 1 ? 9 : 20, failPanel)}
              </Cell>
            ))}
          </div>
        ))}
      </div>
    </AppContext.Provider>
  );
});

interface Slide {
  key: number;
  index: number;
  leaving: boolean;
}

export default function Wall() {
  const { meta, view } = useApp();
  const params = useMemo(() => parseWallParams(window.location.search), []);
  const fit = useFit();
  useEffect(() => {
    if (params.stats) exposeWallStats();
  }, [params.stats]);
  const headlines = usePanelQuery(playlistIndicators, params.playlist.length ? null : view);
  const units = usePanelQuery(playlistUnits, params.playlist.length ? null : view);
  const playlist = useMemo<PlaylistItem[]>(() => {
    if (params.playlist.length) return params.playlist;
    const kids = new Set(childrenOf(meta, view.regionId).map((r) => r.region_id));
    return defaultPlaylist(
      (headlines.data ?? []).map((r) => r.indicator_id),
      (units.data ?? []).map((r) => r.region_id).filter((id) => kids.has(id)),
    );
  }, [params.playlist, headlines.data, units.data, meta, view.regionId]);

  const [slides, setSlides] = useState<Slide[]>([{ key: 0, index: 0, leaving: false }]);
  const current = slides[slides.length - 1]!;
  const stage = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (playlist.length < 2) return;
    // rotate, once the page on show has drawn; the old page fades out over the new one, then is removed
    let cancelFade = () => {};
    const intervalMs = params.interval * 1000;
    const tickMs = rotationTickMs(intervalMs);
    const clock = rotationClock(intervalMs, tickMs);
    const cancel = every(() => {
      const step = clock.tick(stage.current?.querySelector('.wall-slide.entering [aria-busy="true"]') != null);
      if (step === 'hold') wallStats.holds++;
      if (step !== 'rotate') return;
      wallStats.rotations++;
      setSlides((s) => {
        const last = s[s.length - 1]!;
        return [{ ...last, leaving: true }, { key: last.key + 1, index: (last.index + 1) % playlist.length, leaving: false }];
      });
      cancelFade();
      cancelFade = later(() => setSlides((s) => s.filter((x) => !x.leaving)), 900 / params.speed);
    }, tickMs / params.speed);
    return () => {
      cancel();
      cancelFade();
    };
  }, [playlist.length, params.interval, params.speed]);

  const item = playlist[current.index % Math.max(1, playlist.length)] ?? { kind: 'overview', id: null };
  useEffect(() => {
    document.documentElement.classList.add('wall-mode');
    return () => document.documentElement.classList.remove('wall-mode');
  }, []);
  return (
    <DarkTheme>
      <div className="wall-root theme-dark">
        <div className="wall-canvas" data-tier={fit.tier} style={{ width: fit.width, height: fit.height, transform: `scale(${fit.scale})` }}>
          <WallHeader item={item} index={current.index % Math.max(1, playlist.length)} total={playlist.length} refreshSeconds={params.refresh} speed={params.speed} />
          <div className="wall-stage" ref={stage}>
            {slides.map((s) => (
              <div key={s.key} className={`wall-slide ${s.leaving ? 'leaving' : 'entering'}`} data-slide={s.key} aria-hidden={s.leaving ? 'true' : undefined}>
                <WallPage item={playlist[s.index % Math.max(1, playlist.length)] ?? item} fit={fit} failPanel={params.failPanel} />
              </div>
            ))}
          </div>
        </div>
      </div>
    </DarkTheme>
  );
}
