/**
 * How long should a timeout be (concepts.md D1, D11, D12), as a user finds out: the round trips
 * the client measured in a run with GC pauses, a timeout moved over them from the keyboard, the
 * false timeouts it would cause, TCP's estimate beside it, and the timeout given to the client.
 */

import { expect, test, type Page } from '@playwright/test';
import {
  button,
  eventLog,
  expectNoSeriousAxeViolations,
  openLab,
  setSpeed,
  type Theme,
} from './support/lab.ts';

const plot = (page: Page) => page.getByRole('img', { name: /^Histogram of the round trips/ });
const slider = (page: Page) => page.getByRole('slider', { name: 'Timeout' });
const falseTimeouts = (page: Page) => page.getByText(/^False timeouts: [\d,]+ of/);

async function runToTheEnd(page: Page, preset = 'gc-pauses', theme: Theme = 'light') {
  await openLab(page, preset, theme);
  await setSpeed(page, 'End');
  await button(page, 'Play').click();
  await expect(page.getByText(/Ended at/)).toBeVisible({ timeout: 30_000 });
  await button(page, 'Round trips').click();
  await expect(button(page, 'Round trips')).toHaveAttribute('aria-pressed', 'true');
}

test('a timeout moved over the measured round trips shows what it would cost', async ({ page }) => {
  await runToTheEnd(page);
  // A thousand round trips, a fast body and a tail from the pauses; the client waits 1 s.
  await expect(plot(page)).toHaveAccessibleName(/1,000 responses, median 3\d(\.\d)? ms/);
  await expect(page.getByRole('table')).toContainText('p99.9');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /^1 s: 0 of 1,000 responses later/);
  await expect(falseTimeouts(page)).toContainText('False timeouts: 0 of 1,000');
  await expect(page.getByText(/TCP’s estimator \(RFC 6298\) would set about/)).toBeVisible();

  // Down to 50 ms from the keyboard: the responses delayed by a pause now come too late.
  await slider(page).focus();
  for (let i = 0; i < 13; i++) await page.keyboard.press('ArrowLeft');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /^50 ms: /);
  await expect(falseTimeouts(page)).toContainText(/False timeouts: [1-9]\d* of 1,000/);
  await expect(page.getByText(/about 50 ms after the last answer/)).toBeVisible();
  // A decade up (Page Up): 500 ms, and none would be false.
  await page.keyboard.press('PageUp');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /^500 ms: 0 of 1,000/);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowRight');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /^60 ms: /);

  // TCP's floor is a choice: 1 ms shows the bare estimator.
  await button(page, '1 ms').click();
  await expect(button(page, '1 ms')).toHaveAttribute('aria-pressed', 'true');

  await expectNoSeriousAxeViolations(page);
});

test('Use this timeout gives it to the client, and the next run times out on the pauses', async ({
  page,
}) => {
  await runToTheEnd(page);
  await slider(page).focus();
  for (let i = 0; i < 13; i++) await page.keyboard.press('ArrowLeft');
  await button(page, 'Use this timeout').click();
  await expect(
    page.getByRole('status').filter({ hasText: 'client now waits 50 ms' }),
  ).toBeVisible();
  // It went in at the start, so the whole run is replayed with it: the pauses cause timeouts.
  await button(page, 'Play').click();
  await expect(eventLog(page)).toContainText(/ r\d+ .*timeout/, { timeout: 20_000 });
  await expect(page.getByText(/Ended at/)).toBeVisible({ timeout: 30_000 });
  await expect(button(page, 'Use this timeout')).toHaveAttribute('aria-disabled', 'true');
});

test('the view opens from a link, and passes axe in the dark theme', async ({ page }) => {
  await page.goto('/#preset=jittery-network&view=round-trips');
  await expect(button(page, 'Round trips')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(/No round trips yet/)).toBeVisible();
  await runToTheEnd(page, 'jittery-network', 'dark');
  await expect(plot(page)).toHaveAccessibleName(/[1-9]\d* got no answer/);
  await expectNoSeriousAxeViolations(page);
});

test('latency against load: the scenario run at other rates, p50 and p99 drawn', async ({
  page,
}) => {
  await openLab(page, 'busy-server');
  await page.getByRole('button', { name: 'Round trips' }).click();
  await page.getByRole('button', { name: 'Latency against load' }).click();
  const plot = page.getByRole('img', { name: /^Latency against load\. 0\.25×: p50 / });
  await expect(plot).toBeVisible();
  await expect(plot).toHaveAccessibleName(/1\.5×: p50 .*, p99 /);
});
