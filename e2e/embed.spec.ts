/**
 * The embed layout (`embed=1`): what an iframe in a slide or a course page shows, and its way
 * out to the full lab.
 */

import { expect, test } from '@playwright/test';
import { button, clientPanel, expectNoSeriousAxeViolations, truthPanel } from './support/lab.ts';

test('embed=1 shows the stage and the two views, and opens the full lab', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 450 });
  await page.goto('/#preset=remote-paused&truth=1&embed=1');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Remote paused');
  await expect(button(page, 'Play')).toBeVisible();
  await expect(clientPanel(page)).toBeVisible();
  await expect(truthPanel(page)).toBeVisible();
  // Little chrome: no presets, no editor, no log.
  await expect(page.getByLabel('Scenario', { exact: true })).toHaveCount(0);
  await expect(button(page, 'Edit scenario')).toHaveCount(0);
  await expect(page.getByRole('log', { name: 'Event log' })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('slider', { name: 'Time' }).fill('700000');
  const out = page.getByRole('link', { name: 'Open in Faultline' });
  await expect(out).toHaveAttribute('href', /#preset=remote-paused&t=700000&truth=1$/);
  const popup = page.waitForEvent('popup');
  await out.click();
  const full = await popup;
  await expect(full).toHaveURL(/#preset=remote-paused&t=700000&truth=1$/);
  await expect(full.getByLabel('Scenario', { exact: true })).toBeVisible();
  await expect(full.getByRole('slider', { name: 'Time' })).toHaveAttribute(
    'aria-valuetext',
    /^700\.0 ms/,
  );
});

test('embedded in an iframe, it runs', async ({ page }) => {
  await page.goto('/#preset=healthy');
  await page.setContent(
    `<iframe title="Faultline" src="${page.url().replace(/#.*/, '')}#preset=request-lost&embed=1" width="720" height="420"></iframe>`,
  );
  const frame = page.frameLocator('iframe[title="Faultline"]');
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('Request lost');
  await frame.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(frame.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
});
