/**
 * The screens' ids in nav order, with no component attached: the URL state and the first paint
 * (src/app/prepaint.ts, which must stay small) read this list; src/app/screens.ts gives each id its
 * label, component and URL parameters, and a test checks the two agree.
 */
export const SCREEN_IDS = ['overview', 'indicator', 'region', 'data', 'policy', 'bulletin', 'wall'] as const;

export type ScreenId = (typeof SCREEN_IDS)[number];
