/**
 * The lab as a user meets it, for the end-to-end tests: everything is found by its role and
 * accessible name, the contract in docs/product.md.
 */

import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

export type Theme = 'light' | 'dark';

/** Open a preset, with the theme and the reveal setting chosen before the page loads. */
export async function openLab(
  page: Page,
  preset = 'healthy',
  theme: Theme = 'light',
  reveal = true,
) {
  // Only when nothing is saved yet: a reload must keep what the user chose since.
  await page.addInitScript(
    ([t, r]) => {
      if (localStorage.getItem('faultline.preferences') === null) {
        const preferences = JSON.stringify({ theme: t, revealByDefault: r });
        localStorage.setItem('faultline.preferences', preferences);
      }
    },
    [theme, reveal] as const,
  );
  await page.goto(`/#preset=${preset}`);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
}

export const eventLog = (page: Page) => page.getByRole('log', { name: 'Event log' });

/**
 * The event log's text once it has stopped changing: the log gathers its updates (at most two a
 * second, for screen readers), so a read right after the run moves may be one batch behind.
 */
export async function settledLog(page: Page): Promise<string> {
  let last: string | undefined;
  const unchanged = async () => {
    const now = await eventLog(page).innerText();
    const same = now === last;
    last = now;
    return same;
  };
  await expect.poll(unchanged, { intervals: [700], timeout: 15_000 }).toBe(true);
  return last ?? '';
}
export const clientPanel = (page: Page) =>
  page.getByRole('region', { name: 'What the client knows' });
export const truthPanel = (page: Page) =>
  page.getByRole('region', { name: 'What really happened' });
export const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

/** A node of the drawing: its name begins with its label, then its state. */
export const node = (page: Page, label: string) =>
  page.getByRole('button', { name: new RegExp(`^${label},`) });
export const cable = (page: Page, a: string, b: string) =>
  page.getByRole('button', { name: `cable ${a}–${b}`, exact: true });
export const button = (scope: Page | Locator, name: string) =>
  scope.getByRole('button', { name, exact: true });

/** The speed slider moves in steps of 1, 2 and 5: 0.01× … 100×. */
export async function setSpeed(
  page: Page,
  key: 'Home' | 'End' | 'ArrowRight' | 'ArrowLeft',
  times = 1,
) {
  const slider = page.getByRole('slider', { name: 'Speed' });
  for (let i = 0; i < times; i++) await slider.press(key);
}

/** Run to the end at the fastest speed, and wait until the lab says it ended. */
export async function runToEnd(page: Page) {
  await setSpeed(page, 'End');
  await button(page, 'Play').click();
  await expect(page.getByText(/Ended at/)).toBeVisible({ timeout: 30_000 });
}

/** The first line of the log that reports a timeout, once there is one. */
export async function firstTimeoutLine(page: Page): Promise<Locator> {
  const line = eventLog(page)
    .getByText(/ r\d+ .*timeout/)
    .first();
  await expect(line).toBeVisible({ timeout: 20_000 });
  return line;
}

/** The request id (`r2`) in a log line. */
export async function requestIn(line: Locator): Promise<string> {
  const text = await line.innerText();
  const id = /\b(r\d+)\b/.exec(text)?.[1];
  expect(id, `a request id in "${text}"`).toBeTruthy();
  return id!;
}

export async function reveal(page: Page) {
  const show = button(page, 'Reveal what really happened');
  if (await show.isVisible()) await show.click();
  await expect(button(page, 'Hide what really happened')).toBeVisible();
}

export async function expectNoSeriousAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`),
  ).toEqual([]);
}
