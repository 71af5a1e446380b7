import { useApp } from '../app/AppContext.tsx';
import { useT } from '../i18n/I18n.tsx';
import { displayPrefs, storeDisplayPrefs, type DisplayPrefs } from '../state/displayPrefs.ts';

/** 适老化 switches: large text and high contrast, written to the URL and kept on this device. */
export function DisplaySwitches() {
  const { view, setView } = useApp();
  const t = useT();
  const prefs = displayPrefs(view);
  const change = (next: DisplayPrefs) => {
    storeDisplayPrefs(next);
    setView({ text: next.largeText ? 'large' : 'normal', contrast: next.highContrast ? 'high' : 'normal' });
  };
  return (
    <div className="display-switches">
      <button type="button" className="switch" aria-pressed={prefs.largeText} onClick={() => change({ ...prefs, largeText: !prefs.largeText })} data-control="text-large">
        {t('largeText')}
      </button>
      <button type="button" className="switch" aria-pressed={prefs.highContrast} onClick={() => change({ ...prefs, highContrast: !prefs.highContrast })} data-control="contrast-high">
        {t('highContrast')}
      </button>
    </div>
  );
}
