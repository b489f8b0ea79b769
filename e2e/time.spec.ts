/**
 * Time travel through the interface: the `Time` slider, `Step back`, the keys that jump
 * between outcomes, and acting in the past (which changes the rest of the run).
 */

import { expect, test, type Page } from '@playwright/test';
import {
  button,
  cable,
  clientPanel,
  eventLog,
  inspector,
  openLab,
  setSpeed,
  truthPanel,
  runToEnd,
} from './support/lab.ts';

const time = (page: Page) => page.getByRole('slider', { name: 'Time' });

test('scrub back across a timeout, then step forward through it', async ({ page }) => {
  await openLab(page, 'remote-paused');
  await runToEnd(page);
  const r3 = clientPanel(page).getByRole('listitem', { name: /^r3,/ });
  await expect(r3).toContainText('timeout');

  // r3 leaves at 500 ms and gives up at 600 ms: at 550 ms it is still waiting.
  await time(page).fill('550000');
  await expect(time(page)).toHaveAttribute('aria-valuetext', /^550\.0 ms/);
  await expect(r3).toContainText('waiting');
  await expect(eventLog(page)).not.toContainText(/r3 .*timeout/);

  // Step forward, event by event, until the timer fires.
  for (let i = 0; i < 40 && !(await r3.innerText()).includes('timeout'); i++) {
    await button(page, 'Step').click();
  }
  await expect(r3).toContainText('timeout');
  await expect(eventLog(page)).toContainText(/r3 .*timeout/);

  // And one event back undoes it.
  await button(page, 'Step back').click();
  await expect(r3).toContainText('waiting');
});

test('Shift and the arrows jump between the moments requests end', async ({ page }) => {
  await openLab(page, 'remote-paused');
  await runToEnd(page);
  await page.locator('body').press('Shift+ArrowLeft');
  const at = await time(page).getAttribute('aria-valuetext');
  await page.locator('body').press('Shift+ArrowLeft');
  await expect(time(page)).not.toHaveAttribute('aria-valuetext', at!);
  await page.locator('body').press('Shift+ArrowRight');
  await expect(time(page)).toHaveAttribute('aria-valuetext', at!);
});

test('acting in the past changes what comes after', async ({ page }) => {
  await openLab(page, 'healthy');
  await setSpeed(page, 'ArrowRight', 7); // 10×: half a second plays five
  await button(page, 'Play').click();
  await page.waitForTimeout(500);
  await button(page, 'Pause').click();
  await time(page).fill('100000');
  await cable(page, 'switch', 'server').click();
  await button(inspector(page), 'Cut cable').click();
  await runToEnd(page);
  // Back before the cut's consequences: r1 was answered; r2, sent after the cut, was lost.
  await time(page).fill('400000');
  await expect(clientPanel(page).getByRole('listitem', { name: /^r1,/ })).toContainText('ok');
  await expect(truthPanel(page).getByRole('listitem', { name: /^r2,/ })).toContainText(
    'request lost',
  );
});
