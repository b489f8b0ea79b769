/**
 * axe-core on every screen of the lab, in both themes: at rest, with timeouts and the truth
 * shown, with a server and a cable selected, and with the shortcuts dialog open.
 */

import { test } from '@playwright/test';
import {
  button,
  cable,
  expectNoSeriousAxeViolations,
  firstTimeoutLine,
  inspector,
  node,
  openLab,
  setSpeed,
  type Theme,
} from './support/lab.ts';

for (const theme of ['light', 'dark'] as Theme[]) {
  test.describe(`the ${theme} theme`, () => {
    test('at rest, and with the shortcuts dialog open', async ({ page }) => {
      await openLab(page, 'healthy', theme);
      await expectNoSeriousAxeViolations(page);
      await page.locator('body').press('?');
      await expectNoSeriousAxeViolations(page);
    });

    test('after timeouts, with the truth shown and a server, then a cable, selected', async ({
      page,
    }) => {
      await openLab(page, 'remote-paused', theme);
      await setSpeed(page, 'ArrowRight', 4);
      await button(page, 'Play').click();
      await firstTimeoutLine(page);
      await button(page, 'Pause').click();
      await node(page, 'server').click();
      await button(inspector(page), 'Crash process').waitFor();
      await expectNoSeriousAxeViolations(page);
      await cable(page, 'switch', 'server').click();
      await button(inspector(page), 'Cut cable').waitFor();
      await expectNoSeriousAxeViolations(page);
    });
  });
}
