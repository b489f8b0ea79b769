/**
 * What the network sometimes tells the client (concepts.md C1), as a user finds it: a crashed
 * process on a live machine is refused at once, a machine that is off gives only silence, and a
 * router whose link is down says host unreachable.
 */

import { expect, test, type Page } from '@playwright/test';
import {
  button,
  clientPanel,
  eventLog,
  expectNoSeriousAxeViolations,
  firstTimeoutLine,
  inspector,
  node,
  openLab,
  setSpeed,
  truthPanel,
} from './support/lab.ts';

/** Seconds on the clock, from `1.250 s` or `250.0 ms`. */
function seconds(text: string): number {
  const match = /([\d,.]+) (s|ms)\b/.exec(text);
  expect(match, `a time in "${text}"`).toBeTruthy();
  const value = Number(match![1]!.replace(/,/g, ''));
  return match![2] === 's' ? value : value / 1000;
}

async function play(page: Page) {
  await setSpeed(page, 'ArrowRight', 4);
  await button(page, 'Play').click();
}

test('crash the server’s process: the next request is refused within a round trip', async ({
  page,
}) => {
  await openLab(page, 'healthy', 'light', false);
  await node(page, 'server').click();
  await button(inspector(page), 'Crash process').click();
  await play(page);
  const line = eventLog(page)
    .getByRole('listitem')
    .filter({ hasText: / r\d+ connection refused/ })
    .first();
  await expect(line).toBeVisible({ timeout: 20_000 });
  await button(page, 'Pause').click();
  const id = /\b(r\d+)\b/.exec(await line.innerText())![1]!;

  // The client knows it was refused, and so that the work was not done; it was quick.
  const row = clientPanel(page).getByRole('listitem', { name: new RegExp(`^${id},`) });
  await expect(row).toContainText('connection refused');
  await expect(row).toContainText('Refused at once: the request was not processed');
  const sentAt = seconds(/sent at ([^,]+)/.exec((await row.getAttribute('aria-label')) ?? '')![1]!);
  const refusedAt = seconds(await line.innerText());
  expect(refusedAt - sentAt).toBeLessThan(0.1);
  await expect(eventLog(page)).not.toContainText(/ r\d+ timeout/);

  await button(page, 'Reveal what really happened').click();
  const truth = truthPanel(page).getByRole('listitem', { name: new RegExp(`^${id},`) });
  await expect(truth).toContainText('An RST came back from server');
  await expect(truth).toContainText('never processed');
  await expectNoSeriousAxeViolations(page);
});

test('power the server off instead: nothing answers, and the request times out', async ({
  page,
}) => {
  await openLab(page, 'healthy', 'light', false);
  await node(page, 'server').click();
  await button(inspector(page), 'Power off').click();
  await play(page);
  const line = await firstTimeoutLine(page);
  await button(page, 'Pause').click();
  await expect(line).toContainText('timeout');
  await expect(eventLog(page)).not.toContainText(/connection refused|connection reset/);
});

test('a router whose link is down answers host unreachable; a cut beyond it is silence', async ({
  page,
}) => {
  await openLab(page, 'host-unreachable');
  await expect(node(page, 'router')).toBeVisible();
  await play(page);
  await expect(eventLog(page)).toContainText('r3 host unreachable — request lost', {
    timeout: 20_000,
  });
  const truth = truthPanel(page).getByRole('listitem', { name: /^r3,/ });
  await expect(truth).toContainText('An ICMP destination unreachable came back from router');
  await expectNoSeriousAxeViolations(page);

  await openLab(page, 'cut-beyond-router');
  await play(page);
  await expect(eventLog(page)).toContainText('r3 timeout — request lost', { timeout: 20_000 });
  await expect(eventLog(page)).not.toContainText('unreachable');
});

test('a process that dies mid-request resets the connection; the client cannot tell if it was done', async ({
  page,
}) => {
  await openLab(page, 'process-crashed', 'light', false);
  await play(page);
  const row = clientPanel(page).getByRole('listitem', { name: /^r3,/ });
  await expect(row).toContainText('connection reset', { timeout: 20_000 });
  await expect(row).toContainText('cannot tell whether the work was done');
  await expect(clientPanel(page).getByRole('listitem', { name: /^r4,/ })).toContainText(
    'connection refused',
    { timeout: 20_000 },
  );
});
