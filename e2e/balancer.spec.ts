/**
 * A load balancer as a user meets it (concepts.md C2, C4): it keeps sending to a dead server
 * until its health checks have failed, says so when it takes it out, and keeps a slow server
 * whose checks pass.
 */

import { expect, test } from '@playwright/test';
import {
  button,
  eventLog,
  expectNoSeriousAxeViolations,
  inspector,
  node,
  openLab,
  setSpeed,
} from './support/lab.ts';

test('a dead server stays in rotation until its checks fail, and the requests sent to it are lost', async ({
  page,
}) => {
  await openLab(page, 'load-balancer');
  await setSpeed(page, 'ArrowRight', 5);
  await button(page, 'Play').click();
  await expect(eventLog(page)).toContainText('balancer took server 2 out of rotation', {
    timeout: 30_000,
  });
  await button(page, 'Pause').click();
  await expect(eventLog(page)).toContainText(/r23 timeout — remote crashed/);

  await node(page, 'balancer').click();
  const rotation = inspector(page).getByRole('region', { name: 'Rotation' });
  await expect(rotation.getByRole('listitem').filter({ hasText: 'server 2' })).toContainText(
    'out of rotation',
  );
  await expect(rotation.getByRole('listitem').filter({ hasText: 'server 1' })).toContainText(
    'in rotation',
  );
  await expectNoSeriousAxeViolations(page);
});

test('a slow server whose health checks pass stays in rotation: a gray failure', async ({
  page,
}) => {
  await openLab(page, 'gray-failure');
  await setSpeed(page, 'ArrowRight', 5);
  await button(page, 'Play').click();
  await expect(eventLog(page)).toContainText(/r\d+ timeout — request queued/, { timeout: 30_000 });
  await button(page, 'Pause').click();
  await node(page, 'balancer').click();
  const rotation = inspector(page).getByRole('region', { name: 'Rotation' });
  await expect(rotation.getByRole('listitem').filter({ hasText: 'server 2' })).toContainText(
    '✓ in rotation',
  );
  await expect(eventLog(page)).not.toContainText('out of rotation');
});

test('a link monitor polls the switches and takes a powered-off server out at once', async ({
  page,
}) => {
  await openLab(page, 'link-monitor');
  await page.getByRole('slider', { name: 'Time' }).fill('1300000');
  await node(page, 'balancer').click();
  await expect(inspector(page)).toContainText(
    'Link monitor: polled the switches at 1.250 s: 1 link down.',
  );
  await expect(eventLog(page)).toContainText('balancer’s link monitor found server 2’s link down');
  const rotation = inspector(page).getByRole('region', { name: 'Rotation' });
  await expect(rotation.getByRole('listitem').filter({ hasText: 'server 2' })).toContainText(
    'out of rotation',
  );
});
