import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Screenshots are for people to look at, so they live in docs/ and are only rewritten on
// request (SCREENSHOTS=1), never by an ordinary run.
async function screenshot(page: Page, name: string) {
  if (process.env.SCREENSHOTS !== '1') return;
  const path = fileURLToPath(new URL(`../docs/screenshots/${name}`, import.meta.url));
  await page.screenshot({ path, fullPage: true });
}

const table = (page: Page) => page.getByRole('table', { name: 'Requests and outcomes' });

/** The body row whose row header is `id`; its cells are Sent, Outcome, Cause, Processed, After. */
const row = (page: Page, id: string) =>
  table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: id, exact: true }) });

const cell = (page: Page, id: string, column: 'sent' | 'outcome' | 'cause') =>
  row(page, id).getByRole('cell').nth(['sent', 'outcome', 'cause'].indexOf(column));

/** The word, as a screen reader hears it: the ✓ / ⏱ mark beside it is aria-hidden. */
const expectOutcome = (page: Page, id: string, outcome: 'ok' | 'timeout') =>
  expect(cell(page, id, 'outcome')).toHaveAccessibleName(outcome);

async function expectNoSeriousAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of serious) {
    console.log(`${v.impact}: ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target).join('\n  ')}`);
  }
  expect(serious.map((v) => v.id)).toEqual([]);
}

test('shows the healthy run by default', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Faultline');
  await expect(page.getByRole('heading', { level: 1, name: 'Faultline' })).toBeVisible();
  await expect(page.getByLabel('Scenario')).toHaveValue('healthy');
  await expect(page.getByText('8 requests: 8 ok, 0 timeouts')).toBeVisible();

  const ids = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8'];
  await expect(table(page).getByRole('rowheader')).toHaveText(ids);
  for (const id of ids) await expectOutcome(page, id, 'ok');
  await expect(cell(page, 'r3', 'sent')).toHaveText('500.0 ms');
  await screenshot(page, 'first-page-1280.png');
});

test('picking "Response lost" shows r3 timing out for that cause', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Scenario').selectOption({ label: 'Response lost' });
  await expectOutcome(page, 'r3', 'timeout');
  await expect(cell(page, 'r3', 'cause')).toHaveText('response lost');
  await expectOutcome(page, 'r2', 'ok');
  // The choice is in the address, so it can be shared.
  await expect(page).toHaveURL(/#preset=response-lost$/);
});

test('a #preset= link opens that preset', async ({ page }) => {
  await page.goto('/#preset=remote-paused');
  await expect(page.getByLabel('Scenario')).toHaveValue('remote-paused');
  await expectOutcome(page, 'r3', 'timeout');
  await expect(cell(page, 'r3', 'cause')).toHaveText('remote paused');
});

test('an unknown preset gets a polite message and the healthy run', async ({ page }) => {
  await page.goto('/#preset=nonsense');
  await expect(page.getByRole('status')).toHaveText(
    'No preset called "nonsense"; showing Healthy.',
  );
  await expect(page.getByLabel('Scenario')).toHaveValue('healthy');
  await expectOutcome(page, 'r3', 'ok');
});

test('the id in the message is text, never markup', async ({ page }) => {
  const id = '<img src=x onerror=alert(1)>';
  await page.goto(`/#preset=${encodeURIComponent(id)}`);
  await expect(page.getByRole('status')).toHaveText(`No preset called "${id}"; showing Healthy.`);
  await expect(page.locator('main img')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`has no serious accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    // A preset with timeouts, so the distinct timeout rows are checked too.
    await page.goto('/#preset=remote-crashed');
    await expectOutcome(page, 'r3', 'timeout');
    await expectNoSeriousAxeViolations(page);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('fits the screen; the table scrolls sideways on its own', async ({ page }) => {
    await page.goto('/#preset=request-queued');
    await expect(page.getByRole('heading', { level: 1, name: 'Faultline' })).toBeVisible();
    await expect(page.getByLabel('Scenario')).toBeVisible();
    await expectOutcome(page, 'r3', 'timeout');

    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(390);
    const region = page.getByRole('region', { name: 'Requests and outcomes' });
    const overflows = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(overflows).toBe(true);
    await screenshot(page, 'first-page-390.png');
    await region.focus();
    await expect(region).toBeFocused();
    await expectNoSeriousAxeViolations(page);
  });
});

// The same run in the browser as in Node: each preset's trace hash matches the golden one that
// the unit tests compute in Node (src/scenario/presets/trace-hashes.json).
const goldenHashes = JSON.parse(
  readFileSync(new URL('../src/scenario/presets/trace-hashes.json', import.meta.url), 'utf8'),
) as Record<string, string>;

test('every preset runs in the browser exactly as in Node (same trace hash)', async ({ page }) => {
  for (const [id, hash] of Object.entries(goldenHashes)) {
    await page.goto(`/#preset=${id}`);
    await expect(page.getByTestId('run-fingerprint'), id).toHaveText(hash);
  }
});
