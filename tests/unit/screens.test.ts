/** The screen registry is the one list of screens: ids, labels, and the URL parameters they read. */
import { describe, expect, it } from 'vitest';
import { SCREEN_IDS, SCREEN_REGISTRY, screenEntry } from '../../src/app/screens.ts';
import { STRINGS } from '../../src/i18n/strings.ts';
import { WALL_PARAMS } from '../../src/screens/wall/wallParams.ts';
import { DEFAULT_SCREEN, parseViewState, serializeViewState, SHARED_PARAMS } from '../../src/state/urlState.ts';

describe('screen registry', () => {
  it('has unique ids, the default screen first, and a label in both languages for each', () => {
    expect(new Set(SCREEN_IDS).size).toBe(SCREEN_IDS.length);
    expect(SCREEN_REGISTRY.map((s) => s.id)).toEqual([...SCREEN_IDS]);
    expect(SCREEN_IDS[0]).toBe(DEFAULT_SCREEN);
    for (const s of SCREEN_REGISTRY) {
      expect(STRINGS.zh[s.label], s.id).toBeTruthy();
      expect(STRINGS.en[s.label], s.id).toBeTruthy();
    }
  });

  it('every URL parameter of the view state is shared or declared by a screen', () => {
    const state = parseViewState('', SCREEN_IDS);
    const declared = new Set<string>([...SHARED_PARAMS, ...SCREEN_REGISTRY.flatMap((s) => [...s.params])]);
    for (const key of Object.keys(state).filter((k) => k !== 'screen')) expect(declared, key).toContain(key);
    for (const p of declared) expect([...Object.keys(state), ...WALL_PARAMS], p).toContain(p);
  });

  it('every registered screen round-trips through the URL; an unknown one falls back to the default', () => {
    for (const id of SCREEN_IDS) expect(parseViewState(serializeViewState({ ...parseViewState('', SCREEN_IDS), screen: id }), SCREEN_IDS).screen).toBe(id);
    expect(parseViewState('?screen=admin', SCREEN_IDS).screen).toBe('overview');
    expect(screenEntry('admin').id).toBe('overview');
    expect(screenEntry('wall')).toMatchObject({ id: 'wall', kiosk: true });
  });
});
