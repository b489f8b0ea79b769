/**
 * The lab on a phone (390×844, touch): nothing runs off the side, the drawing can be tapped,
 * and a cause can be produced and read.
 */

import { expect, test } from '@playwright/test';
import {
  button,
  expectNoSeriousAxeViolations,
  firstTimeoutLine,
  inspector,
  node,
  openLab,
  setSpeed,
} from './support/lab.ts';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('tap the server, power it off, play: the request times out because the remote crashed', async ({
  page,
}) => {
  await openLab(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await node(page, 'server').tap();
  await button(inspector(page), 'Power off').tap();
  await setSpeed(page, 'ArrowRight', 4);
  await button(page, 'Play').tap();
  const line = await firstTimeoutLine(page);
  await expect(line).toContainText('remote crashed');
  await expectNoSeriousAxeViolations(page);
});
