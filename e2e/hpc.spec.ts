import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './support/lab.ts';

/** The percent a card shows in bold: `Useful work 68%` gives 68. */
async function shareIn(page: Page, card: string): Promise<number> {
  const text = await page.getByRole('region', { name: card }).locator('strong').innerText();
  return Number(text.replace('%', ''));
}

test('the job collapses as the machine grows, the service keeps serving', async ({ page }) => {
  await page.goto('/#hpc');
  await expect(page.getByRole('heading', { name: /Supercomputers and the cloud/ })).toBeVisible();
  const nodes = page.getByRole('slider', { name: 'Number of nodes' });
  await expect(nodes).toHaveAttribute('aria-valuetext', '10,000 nodes');
  const before = await shareIn(page, 'The job');
  expect(before).toBeGreaterThan(55);

  await nodes.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(nodes).toHaveAttribute('aria-valuetext', '50,000 nodes');
  await expect.poll(() => shareIn(page, 'The job')).toBeLessThan(before);
  expect(await shareIn(page, 'The service')).toBeGreaterThan(99.9);

  await page.getByRole('button', { name: 'Use Young’s interval' }).click();
  await expect(page.getByRole('spinbutton', { name: 'Checkpoint interval τ' })).toHaveValue('37');
  expect(await shareIn(page, 'The job')).toBeLessThan(50);
  expect(await shareIn(page, 'The service')).toBeGreaterThan(99.9);

  await expectNoSeriousAxeViolations(page);
});

test('the site menu opens the page', async ({ page }) => {
  await page.goto('/#six');
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('link', { name: /Supercomputers and the cloud/ }).click();
  await expect(page.getByRole('slider', { name: 'Number of nodes' })).toBeVisible();
});

test('the address holds the machine: a link opens the same settings', async ({ page }) => {
  await page.goto('/#hpc&nodes=100000&tau=60');
  const nodes = page.getByRole('slider', { name: 'Number of nodes' });
  await expect(nodes).toHaveAttribute('aria-valuetext', '100,000 nodes');
  const tau = page.getByRole('spinbutton', { name: 'Checkpoint interval τ' });
  await expect(tau).toHaveValue('60');
  // Young's interval for 100,000 nodes failing every 26 minutes, 13-minute checkpoints: 26.
  await page.getByRole('button', { name: 'Use Young’s interval' }).click();
  await expect(tau).toHaveValue('26');
  await expect(page).toHaveURL(/#hpc&nodes=100000&tau=26$/);
});
