/**
 * axe-core (WCAG 2.0–2.2, A and AA) on every screen in Chinese and English, in large text and high
 * contrast, on the display wall and on embeds: no serious or critical violation.
 */
import { describe, expect, it } from 'vitest';
import { openPage, waitReady } from './browser.ts';
import { SCREENS, axeSerious, sharedBrowser, sharedPage } from './pageChecks.ts';

const origin = () => process.env.E2E_ORIGIN!;
const browser = sharedBrowser();

async function violations(query: string, viewport = { width: 1440, height: 900 }) {
  const { page, context } = await openPage(browser(), origin(), viewport);
  await page.goto(`${origin()}/${query}`);
  await waitReady(page);
  const found = await axeSerious(page);
  await context.close();
  return found;
}

describe('axe on the desk screens', () => {
  for (const lang of ['zh', 'en'] as const)
    describe(lang, () => {
      const at = sharedPage(browser, { width: 1440, height: 900 });
      for (const screen of SCREENS)
        it(`${screen} in ${lang}: no serious or critical violation`, async () => {
          expect(await axeSerious(await at.visit(screen, `?screen=${screen}&lang=${lang}`))).toEqual([]);
        });
    });
});

describe('axe on phones, large text and high contrast', () => {
  const at = sharedPage(browser, { width: 390, height: 844 });
  for (const screen of SCREENS)
    it(`${screen} at 390×844 in large text and high contrast`, async () => {
      expect(await axeSerious(await at.visit(screen, `?screen=${screen}&text=large&contrast=high`))).toEqual([]);
    });
});

describe('axe on the wall and embeds', () => {
  it('the wall', async () => {
    expect(await violations('?screen=wall&playlist=overview&refresh=0', { width: 1920, height: 1080 })).toEqual([]);
  });
  for (const embed of ['kpi', 'kpis', 'ranking', 'lagging', 'trend', 'summary'])
    it(`embed=${embed}`, async () => {
      expect(await violations(`?embed=${embed}&indicator=fdi&region=taian&refresh=0`, { width: 640, height: 460 })).toEqual([]);
    });
});
