/**
 * Links through the interface: `Copy link` reproduces what was on screen in a fresh page, the
 * QR code holds the same link, Back and Forward move between scenarios, and hostile links show
 * a message while nothing in them runs.
 */

import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { button, eventLog, inspector, node, openLab, settledLog } from './support/lab.ts';

const time = (page: Page) => page.getByRole('slider', { name: 'Time' });
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const base64url = (bytes: Buffer) => bytes.toString('base64url');

async function copiedLink(page: Page): Promise<string> {
  await button(page, 'Copy link').click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a copied link opens the same run, at the same moment, in a fresh page', async ({
  page,
  browser,
}) => {
  await openLab(page, 'healthy');
  await time(page).fill('300000');
  await node(page, 'server').click();
  await button(inspector(page), 'Crash process').click();
  await time(page).fill('900000');
  await expect(time(page)).toHaveAttribute('aria-valuetext', /^9\d\d\.\d ms/);
  const moment = (await time(page).getAttribute('aria-valuetext'))!;
  // The process crashed on a machine that is up: its operating system refuses r4 at once.
  await expect(eventLog(page)).toContainText('r4 connection refused — remote crashed');
  const log = await settledLog(page);
  const link = await copiedLink(page);
  expect(link).toMatch(/#v=1&s=[\w-]+&t=9\d{5}&truth=1$/);

  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(link);
  await expect(time(fresh)).toHaveAttribute('aria-valuetext', moment);
  await expect(heading(fresh)).toContainText('Healthy');
  await expect(node(fresh, 'server')).toHaveAccessibleName(/crashed/);
  // The same log, except that the crash was clicked there and is in the schedule here.
  const clicked = log.replace('You crashed', 'The schedule crashed');
  await expect(eventLog(fresh)).toContainText('The schedule crashed process server');
  expect(await settledLog(fresh)).toBe(clicked);
});

test('the QR code holds the link to the scenario', async ({ page }) => {
  await openLab(page, 'response-lost');
  const link = await copiedLink(page);
  await button(page, 'Show QR code').click();
  const code = page.getByRole('img', { name: 'QR code of the link to this scenario' });
  await expect(code).toBeVisible();
  const box = (await code.boundingBox())!;
  expect(box.width).toBeGreaterThan(300);
  const png = PNG.sync.read(await code.screenshot());
  const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(read?.data).toBe(link);
  await page.keyboard.press('Escape');
  await expect(code).toBeHidden();
  await expect(button(page, 'Show QR code')).toBeFocused();
});

test('Back and Forward move between the scenarios opened, not between moments', async ({
  page,
}) => {
  await openLab(page, 'healthy');
  await button(page, 'Play').click();
  await page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'Request lost' });
  await expect(heading(page)).toContainText('Request lost');
  await time(page).fill('400000');
  await expect(page).toHaveURL(/&t=400000/);
  await page.goBack();
  await expect(heading(page)).toContainText('Healthy');
  await page.goForward();
  await expect(heading(page)).toContainText('Request lost');
  await expect(time(page)).toHaveAttribute('aria-valuetext', /^400\.0 ms/);
});

test.describe('a hostile link shows a message and opens the healthy network', () => {
  const opens = async (page: Page, fragment: string, message: RegExp) => {
    page.on('dialog', () => {
      throw new Error('a link made the page open a dialog');
    });
    await page.goto(`/#${fragment}`);
    await expect(page.getByRole('status').filter({ hasText: message })).toBeVisible();
    await expect(heading(page)).toContainText('Healthy');
    await expect(button(page, 'Play')).toBeVisible();
  };

  test('cut short', async ({ page }) => {
    const scenario = readFileSync('src/scenario/presets/trace-hashes.json', 'utf8');
    const s = base64url(deflateRawSync(scenario)).slice(0, 40);
    await opens(page, `v=1&s=${s}`, /did not open: it is damaged/);
  });

  test('from a future version', async ({ page }) => {
    await opens(page, `v=7&s=${base64url(deflateRawSync('{}'))}`, /newer Faultline/);
  });

  // Chromium itself refuses addresses over 2 MB (the unit tests read a 10 MB fragment).
  test('two megabytes long, without hanging', async ({ page }) => {
    await opens(page, `v=1&s=${'A'.repeat(1_900_000)}`, /1,900,00\d characters long/);
  });

  test('with markup in a label, which stays text', async ({ page }) => {
    const label = '<img src=x onerror=alert(1)>';
    const scenario = {
      version: 1,
      nodes: [
        { id: 'c', kind: 'client', label },
        { id: 's', kind: 'server' },
      ],
      cables: [{ a: 'c', b: 's' }],
      workloads: [{ client: 'c', server: 's' }],
    };
    await page.goto(`/#v=1&s=${base64url(deflateRawSync(JSON.stringify(scenario)))}`);
    await expect(page.getByRole('button', { name: `${label}, running` })).toBeVisible();
    await expect(page.locator('img')).toHaveCount(0);
  });
});
