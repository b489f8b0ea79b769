/**
 * The editor as a user meets it: build a scenario from the start, share it, reload it, undo,
 * and move it in and out as a file. Everything through accessible names.
 */

import { expect, test, type Page } from '@playwright/test';
import { button, eventLog, node, openLab, runToEnd, settledLog } from './support/lab.ts';

const editor = (page: Page) => page.getByRole('complementary', { name: 'Editor' });
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Type into a field of the editor (its name, then its unit); it takes effect on Enter. */
async function setField(page: Page, label: string, value: string) {
  const field = editor(page).getByLabel(new RegExp(`^${label}( \\(.*\\))?$`));
  await field.fill(value);
  await field.press('Enter');
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('build a scenario from the start, share its link, and the receiver sees the same run', async ({
  page,
  browser,
}) => {
  await openLab(page, 'healthy');
  await button(page, 'Edit scenario').click();
  await button(editor(page), 'Start over').click();
  await setField(page, 'Scenario name', 'Two servers');

  // A second server, called backup, joined to the switch, that the client asks.
  await button(editor(page), 'Add server').click();
  await setField(page, 'Name', 'backup');
  await expect(node(page, 'backup')).toBeVisible();
  await editor(page).getByLabel('Cable to', { exact: true }).selectOption({ label: 'switch' });
  await button(editor(page), 'Connect').click();
  await expect(page.getByRole('button', { name: 'cable backup–switch' })).toBeVisible();
  await node(page, 'client').click();
  await editor(page).getByLabel('To', { exact: true }).selectOption({ label: 'backup' });
  await setField(page, 'Timeout', '50');

  // backup crashes at 500 ms.
  await editor(page).getByLabel('Fault', { exact: true }).selectOption({ label: 'Crash process' });
  await editor(page).getByLabel('On', { exact: true }).selectOption({ label: 'backup' });
  await setField(page, 'At', '500');
  await button(editor(page), 'Add fault').click();
  await expect(
    editor(page).getByRole('listitem').filter({ hasText: 'Crash process backup' }),
  ).toBeVisible();

  await runToEnd(page);
  await expect(eventLog(page)).toContainText('connection refused — remote crashed');
  const log = await settledLog(page);
  await button(page, 'Copy link').click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link.length).toBeLessThan(1000);

  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(link);
  await expect(heading(fresh)).toContainText('Two servers');
  await expect(eventLog(fresh)).toContainText('connection refused — remote crashed');
  expect(await settledLog(fresh)).toBe(log);
});

test('a reload keeps every edit, and Undo and Redo step through them', async ({ page }) => {
  await openLab(page, 'response-lost');
  await button(page, 'Edit scenario').click();
  await node(page, 'server').click();
  await button(editor(page), 'Remove node').click();
  await expect(node(page, 'server')).toHaveCount(0);
  await page.reload();
  await expect(node(page, 'client')).toBeVisible();
  await expect(node(page, 'server')).toHaveCount(0);

  await button(page, 'Edit scenario').click();
  await button(editor(page), 'Add switch').click();
  await expect(node(page, 'switch 2')).toBeVisible();
  await button(editor(page), 'Undo').click();
  await expect(node(page, 'switch 2')).toHaveCount(0);
  await page.locator('body').press('Control+Shift+Z');
  await expect(node(page, 'switch 2')).toBeVisible();
});

test('a bad file names its problem and changes nothing; a good one opens', async ({ page }) => {
  await openLab(page, 'response-lost');
  await button(page, 'Edit scenario').click();
  const file = editor(page).getByLabel('Scenario file to import');
  await file.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"version": 1, "nodes": [{"id": "a", "kind": "robot"}]}'),
  });
  await expect(editor(page).getByRole('status')).toContainText('broken.json was not opened');
  await expect(editor(page).getByRole('status')).toContainText('kind');
  await expect(heading(page)).toContainText('Response lost');

  const download = page.waitForEvent('download');
  await button(editor(page), 'Export JSON').click();
  const saved = await (await download).path();
  const { readFileSync } = await import('node:fs');
  const scenario = JSON.parse(readFileSync(saved, 'utf8')) as { name: string };
  expect(scenario.name).toBe('Response lost');
  await file.setInputFiles({
    name: 'renamed.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...scenario, name: 'Imported' })),
  });
  await expect(heading(page)).toContainText('Imported');
});

test('a clock off by 50 ms, set in the editor, shows in the inspector', async ({ page }) => {
  await openLab(page, 'healthy');
  await button(page, 'Edit scenario').click();
  await node(page, 'client').click();
  await editor(page).getByLabel('An imperfect clock: off, drifting, maybe synced').check();
  await setField(page, 'Clock off by', '50');
  await node(page, 'server').click();
  await editor(page)
    .getByLabel(/^Last write wins/)
    .check();
  await button(page, 'Edit scenario').click();
  await node(page, 'client').click();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText(
    '(50 ms ahead)',
  );
});
