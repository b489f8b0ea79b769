/**
 * Screenshots of the lab for people to look at (docs/screenshots), at projector and phone
 * sizes in both themes. Only with SCREENSHOTS=1, so ordinary runs never rewrite them.
 */

import { fileURLToPath } from 'node:url';
import { test, type Page } from '@playwright/test';
import { button, firstTimeoutLine, node, openLab, setSpeed, type Theme } from './support/lab.ts';

test.skip(process.env.SCREENSHOTS !== '1', 'screenshots are taken on request: SCREENSHOTS=1');

const path = (name: string) =>
  fileURLToPath(new URL(`../docs/screenshots/${name}.png`, import.meta.url));

/** Remote paused, played slowly until just after r3's timeout, then paused. */
async function pauseAfterTimeout(page: Page, width: number, height: number, theme: Theme) {
  await page.setViewportSize({ width, height });
  await openLab(page, 'remote-paused', theme);
  await setSpeed(page, 'ArrowRight', 2);
  await button(page, 'Play').click();
  await firstTimeoutLine(page);
  await page.waitForTimeout(150);
  await button(page, 'Pause').click();
}

for (const theme of ['light', 'dark'] as Theme[]) {
  for (const [width, height] of [
    [1280, 720],
    [390, 844],
  ] as const) {
    test(`remote paused, ${width}×${height}, ${theme}`, async ({ page }) => {
      await pauseAfterTimeout(page, width, height, theme);
      await page.waitForTimeout(600);
      await page.screenshot({ path: path(`lab-${width}-${theme}`) });
      await node(page, 'server').click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: path(`lab-${width}-${theme}-server`) });
    });
  }
}

for (const theme of ['light', 'dark'] as Theme[]) {
  for (const [width, height] of [
    [1280, 720],
    [390, 844],
  ] as const) {
    test(`space-time diagram, remote paused, ${width}×${height}, ${theme}`, async ({ page }) => {
      await pauseAfterTimeout(page, width, height, theme);
      await button(page, 'Space-time diagram').click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: path(`diagram-${width}-${theme}`) });
      await page.getByRole('button', { name: /^r3:/ }).focus();
      await page.keyboard.press('Enter');
      await button(page, "Client's view").click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: path(`diagram-${width}-${theme}-client`) });
    });
  }
}
