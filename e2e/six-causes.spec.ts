/**
 * The heart of the lab: from the healthy preset, make each of the six causes happen by clicking
 * as a user would, let a request time out, reveal, and see that the log and the truth panel
 * name the cause while the client panel says only `timeout`.
 */

import { expect, test, type Page } from '@playwright/test';
import {
  button,
  cable,
  clientPanel,
  eventLog,
  firstTimeoutLine,
  inspector,
  node,
  openLab,
  requestIn,
  reveal,
  setSpeed,
  truthPanel,
} from './support/lab.ts';

interface Case {
  cause: string;
  /** What the user does to the healthy network, at time 0. */
  breakIt(page: Page): Promise<void>;
}

const form = (page: Page, name: string) => inspector(page).getByRole('form', { name });

const CASES: Case[] = [
  {
    cause: 'request lost',
    async breakIt(page) {
      await cable(page, 'switch', 'server').click();
      await button(inspector(page), 'Cut cable').click();
    },
  },
  {
    cause: 'request queued',
    async breakIt(page) {
      // Work floods in faster than two workers serve it, into a queue big enough to hold it.
      await node(page, 'server').click();
      const overload = form(page, 'Overload');
      await overload.getByLabel('Arrival rate').fill('500');
      await overload.getByLabel('Service time').fill('10');
      await overload.getByLabel('Queue capacity').fill('1000');
      await overload.getByLabel('Duration').fill('');
      await button(overload, 'Overload').click();
    },
  },
  {
    cause: 'remote crashed',
    async breakIt(page) {
      await node(page, 'server').click();
      await button(inspector(page), 'Power off').click();
    },
  },
  {
    cause: 'remote paused',
    async breakIt(page) {
      await node(page, 'server').click();
      await button(inspector(page), 'Pause process').click();
    },
  },
  {
    cause: 'response lost',
    async breakIt(page) {
      await cable(page, 'switch', 'server').click();
      await button(inspector(page), 'Cut server → switch').click();
    },
  },
  {
    cause: 'response delayed',
    async breakIt(page) {
      await cable(page, 'switch', 'server').click();
      const degrade = form(page, 'Degrade');
      await degrade.getByLabel('Direction').selectOption({ label: 'server → switch' });
      await degrade.getByLabel('Latency').fill('300');
      await button(degrade, 'Apply').click();
    },
  },
];

for (const { cause, breakIt } of CASES) {
  test(`from healthy, clicks make a request time out because of “${cause}”`, async ({ page }) => {
    await openLab(page, 'healthy', 'light', false);
    await breakIt(page);
    await expect(inspector(page).getByRole('status')).not.toBeEmpty();
    await setSpeed(page, 'ArrowRight', 4);
    await button(page, 'Play').click();
    const line = await firstTimeoutLine(page);
    await button(page, 'Pause').click();
    const id = await requestIn(line);

    // Hidden: the log says only what the client saw, and the truth panel shows nothing.
    await expect(line).toContainText('timeout');
    await expect(line).not.toContainText(cause);
    // (The hidden panel lists the six possibilities for the class to guess from, not the answer.)
    await expect(
      truthPanel(page).getByRole('listitem', { name: new RegExp(`^${id},`) }),
    ).toHaveCount(0);
    await expect(truthPanel(page)).not.toContainText('of the six:');

    await reveal(page);
    await expect(
      eventLog(page)
        .getByText(new RegExp(` ${id} .*timeout`))
        .first(),
    ).toContainText(cause);
    const truth = truthPanel(page).getByRole('listitem', { name: new RegExp(`^${id},`) });
    await expect(truth).toContainText(cause);
    const client = clientPanel(page).getByRole('listitem', { name: new RegExp(`^${id},`) });
    await expect(client).toContainText('timeout');
    await expect(clientPanel(page)).not.toContainText(cause);
  });
}
