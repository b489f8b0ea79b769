/**
 * The lab's controls as a user meets them: playback, the clock, seeds, shortcuts, the theme,
 * the reveal, keyboard-only use, links, and the same run in the browser as in Node.
 */

import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  button,
  cable,
  eventLog,
  firstTimeoutLine,
  inspector,
  node,
  openLab,
  setSpeed,
  truthPanel,
} from './support/lab.ts';

const clock = (page: Page) =>
  page
    .getByRole('group', { name: 'Playback' })
    .getByText(/^\d[\d.,]* (ms|s)$/)
    .first();

test('Play and Pause run the virtual clock; Step moves one event; Reset goes back to zero', async ({
  page,
}) => {
  await openLab(page);
  await expect(clock(page)).toHaveText('0.0 ms');
  await button(page, 'Play').click();
  await expect(button(page, 'Pause')).toBeVisible();
  await expect(clock(page)).not.toHaveText('0.0 ms');
  await button(page, 'Pause').click();
  const paused = await clock(page).innerText();
  await page.waitForTimeout(300);
  await expect(clock(page)).toHaveText(paused);

  await button(page, 'Reset').click();
  await expect(clock(page)).toHaveText('0.0 ms');
  await button(page, 'Step').click();
  await button(page, 'Step').click();
  await expect(eventLog(page)).toBeVisible();
  await expect(clock(page)).not.toHaveText('0.0 ms');
});

test('a new seed is shown, and the same seed replays the same run', async ({ page }) => {
  await openLab(page, 'request-queued');
  await expect(page.getByText(/^Seed\s*1$/)).toBeVisible();
  await button(page, 'New seed').click();
  await expect(page.getByText(/^Seed\s*1$/)).toHaveCount(0);
});

test('keyboard shortcuts: ? lists them, Space plays and pauses, → steps, R resets', async ({
  page,
}) => {
  await openLab(page);
  await page.locator('body').press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Space');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Wherever closing the dialog left the focus, Space there would press that control; the
  // shortcuts are for the page, so the focus leaves it first.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.locator('body').press('Space');
  await expect(button(page, 'Pause')).toBeVisible();
  await page.locator('body').press('Space');
  await expect(button(page, 'Play')).toBeVisible();
  await page.locator('body').press('r');
  await expect(clock(page)).toHaveText('0.0 ms');
  await page.locator('body').press('ArrowRight');
  await expect(clock(page)).toHaveText('0.0 ms'); // the first events happen at time 0
  for (let i = 0; i < 6; i++) await page.locator('body').press('ArrowRight');
  await expect(clock(page)).not.toHaveText('0.0 ms');
});

test('with the keyboard alone: cut a cable, play, and read why the request timed out', async ({
  page,
}) => {
  await openLab(page);
  const focusOn = async (name: string | RegExp, key: 'Tab' | 'Shift+Tab') => {
    for (let i = 0; i < 60; i++) {
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
      });
      if (typeof name === 'string' ? focused === name : name.test(focused)) return;
      await page.keyboard.press(key);
    }
    throw new Error(`could not reach ${name} with ${key}`);
  };
  await focusOn('cable switch–server', 'Tab');
  await page.keyboard.press('Enter');
  await focusOn('Cut cable', 'Tab');
  await page.keyboard.press('Enter');
  await focusOn('Play', 'Shift+Tab');
  await page.keyboard.press('Enter');
  const line = await firstTimeoutLine(page);
  await expect(line).toContainText('request lost');
});

test('the truth can be hidden and revealed; hidden, it is not on the page at all', async ({
  page,
}) => {
  await openLab(page, 'remote-paused');
  await setSpeed(page, 'End');
  await button(page, 'Play').click();
  await expect(page.getByText(/Ended at/)).toBeVisible({ timeout: 20_000 });
  await expect(truthPanel(page)).toContainText('remote paused');
  await button(page, 'Hide what really happened').click();
  await expect(eventLog(page)).not.toContainText('remote paused');
  await expect(truthPanel(page)).not.toContainText('of the six:');
  await expect(node(page, 'server')).toHaveAccessibleName('server, state hidden');
  await expect(eventLog(page)).toContainText('r3');
  await button(page, 'Reveal what really happened').click();
  await expect(truthPanel(page)).toContainText('remote paused');
  await expect(eventLog(page)).toContainText('remote paused');
});

test('the dark theme is a switch, and it is remembered', async ({ page }) => {
  await openLab(page);
  const toggle = button(page, 'Dark theme');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.lab')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('.lab')).toHaveAttribute('data-theme', 'dark');
});

test('the scenario menu opens presets, and a link opens one', async ({ page }) => {
  await openLab(page);
  await page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'Response lost' });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Response lost');
  await expect(page).toHaveURL(/#preset=response-lost(&|$)/);
  // A link typed into the address opens as a fresh load would (then the address holds what opened).
  await page.goto('/#preset=nonsense');
  await expect(
    page.getByRole('status').filter({ hasText: 'there is no preset called "nonsense"' }),
  ).toBeVisible();
});

test('an id in a link is shown as text, never as markup', async ({ page }) => {
  await page.goto('/#preset=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(page.getByText('no preset called "<img src=x onerror=alert(1)>"')).toBeVisible();
  await expect(page.locator('img')).toHaveCount(0);
});

test('a dragged node stays where it was put, through a reset', async ({ page }) => {
  await openLab(page);
  const server = node(page, 'server');
  const before = (await server.boundingBox())!;
  await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
  await page.mouse.down();
  await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2 + 60, {
    steps: 8,
  });
  await page.mouse.up();
  await button(page, 'Reset').click();
  const after = (await server.boundingBox())!;
  expect(after.y - before.y).toBeGreaterThan(20);
});

// The same run in the browser as in Node: each preset, run to its end, has the golden trace
// hash that the unit tests compute in Node (src/scenario/presets/trace-hashes.json).
const golden = JSON.parse(
  readFileSync(new URL('../src/scenario/presets/trace-hashes.json', import.meta.url), 'utf8'),
) as Record<string, string>;

test('every preset runs in the browser exactly as in Node (same trace hash)', async ({ page }) => {
  test.setTimeout(90_000);
  for (const [id, hash] of Object.entries(golden)) {
    await openLab(page, id);
    await setSpeed(page, 'End');
    await button(page, 'Play').click();
    await expect(page.getByText(/Ended at/), id).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('run-fingerprint'), id).toHaveText(hash);
  }
});

test('acting on a selection says what happened, and refuses what does not apply', async ({
  page,
}) => {
  await openLab(page);
  await node(page, 'server').click();
  await button(inspector(page), 'Crash process').click();
  await expect(node(page, 'server')).toHaveAccessibleName(/crashed/);
  // Actions that do not apply now stay in place, marked, and say why when pressed.
  const resume = button(inspector(page), 'Resume process');
  await expect(resume).toHaveAttribute('aria-disabled', 'true');
  await resume.focus();
  await page.keyboard.press('Enter');
  await expect(inspector(page).getByRole('status')).toContainText(/not paused/);
  await cable(page, 'client', 'switch').click();
  await expect(inspector(page)).toContainText('client');
});

test('playback pauses when the tab is hidden', async ({ page }) => {
  await openLab(page);
  await button(page, 'Play').click();
  await expect(button(page, 'Pause')).toBeVisible();
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(button(page, 'Play')).toBeVisible();
});

test('pointing at a request in one panel highlights it in the other and in the log', async ({
  page,
}) => {
  await openLab(page, 'remote-paused');
  await setSpeed(page, 'End');
  await button(page, 'Play').click();
  await expect(page.getByText(/Ended at/)).toBeVisible({ timeout: 20_000 });
  const client = page.getByRole('region', { name: 'What the client knows' });
  await client.getByRole('listitem', { name: /^r3,/ }).hover();
  await expect(truthPanel(page).getByRole('listitem', { name: /^r3,/ })).toHaveAttribute(
    'data-highlight',
    '',
  );
  await expect(eventLog(page).locator('[data-highlight]').first()).toContainText('r3');
  await expect(truthPanel(page).getByRole('listitem', { name: /^r2,/ })).not.toHaveAttribute(
    'data-highlight',
  );
});

test('with the truth hidden by default, a reset hides it again for the next guess', async ({
  page,
}) => {
  await openLab(page, 'remote-paused', 'light', false);
  await expect(button(page, 'Reveal what really happened')).toBeVisible();
  await button(page, 'Reveal what really happened').click();
  await button(page, 'Reset').click();
  await expect(button(page, 'Reveal what really happened')).toBeVisible();
});
