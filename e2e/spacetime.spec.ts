/**
 * The space-time diagram through the interface: the stage's switch, arrows a keyboard can
 * reach, selection both ways with the panels and the log, the client's view (forced while the
 * truth is hidden), exporting, and axe in both themes.
 */

import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  button,
  clientPanel,
  eventLog,
  expectNoSeriousAxeViolations,
  firstTimeoutLine,
  openLab,
  reveal,
  setSpeed,
  truthPanel,
  type Theme,
} from './support/lab.ts';

const diagram = (page: Page) => page.getByRole('group', { name: /^Space-time diagram of/ });
const request = (page: Page, id: string) =>
  diagram(page).getByRole('button', { name: new RegExp(`^${id}:`) });

/** Run a cause preset past r3's timeout, pause, and show the diagram. */
async function openDiagramAfterTimeout(page: Page, preset: string, theme: Theme = 'light') {
  await openLab(page, preset, theme);
  await setSpeed(page, 'ArrowRight', 2);
  await button(page, 'Play').click();
  await firstTimeoutLine(page);
  await button(page, 'Pause').click();
  await button(page, 'Space-time diagram').click();
  await expect(button(page, 'Space-time diagram')).toHaveAttribute('aria-pressed', 'true');
  await expect(request(page, 'r3')).toBeVisible();
}

test('the diagram tells what happened to each request, and selects it everywhere', async ({
  page,
}) => {
  await openDiagramAfterTimeout(page, 'remote-paused');
  await expect(request(page, 'r3')).toHaveAccessibleName(/^r3: .*timed out \(remote paused\)/);
  expect(await diagram(page).locator('[data-request] line[marker-end]').count()).toBeGreaterThan(4);

  // Selecting r3's arrows highlights r3 in both panels and the log.
  await request(page, 'r3').focus();
  await page.keyboard.press('Enter');
  await expect(request(page, 'r3')).toHaveAttribute('aria-pressed', 'true');
  await expect(truthPanel(page).getByRole('listitem', { name: /^r3,/ })).toHaveAttribute(
    'data-highlight',
    '',
  );
  await expect(clientPanel(page).getByRole('listitem', { name: /^r3,/ })).toHaveAttribute(
    'data-highlight',
    '',
  );
  await expect(eventLog(page).locator('[data-highlight]').first()).toContainText('r3');
  await expect(request(page, 'r2')).toHaveAttribute('data-emphasis', 'off');

  // The drawing of the network shows r3 larger and ringed, and says so in words.
  await button(page, 'Network').click();
  await expect(page.getByText('r3 highlighted')).toBeVisible();
  await button(page, 'Space-time diagram').click();

  // And the other way round: pointing at r2 in a panel emphasises r2 in the diagram.
  await clientPanel(page).getByRole('listitem', { name: /^r2,/ }).hover();
  await expect(request(page, 'r2')).toHaveAttribute('data-emphasis', 'on');
  await expect(request(page, 'r3')).toHaveAttribute('data-emphasis', 'off');
});

test('the client’s view hides the network, and is forced while the truth is hidden', async ({
  page,
}) => {
  await openDiagramAfterTimeout(page, 'request-lost');
  const toggle = button(page, "Client's view");
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(diagram(page)).toContainText('switch');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(diagram(page)).toHaveAccessibleName(/what client knows/);
  await expect(diagram(page)).not.toContainText('switch');
  await expect(request(page, 'r3')).toHaveAccessibleName(/^r3: sent at 500 ms, timed out/);
  await expect(request(page, 'r3')).not.toHaveAccessibleName(/request lost/);
  await toggle.click();
  await expect(diagram(page)).toContainText('switch');

  await button(page, 'Hide what really happened').click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle).toHaveAttribute('aria-disabled', 'true');
  await expect(toggle).toHaveAccessibleDescription(/truth is hidden/);
  await expect(diagram(page)).not.toContainText('switch');
  // It stays focusable (so its explanation can be read), but a click changes nothing.
  await toggle.dispatchEvent('click');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await reveal(page);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});

test('Export SVG downloads the diagram as a standalone file', async ({ page }) => {
  await openDiagramAfterTimeout(page, 'response-lost');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    button(page, 'Export SVG').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^faultline-response-lost-\d+ms\.svg$/);
  const svg = readFileSync((await download.path())!, 'utf8');
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg).toContain('<title>Space-time diagram of Response lost');

  const [png] = await Promise.all([
    page.waitForEvent('download'),
    button(page, 'Export PNG').click(),
  ]);
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  const bytes = readFileSync((await png.path())!);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
});

test('the network comes back as it was', async ({ page }) => {
  await openDiagramAfterTimeout(page, 'remote-crashed');
  await button(page, 'Network').click();
  await expect(page.getByRole('button', { name: /^server,/ })).toBeVisible();
  await expect(diagram(page)).toHaveCount(0);
});

for (const theme of ['light', 'dark'] as Theme[]) {
  test(`axe finds nothing serious in the diagram, ${theme}`, async ({ page }) => {
    await openDiagramAfterTimeout(page, 'response-delayed', theme);
    await expectNoSeriousAxeViolations(page);
    await button(page, "Client's view").click();
    await expectNoSeriousAxeViolations(page);
  });
}
