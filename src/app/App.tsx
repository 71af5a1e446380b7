import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { QueryClientContext } from '../db/useQuery.ts';
import { LangProvider } from '../i18n/I18n.tsx';
import { translate } from '../i18n/strings.ts';
import { Header } from '../components/Header.tsx';
import { useViewState } from '../state/useViewState.ts';
import { AppContext } from './AppContext.tsx';
import { boot, reloadSession, type Booted, type BootStep } from './boot.ts';
import type { DataSession } from '../data/session.ts';
import { loadMeta, type Meta } from './meta.ts';
import { viewSeedKey } from '../data/viewSeed.ts';
import { resolveView } from './view.ts';
import { formatNumber } from '../i18n/format.ts';
import { SCREEN_IDS, SCREEN_REGISTRY, screenEntry } from './screens.ts';
import { DbNotice } from '../components/DbNotice.tsx';
import { DeskTheme } from '../components/Theme.tsx';
import { applyDisplayPrefs, displayPrefs } from '../state/displayPrefs.ts';
// --- embeds: one panel in a frame, their own chunk ---
import { parseWallParams } from '../screens/wall/wallParams.ts';
const Embed = lazy(() => import('../screens/wall/Embed.tsx'));
const embedPanel = parseWallParams(window.location.search).embed;

type Phase = { kind: 'booting'; step: BootStep } | { kind: 'failed'; error: Error } | { kind: 'ready'; booted: Booted; meta: Meta };

function Loading({ step, lang }: { step: BootStep; lang: 'zh' | 'en' }) {
  const text =
    step.step === 'db'
      ? translate(lang, 'loadingDb')
      : step.step === 'views'
        ? translate(lang, 'loadingViews')
        : translate(lang, 'loadingFiles', { done: step.progress.filesDone, total: step.progress.filesTotal, rows: formatNumber(step.progress.rowsLoaded, lang, 0) });
  const pct = step.step === 'files' && step.progress.filesTotal > 0 ? (step.progress.filesDone / step.progress.filesTotal) * (step.progress.phase === 'load' ? 1 : 0.5) : step.step === 'views' ? 1 : 0;
  return (
    <div className="boot" role="status" aria-live="polite" data-boot={step.step}>
      <div className="boot-title">{translate(lang, 'appTitle')}</div>
      <div className="boot-text">{text}</div>
      <div className="boot-bar">
        <div style={{ width: `${Math.round(pct * 100)}%` }} />
      </div>
      {step.step === 'files' && step.progress.file && <div className="boot-file">{step.progress.file}</div>}
    </div>
  );
}

export function App() {
  const [state, setView] = useViewState(SCREEN_IDS);
  const [phase, setPhase] = useState<Phase>({ kind: 'booting', step: { step: 'db' } });
  useEffect(() => {
    let live = true;
    boot((step) => live && setPhase({ kind: 'booting', step }))
      .then(async (booted) => {
        const meta = await loadMeta(booted.client);
        if (live) setPhase({ kind: 'ready', booted, meta });
        // the large tables load once the first screen's queries are done
        void booted.client.idle().then(booted.startBackground);
      })
      .catch((error: Error) => live && setPhase({ kind: 'failed', error }));
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = translate(state.lang, 'appTitle');
  }, [state.lang]);
  // large text and high contrast for the desk screens; the wall and embeds keep their own look
  const kiosk = Boolean(embedPanel) || state.screen === 'wall';
  useEffect(() => {
    applyDisplayPrefs(kiosk ? { largeText: false, highContrast: false } : displayPrefs(state));
  }, [kiosk, state]);

  const ready = phase.kind === 'ready' ? phase : null;
  // a screen opened while DuckDB starts draws from its seed in the build, if it has one
  const booted = ready?.booted;
  useEffect(() => booted?.seedView(viewSeedKey({ screen: state.screen, region: state.region })), [booted, state.screen, state.region]);
  // data reload into the running app (drag and drop, refetch of changed files): new numbers everywhere
  const reload = useCallback(
    async (change: (s: DataSession) => Promise<unknown>) => {
      if (!ready) return;
      const next = await reloadSession(ready.booted, change, ready.meta);
      setPhase({ kind: 'ready', ...next });
    },
    [ready],
  );
  const view = useMemo(() => (ready ? resolveView(state, ready.meta) : null), [state, ready]);
  const clientValue = useMemo(() => (ready ? { client: ready.booted.client, version: ready.booted.client.version } : null), [ready]);

  if (phase.kind === 'booting') return <Loading step={phase.step} lang={state.lang} />;
  if (phase.kind === 'failed')
    return (
      <div className="boot failed" role="alert">
        <div className="boot-title">{translate(state.lang, 'loadFailed')}</div>
        <pre className="boot-error">{phase.error.message}</pre>
      </div>
    );
  if (!ready || !view || !clientValue) return null;
  const screen = screenEntry(view.screen);
  if (embedPanel || screen.kiosk)
    return (
      <LangProvider lang={view.lang}>
        <QueryClientContext.Provider value={clientValue}>
          <AppContext.Provider value={{ meta: ready.meta, view, setView, reports: ready.booted.reports, session: ready.booted.session, reload }}>
            <DeskTheme>
              <Suspense fallback={null}>
                <div className="app kiosk" data-screen={embedPanel ? 'embed' : screen.id} data-ready="true">
                  {embedPanel ? <Embed id={embedPanel} /> : <screen.Component />}
                </div>
              </Suspense>
            </DeskTheme>
          </AppContext.Provider>
        </QueryClientContext.Provider>
      </LangProvider>
    );
  return (
    <LangProvider lang={view.lang}>
      <QueryClientContext.Provider value={clientValue}>
        <AppContext.Provider value={{ meta: ready.meta, view, setView, reports: ready.booted.reports, session: ready.booted.session, reload }}>
          <DeskTheme>
            <div className="app" data-screen={screen.id} data-ready="true">
              <Header screens={SCREEN_REGISTRY} />
              <DbNotice dbDown={ready.booted.dbDown} />
              <main id="main" tabIndex={-1}>
                <Suspense fallback={null}>
                  <screen.Component />
                </Suspense>
              </main>
            </div>
          </DeskTheme>
        </AppContext.Provider>
      </QueryClientContext.Provider>
    </LangProvider>
  );
}
