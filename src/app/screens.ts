/**
 * The screens, one line each: the id the URL names (`?screen=`), the nav label's string key, the
 * component (the wall is its own chunk, loaded only when asked for), the URL parameters the screen
 * reads besides the ones every screen shares (VIEW_PARAMS), and whether it fills the window
 * without the header (`kiosk`). App.tsx renders from it, the URL state accepts its ids and the
 * header's nav lists it. A new screen is a line here and its folder under src/screens/.
 */
import { lazy, type ComponentType } from 'react';
import type { StringKey } from '../i18n/strings.ts';
import { Bulletin } from '../screens/Bulletin.tsx';
import { Data } from '../screens/Data.tsx';
import { Indicator } from '../screens/Indicator.tsx';
import { Overview } from '../screens/Overview.tsx';
import { Policy } from '../screens/policy/Policy.tsx';
import { Region } from '../screens/Region.tsx';
import { WALL_PARAMS } from '../screens/wall/wallParams.ts';
import type { ViewParam } from '../state/urlState.ts';
import type { ScreenId } from './screenIds.ts';

export { SCREEN_IDS, type ScreenId } from './screenIds.ts';

export interface ScreenEntry {
  id: ScreenId;
  label: StringKey;
  Component: ComponentType;
  /** URL parameters of this screen beyond the shared ones. */
  params: readonly (ViewParam | (typeof WALL_PARAMS)[number])[];
  kiosk?: true;
}

export const SCREEN_REGISTRY = [
  { id: 'overview', label: 'screen.overview', Component: Overview, params: ['rank'] },
  { id: 'indicator', label: 'screen.indicator', Component: Indicator, params: [] },
  { id: 'region', label: 'screen.region', Component: Region, params: [] },
  { id: 'data', label: 'screen.data', Component: Data, params: [] },
  { id: 'policy', label: 'screen.policy', Component: Policy, params: ['doc', 'date', 'win'] },
  { id: 'bulletin', label: 'screen.bulletin', Component: Bulletin, params: [] },
  { id: 'wall', label: 'screen.wall', Component: lazy(() => import('../screens/wall/Wall.tsx')), params: WALL_PARAMS, kiosk: true },
] as const satisfies readonly ScreenEntry[];

export function screenEntry(id: string): ScreenEntry {
  return SCREEN_REGISTRY.find((s) => s.id === id) ?? SCREEN_REGISTRY[0];
}
