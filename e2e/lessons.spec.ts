/**
 * Lessons as a student and a lecturer meet them: the keyboard alone through predict-then-reveal
 * and Back and Next; lecture mode driven by a clicker's keys; screenshots at projector sizes.
 */

import { expect, test, type Page } from '@playwright/test';
import { button, expectNoSeriousAxeViolations, truthPanel } from './support/lab.ts';

/** Screenshots for docs/ only when asked (SCREENSHOTS=1), as in screenshots.spec.ts. */
async function shoot(page: Page, name: string) {
  if (process.env.SCREENSHOTS) await page.screenshot({ path: `docs/screenshots/${name}.png` });
}

const lesson = (page: Page) => page.getByRole('complementary', { name: 'Lesson' });
const stepTitle = (page: Page) => lesson(page).getByRole('heading', { level: 2 });

/** Tab until the named button has the focus, then press Enter: the keyboard alone. */
async function pressByKeyboard(page: Page, name: string) {
  const target = page.getByRole('button', { name, exact: true });
  for (let i = 0; i < 60 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
}

test('a lesson by the keyboard alone: predict, reveal, Back and Next', async ({ page }) => {
  await page.goto('/#lesson=six-ways&step=1');
  await expect(stepTitle(page)).toHaveText('Six ways, one symptom');
  await pressByKeyboard(page, 'Next');
  await expect(page).toHaveURL(/#lesson=six-ways&step=2$/);
  await expect(stepTitle(page)).toHaveText('Timeout 1 of 6');
  await expect(button(page, 'Reveal what really happened')).toBeVisible();

  await pressByKeyboard(page, 'Cannot tell');
  await pressByKeyboard(page, 'Reveal');
  await expect(lesson(page).getByRole('status')).toContainText('Right.');
  await expect(lesson(page).getByRole('status')).toContainText('"remote paused" this time');
  // Revealing the answer reveals what really happened in the lab too.
  await expect(button(page, 'Hide what really happened')).toBeVisible();
  await expect(truthPanel(page)).toContainText('remote paused');

  await pressByKeyboard(page, 'Next');
  await expect(stepTitle(page)).toHaveText('Timeout 2 of 6');
  await pressByKeyboard(page, 'Back');
  await expect(stepTitle(page)).toHaveText('Timeout 1 of 6');
  await page.goBack();
  await expect(stepTitle(page)).toHaveText('Timeout 2 of 6');
  await expectNoSeriousAxeViolations(page);
});

test('the chapter menu opens any step; a step link opens that step', async ({ page }) => {
  await page.goto('/#lesson=after-the-timeout&step=2');
  await expect(stepTitle(page)).toHaveText('A retry can do the work twice');
  await lesson(page)
    .getByLabel('Chapter')
    .selectOption({ label: '1. A request that always works' });
  await expect(stepTitle(page)).toHaveText('A request that always works');
  await page.goto('/#lesson=six-ways&step=99');
  await expect(
    page.getByRole('status').filter({ hasText: 'has 8 steps; here is step 8' }),
  ).toBeVisible();
  await page.goto('/#lesson=%3Cb%3Enope');
  await expect(page.getByText('There is no lesson called "<b>nope"')).toBeVisible();
});

test('lecture mode: a clicker reveals, moves on and back, and blanks the screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/#lesson=six-ways&step=5&lecture=1');
  await expect(stepTitle(page)).toHaveText('Timeout 4 of 6');
  await expect(button(page, 'Lecture mode')).toHaveAttribute('aria-pressed', 'true');
  await shoot(page, 'lesson-lecture-1920');
  await page.keyboard.press('PageDown');
  await expect(lesson(page).getByRole('status')).toContainText('"remote crashed" this time');
  await shoot(page, 'lesson-lecture-1920-revealed');
  await page.keyboard.press('PageDown');
  await expect(stepTitle(page)).toHaveText('Timeout 5 of 6');
  await page.keyboard.press('PageUp');
  await expect(stepTitle(page)).toHaveText('Timeout 4 of 6');
  await page.keyboard.press('b');
  await expect(page.getByText('Screen blanked')).toBeAttached();
  await page.keyboard.press('x');
  await expect(page.getByText('Screen blanked')).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  await page.setViewportSize({ width: 1280, height: 720 });
  await shoot(page, 'lesson-lecture-1280');
  await page.keyboard.press('q');
  await expect(
    page.getByRole('img', { name: 'QR code of the link to this scenario' }),
  ).toBeVisible();
});

test('after pressing Lecture mode, the clicker’s keys are lecture mode’s', async ({ page }) => {
  await page.goto('/#lesson=six-ways&step=2');
  await button(page, 'Lecture mode').click();
  await expect(page).toHaveURL(/&lecture=1$/);
  // The toggle let go of the focus: Enter reveals rather than pressing it again.
  await page.keyboard.press('Enter');
  await expect(button(page, 'Lecture mode')).toHaveAttribute('aria-pressed', 'true');
  await expect(lesson(page).getByRole('status')).toContainText('"remote paused" this time');
  await page.keyboard.press(' ');
  await expect(stepTitle(page)).toHaveText('Timeout 2 of 6');
});

test.describe('a step’s link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Copy link copies the step for students, without lecture mode', async ({ page }) => {
    await page.goto('/#lesson=after-the-timeout&step=3&lecture=1');
    await button(page, 'Copy link').click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#lesson=after-the-timeout&step=3$/);
  });
});
