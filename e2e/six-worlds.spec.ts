/**
 * Six worlds: the six cause presets on one clock. The six clients see the same thing up to r3's
 * timeout; one switch reveals the six different stories. Found by accessible names only.
 */

import { expect, test, type Page } from '@playwright/test';
import { CAUSES } from '../src/sim/vocabulary.ts';
import { button, expectNoSeriousAxeViolations, type Theme } from './support/lab.ts';

async function openSix(page: Page, hash = '#six', theme: Theme = 'light') {
  await page.addInitScript((t) => {
    if (localStorage.getItem('faultline.preferences') === null)
      localStorage.setItem(
        'faultline.preferences',
        JSON.stringify({ theme: t, revealByDefault: true }),
      );
  }, theme);
  await page.goto(`/${hash}`);
  await expect(world(page, 1)).toBeVisible();
}

/** World n, before the reveal ("World 3") or after it ("World 3: remote crashed"). */
const world = (page: Page, n: number) =>
  page.getByRole('region', { name: new RegExp(`^World ${n}(:|$)`) });

/** The sentence that compares what the six clients saw. */
const sentence = (page: Page) => page.getByRole('status').filter({ hasText: 'clients' });

const clientList = (page: Page, n: number) =>
  world(page, n).getByRole('list', { name: 'What the client knows' });

/** Fast, and Play: playing stops by itself where r3 times out. */
async function playToTimeout(page: Page) {
  await page.getByLabel('Speed').selectOption({ label: '1× (as fast as real life)' });
  await button(page, 'Play').click();
  await expect(sentence(page)).toHaveText(
    'All six clients saw exactly the same thing: r3 sent at 500 ms, no response, timeout at 600 ms.',
    { timeout: 15_000 },
  );
  await expect(button(page, 'Play')).toBeVisible();
}

test('six clients see the same thing; the reveal tells six stories, each cause once', async ({
  page,
}) => {
  await openSix(page);
  // The truth starts hidden, even though this browser's setting reveals it in the lab.
  await expect(button(page, 'Reveal what really happened')).toBeVisible();
  await playToTimeout(page);
  await expect(page.getByRole('slider', { name: 'Time' })).toHaveAttribute(
    'aria-valuetext',
    '600.0 ms of 2.100 s',
  );
  const texts = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => clientList(page, n).innerText()));
  expect(texts[0]).toMatch(/r3\s+sent at 500\.0 ms\s+timeout/);
  expect(new Set(texts).size).toBe(1);
  for (const cause of CAUSES) await expect(page.getByText(cause)).toHaveCount(0);

  await button(page, 'Reveal what really happened').click();
  await expect(button(page, 'Hide what really happened')).toBeVisible();
  for (const [i, cause] of CAUSES.entries()) {
    await expect(page.getByRole('region', { name: `World ${i + 1}: ${cause}` })).toBeVisible();
    await expect(page.getByText(cause, { exact: true })).toHaveCount(1);
  }
  await expect(world(page, 1)).toContainText('never processed');
  await expect(world(page, 5)).toContainText('processed 1×');
});

test('Step, the slider and Reset move all six together', async ({ page }) => {
  await openSix(page);
  const slider = page.getByRole('slider', { name: 'Time' });
  await slider.focus();
  for (let i = 0; i < 3; i++) await slider.press('PageUp');
  await button(page, 'Step').click();
  await expect(slider).not.toHaveAttribute('aria-valuetext', /^0\.0 ms/);
  await button(page, 'Reset').click();
  await expect(slider).toHaveAttribute('aria-valuetext', '0.0 ms of 2.100 s');
});

test('the Lecture mode button turns lecture mode on and off, keeping the moment', async ({
  page,
}) => {
  await openSix(page);
  await button(page, 'Step').click();
  const time = await page.getByRole('slider', { name: 'Time' }).getAttribute('aria-valuetext');
  await button(page, 'Lecture mode').click();
  await expect(page).toHaveURL(/#six&lecture=1$/);
  await expect(button(page, 'Lecture mode')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('navigation', { name: 'Faultline' })).toBeHidden();
  await expect(page.getByRole('slider', { name: 'Time' })).toHaveAttribute('aria-valuetext', time!);
  await button(page, 'Lecture mode').click();
  await expect(page.getByRole('navigation', { name: 'Faultline' })).toBeVisible();
});

for (const [width, height] of [
  [1920, 1080],
  [1280, 720],
] as const) {
  test(`lecture mode at ${width}×${height}: keys, reveal, screenshots`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openSix(page, '#six&lecture=1');
    await expect(page.getByRole('navigation', { name: 'Faultline' })).toBeHidden();
    await expect(page.getByRole('list', { name: 'Lecture keys' })).toBeVisible();
    await page.getByLabel('Speed').selectOption({ label: '1× (as fast as real life)' });
    await page.locator('body').click({ position: { x: 5, y: height - 5 } });
    // The clicker's one button: play; playing stops where r3 times out.
    await page.keyboard.press('PageDown');
    await expect(sentence(page)).toContainText('timeout at 600 ms', {
      timeout: 15_000,
    });
    await expect(button(page, 'Play')).toBeVisible();
    // All on one screen: nothing for the lecturer to scroll.
    const overflowPx = await page.evaluate(
      () => document.documentElement.scrollHeight - window.innerHeight,
    );
    expect(overflowPx).toBeLessThanOrEqual(0);
    if (process.env.SCREENSHOTS)
      await page.screenshot({ path: `docs/screenshots/six-worlds-${width}-hidden.png` });
    // The next press reveals.
    await page.keyboard.press('PageDown');
    await expect(world(page, 3)).toHaveAccessibleName('World 3: remote crashed');
    if (process.env.SCREENSHOTS)
      await page.screenshot({ path: `docs/screenshots/six-worlds-${width}-revealed.png` });
    await page.keyboard.press('v');
    await expect(button(page, 'Reveal what really happened')).toBeVisible();
    await page.keyboard.press('b');
    await expect(page.getByText('Screen blanked')).toBeAttached();
    await page.keyboard.press('x');
    await page.keyboard.press('p');
    await expect(button(page, 'Pause')).toBeVisible();
    await page.keyboard.press('p');
    await expect(button(page, 'Play')).toBeVisible();
    await page.keyboard.press('q');
    await expect(page.getByRole('dialog', { name: 'Scan to open this scenario' })).toBeVisible();
  });
}

test('on a phone, one world at a time, swiped or stepped through', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openSix(page);
  await expect(page.getByText('World 1 of 6')).toBeVisible();
  await expect(button(page, 'Previous world')).toBeDisabled();
  await button(page, 'Next world').click();
  await expect(page.getByText('World 2 of 6')).toBeVisible();
  await expect(world(page, 2)).toBeInViewport({ ratio: 0.9 });
  await expect(world(page, 1)).not.toBeInViewport({ ratio: 0.5 });
  await button(page, 'Previous world').click();
  await expect(page.getByText('World 1 of 6')).toBeVisible();
  // A swipe is a horizontal scroll of the row of worlds: it snaps to a world, and says which.
  await world(page, 1).hover();
  await page.mouse.wheel(2.4 * 366, 0);
  await expect(page.getByText('World 3 of 6')).toBeVisible();
  await expect(world(page, 3)).toBeInViewport({ ratio: 0.9 });
  await button(page, 'Previous world').click();
  await button(page, 'Previous world').click();
  await expect(page.getByText('World 1 of 6')).toBeVisible();
  await expect(button(page, 'Play')).toBeVisible();
  if (process.env.SCREENSHOTS) {
    await page.screenshot({ path: 'docs/screenshots/six-worlds-390.png', fullPage: true });
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`no serious axe violations, ${theme}, hidden and revealed`, async ({ page }) => {
    await openSix(page, '#six', theme);
    await expectNoSeriousAxeViolations(page);
    await playToTimeout(page);
    await button(page, 'Reveal what really happened').click();
    await expectNoSeriousAxeViolations(page);
  });
}
