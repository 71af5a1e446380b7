/**
 * One panel alone (?embed=<panel-id>&indicator=…&region=…), filling its iframe, with no app chrome,
 * driven by the host page through postMessage (see embedApi.ts).
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { appBase } from '../../data/pageData.ts';
import { AppContext, useApp } from '../../app/AppContext.tsx';
import { useT } from '../../i18n/I18n.tsx';
import { ALLOW_LIST_PATH, isAllowed, parseAllowList, parseHostMessage, type PanelValue, type ValueMessage } from './embedApi.ts';
import '../../charts/svgRenderer.ts';
import { KpiPanel } from '../../components/KpiPanel.tsx';
import { LaggingPanel } from '../../components/LaggingPanel.tsx';
import { RankingPanel } from '../../components/RankingPanel.tsx';
import { TrendPanel } from '../../components/TrendPanel.tsx';
import { DarkTheme } from '../../components/Theme.tsx';
import { MapPanel } from '../../components/MapPanel.tsx';
import { useAutoRefresh } from './useAutoRefresh.ts';
import { WallCard, WallSummary } from './WallPanels.tsx';
import { parseWallParams, type EmbedPanel } from './wallParams.ts';
import { embedValue } from '../../panels/embed/query.ts';
import { usePanelQuery } from '../../panels/usePanelQuery.ts';
import { exposeWallStats, wallStats } from '../../components/wallStats.ts';

function panel(id: EmbedPanel): ReactNode {
  switch (id) {
    case 'kpi':
      return <WallCard />;
    case 'kpis':
      return <KpiPanel desk={false} />;
    case 'map':
      return <MapPanel />;
    case 'ranking':
      return <RankingPanel mode="indicator" />;
    case 'lagging':
      return <LaggingPanel maxRows={30} />;
    case 'trend':
      return <TrendPanel desk={false} />;
    case 'summary':
      return <WallSummary maxRows={30} />;
  }
}

/** An embed draws in the wall's dark theme when the host asks for `theme=dark`, else in the desk's. */
function Themed({ dark, children }: { dark: boolean; children: ReactNode }) {
  return dark ? <DarkTheme>{children}</DarkTheme> : <>{children}</>;
}

interface Override {
  region?: string;
  indicator?: string;
  year?: number;
  month?: number;
}

export default function Embed({ id }: { id: EmbedPanel }) {
  const app = useApp();
  const { meta, view } = app;
  const t = useT();
  const params = useMemo(() => parseWallParams(window.location.search), []);
  useAutoRefresh(params.refresh, params.speed);
  const [over, setOver] = useState<Override>({});
  const [allow, setAllow] = useState<string[] | null>(null);
  useEffect(() => {
    if (params.stats) exposeWallStats();
    let live = true;
    fetch(`${appBase()}${ALLOW_LIST_PATH}`, { cache: 'no-store' })
      .then((r) => (r.ok ? r.json() : null))
      .catch(() => null)
      .then((json: unknown) => live && setAllow(parseAllowList(json)));
    return () => {
      live = false;
    };
  }, [params.stats]);

  const value = useMemo(() => {
    const v = { ...view };
    if (over.region) v.regionId = over.region;
    if (over.indicator) v.indicatorId = over.indicator;
    if (over.year) v.year = over.year;
    if (over.month) v.month = over.month;
    return { ...app, view: v };
  }, [app, view, over]);
  const v = value.view;
  const q = usePanelQuery(embedValue, v);

  // where to post: every allowed origin (the browser delivers only to the parent's real one)
  const targets = useMemo(() => (allow ? [window.location.origin, ...allow] : []), [allow]);
  const post = useCallback(
    (msg: unknown, to?: string) => {
      if (window.parent === window) return;
      for (const o of to ? [to] : targets) window.parent.postMessage(msg, o);
    },
    [targets],
  );
  const message = useMemo<ValueMessage | null>(() => {
    if (!q.data || q.loading) return null;
    const r = q.data[0];
    const unit = meta.indicators.get(v.indicatorId)?.unit ?? '';
    const val: PanelValue | null = r
      ? { kind: r.kind, unit, actual: r.actual, target: r.target_value, completion: r.completion, expected: r.expected, paceGap: r.pace_gap, status: r.status, illustrative: r.illustrative }
      : null;
    return { type: 'pace:value', panel: id, region: v.regionId, indicator: v.indicatorId, year: v.year, month: v.month, value: val };
  }, [q.data, q.loading, meta, v.regionId, v.indicatorId, v.year, v.month, id]);
  const lastMessage = useRef<ValueMessage | null>(null);
  useEffect(() => {
    lastMessage.current = message;
  }, [message]);

  useEffect(() => {
    if (allow === null) return;
    post({ type: 'pace:ready', panel: id });
  }, [allow, id, post]);
  useEffect(() => {
    if (message && allow !== null) post(message);
  }, [message, allow, post]);

  useEffect(() => {
    if (allow === null) return;
    const onMessage = (e: MessageEvent) => {
      if (!isAllowed(e.origin, allow, window.location.origin)) {
        wallStats.embedMessagesIgnored++;
        return;
      }
      const m = parseHostMessage(e.data);
      if (!m) {
        wallStats.embedMessagesIgnored++;
        return;
      }
      wallStats.embedMessagesHandled++;
      if (m.type === 'pace:get') {
        if (lastMessage.current) post(lastMessage.current, e.origin);
        return;
      }
      if (m.region && !meta.regions.has(m.region)) return post({ type: 'pace:error', error: 'unknown_region', field: 'region', given: m.region }, e.origin);
      if (m.indicator && !meta.indicators.has(m.indicator)) return post({ type: 'pace:error', error: 'unknown_indicator', field: 'indicator', given: m.indicator }, e.origin);
      setOver((o) => ({ ...o, ...m }));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [allow, meta, post]);

  useEffect(() => {
    document.documentElement.classList.add('embed-mode');
    return () => document.documentElement.classList.remove('embed-mode');
  }, []);
  return (
    <Themed dark={params.dark}>
      <AppContext.Provider value={value}>
        <div className={`embed-root ${params.dark ? 'theme-dark' : 'theme-light'}`} data-embed={id} data-region={v.regionId} data-indicator={v.indicatorId} data-month={`${v.year}-${String(v.month).padStart(2, '0')}`}>
          {panel(id) ?? <div className="empty">{t('embedUnknown', { id })}</div>}
        </div>
      </AppContext.Provider>
    </Themed>
  );
}
