/**
 * "Which of the six?" as a learner and a lecturer meet it, by accessible names only: the
 * answers are buttons named by the six causes and `Cannot tell` (docs/product.md). Questions
 * are opened by seed (`#quiz&seed=N`), so each test knows which cause it holds.
 */

import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { ANSWERS } from '../src/quiz/grade.ts';
import { nextSeed, pickQuestion } from '../src/quiz/pick.ts';
import {
  button,
  clientPanel,
  expectNoSeriousAxeViolations,
  truthPanel,
  type Theme,
} from './support/lab.ts';

const causeOf = (seed: number) => pickQuestion(seed).preset.featured!.cause!;
const SEED = 7;

const shot = (name: string) =>
  fileURLToPath(new URL(`../docs/screenshots/quiz-${name}.png`, import.meta.url));
/** Screenshots are rewritten only on request, as in screenshots.spec.ts. */
async function screenshot(page: Page, name: string) {
  if (process.env.SCREENSHOTS === '1') await page.screenshot({ path: shot(name) });
}

async function openQuiz(
  page: Page,
  seed: number,
  { theme = 'light' as Theme, lecture = false } = {},
) {
  await page.addInitScript((t) => {
    if (localStorage.getItem('faultline.preferences') === null) {
      localStorage.setItem(
        'faultline.preferences',
        JSON.stringify({ theme: t, revealByDefault: true }),
      );
    }
  }, theme);
  await page.goto(`/#quiz${lecture ? '&lecture=1' : ''}&seed=${seed}`);
  await expect(button(page, 'Cannot tell')).toBeVisible();
  await expect(clientPanel(page).getByText('timeout')).toBeVisible();
}

const verdict = (page: Page) => page.getByRole('status').filter({ hasText: /\w/ });

test('answering Cannot tell is right, and the truth is revealed', async ({ page }) => {
  await openQuiz(page, SEED);
  const cause = causeOf(SEED);
  // The six causes and `Cannot tell`, as the unit tests pin them (src/quiz/grade.test.ts).
  for (const name of ANSWERS) await expect(button(page, name)).toBeVisible();
  await expect(truthPanel(page)).not.toContainText(cause);
  await expect(page.getByText('0 of 0 right')).toBeVisible();

  await button(page, 'Cannot tell').click();
  await expect(verdict(page)).toContainText('Right: the client cannot tell.');
  await expect(truthPanel(page)).toContainText(cause);
  await expect(page.getByText(`What really happened: ${cause} (`)).toBeVisible();
  await expect(page.getByText('Why the client could not have known')).toBeVisible();
  await expect(page.getByText('1 of 1 right · streak 1')).toBeVisible();
});

test('naming the true cause is lucky, another cause wrong', async ({ page }) => {
  await openQuiz(page, SEED);
  await button(page, 'Cannot tell').click();
  await button(page, 'Next question').click();

  const second = nextSeed(SEED);
  await expect(verdict(page)).toHaveCount(0);
  await button(page, causeOf(second)).click();
  await expect(verdict(page)).toContainText(
    'Lucky: right cause, but the client could not have known it.',
  );
  await expect(page.getByText('1 of 2 right · streak 0 · best 1')).toBeVisible();

  await button(page, 'Next question').click();
  const third = causeOf(nextSeed(second));
  const wrong = third === 'request lost' ? 'response lost' : 'request lost';
  await button(page, wrong).click();
  await expect(verdict(page)).toContainText(`Wrong: it was ${third}`);
  await expect(truthPanel(page)).toContainText(third);
});

test('the page before the answer gives nothing away', async ({ page }) => {
  // Two questions on the same simulation seed with different causes.
  const seen = new Map<number, number>();
  let pair: [number, number] | null = null;
  for (let s = 1; pair === null; s++) {
    const { simSeed } = pickQuestion(s);
    const other = seen.get(simSeed);
    if (other !== undefined && causeOf(other) !== causeOf(s)) pair = [other, s];
    else if (other === undefined) seen.set(simSeed, s);
  }
  const shown: string[] = [];
  for (const seed of pair) {
    await openQuiz(page, seed);
    await page.waitForTimeout(200);
    // What is read out, and every element and attribute: nothing to find in the page either.
    shown.push(await page.getByRole('main').ariaSnapshot());
    shown.push(await page.getByRole('main').innerHTML());
  }
  expect(shown[2]).toEqual(shown[0]);
  expect(shown[3]).toEqual(shown[1]);
});

test('keyboard only: answer, go on, answer again', async ({ page }) => {
  await openQuiz(page, SEED);
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await button(page, 'Cannot tell').evaluate((el) => el === document.activeElement)) break;
  }
  await expect(button(page, 'Cannot tell')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(verdict(page)).toContainText('Right');
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if (await button(page, 'Next question').evaluate((el) => el === document.activeElement)) break;
  }
  await expect(button(page, 'Next question')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Which of the six happened/ })).toBeFocused();
  await expect(verdict(page)).toHaveCount(0);
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if (await button(page, 'request lost').evaluate((el) => el === document.activeElement)) break;
  }
  await page.keyboard.press('Enter');
  await expect(verdict(page)).toContainText(/Lucky|Wrong/);
});

test('watch it happen after the reveal', async ({ page }) => {
  await openQuiz(page, SEED);
  await button(page, 'Cannot tell').click();
  await button(page, 'Watch it happen').click();
  await expect(button(page, 'Watch again')).toBeVisible({ timeout: 20_000 });
});

test('lecture mode at 1280×720: keys reveal, go on and blank', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openQuiz(page, SEED, { lecture: true });
  await expect(button(page, 'Menu')).toBeHidden();
  await expect(page.getByText(/right · streak/)).toBeHidden();
  await page.waitForTimeout(300);
  await screenshot(page, '1280-lecture');

  await page.keyboard.press('v');
  await expect(verdict(page)).toContainText('The answer: Cannot tell.');
  await expect(truthPanel(page)).toContainText(causeOf(SEED));
  await page.waitForTimeout(300);
  await screenshot(page, '1280-lecture-revealed');
  await expectNoSeriousAxeViolations(page);

  await page.keyboard.press('b');
  await expect(page.getByText('Screen blanked')).toBeAttached();
  await page.keyboard.press('x');
  await expect(page.getByText('Screen blanked')).not.toBeAttached();

  await page.keyboard.press('PageDown');
  await expect(verdict(page)).toHaveCount(0);
  await expect(truthPanel(page)).not.toContainText(causeOf(nextSeed(SEED)));
});

test('lecture mode at 1920×1080', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openQuiz(page, SEED, { lecture: true });
  await page.waitForTimeout(300);
  await screenshot(page, '1920-lecture');
  await page.keyboard.press('Enter');
  await expect(verdict(page)).toContainText('The answer: Cannot tell.');
  await page.waitForTimeout(300);
  await screenshot(page, '1920-lecture-revealed');
});

test('a phone, 390×844', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openQuiz(page, SEED);
  await page.waitForTimeout(300);
  await screenshot(page, '390-light');
  await button(page, 'Cannot tell').click();
  await expect(verdict(page)).toContainText('Right');
  await page.waitForTimeout(300);
  await screenshot(page, '390-light-revealed');
});

for (const theme of ['light', 'dark'] as Theme[]) {
  test(`no serious axe violations, ${theme}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openQuiz(page, SEED, { theme });
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, `1280-${theme}`);
    await button(page, causeOf(SEED)).click();
    await expect(verdict(page)).toContainText('Lucky');
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, `1280-${theme}-revealed`);
  });
}
