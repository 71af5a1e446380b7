/**
 * 适老化 display choices: large text and high contrast. The URL says it when it names them (a link
 * opens as sent); otherwise the reader's last choice on this device, kept in local storage.
 */
import type { ViewState } from './urlState.ts';

export interface DisplayPrefs {
  largeText: boolean;
  highContrast: boolean;
}

const KEY = 'pace.display';

function stored(): Partial<DisplayPrefs> {
  try {
    const v: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '{}');
    return v && typeof v === 'object' ? (v as Partial<DisplayPrefs>) : {};
  } catch {
    return {};
  }
}

export function displayPrefs(state: Pick<ViewState, 'text' | 'contrast'>): DisplayPrefs {
  const s = stored();
  return {
    largeText: state.text ? state.text === 'large' : s.largeText === true,
    highContrast: state.contrast ? state.contrast === 'high' : s.highContrast === true,
  };
}

export function storeDisplayPrefs(p: DisplayPrefs): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(p));
  } catch {
    // private mode or storage switched off: the URL still carries the choice
  }
}

/** The classes on <html> that styles.css and the chart style read. */
export function applyDisplayPrefs(p: DisplayPrefs): void {
  const root = document.documentElement.classList;
  root.toggle('text-large', p.largeText);
  root.toggle('contrast-high', p.highContrast);
}
