/**
 * Loss becomes delay under a TCP-like transport (concepts.md A5, D8), and a clock cut off from
 * its time server (F4), as a new user meets them: through the log, the inspector, the
 * space-time diagram, the Round trips stage and the editor, all by accessible names.
 */

import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  button,
  eventLog,
  expectNoSeriousAxeViolations,
  inspector,
  node,
  openLab,
  reveal,
  runToEnd,
  settledLog,
} from './support/lab.ts';

const time = (page: Page) => page.getByRole('slider', { name: 'Time' });
const editor = (page: Page) => page.getByRole('complementary', { name: 'Editor' });
const diagram = (page: Page) => page.getByRole('group', { name: /^Space-time diagram of/ });
const roundTripTable = (page: Page) =>
  page.getByRole('table', { name: 'Round trips client measured' });
const RESENT = /TCP sent it again/;

/** Type into a field of the editor (its name, then its unit); it takes effect on Enter. */
async function setField(scope: Locator, label: string, value: string) {
  const field = scope.getByLabel(new RegExp(`^${label}( \\(.*\\))?$`));
  await field.fill(value);
  await field.press('Enter');
}

/** Move the Time slider to `us` and wait until the lab is there (the slider moves in steps). */
async function seek(page: Page, us: number) {
  await time(page).fill(String(us));
  const nowUs = async () => lineTimeUs((await time(page).getAttribute('aria-valuetext')) ?? '');
  await expect.poll(async () => Math.abs((await nowUs()) - us)).toBeLessThan(20_000);
}

/** Microseconds from a log line's time, `5.507 s` or `850.0 ms`. */
function lineTimeUs(text: string): number {
  const match = /^\s*([\d,.]+) (s|ms)\b/.exec(text);
  expect(match, `a time at the start of "${text}"`).toBeTruthy();
  const value = Number(match![1]!.replace(/,/g, ''));
  return Math.round(match![2] === 's' ? value * 1e6 : value * 1e3);
}

/** A duration as the Round trips table writes it (`234 ms`, `1.2 s`), in ms. */
function durationMs(text: string): number {
  const match = /([\d,.]+) (s|ms|µs)/.exec(text);
  expect(match, `a duration in "${text}"`).toBeTruthy();
  const value = Number(match![1]!.replace(/,/g, ''));
  return match![2] === 's' ? value * 1000 : match![2] === 'ms' ? value : value / 1000;
}

/** The value beside a row's name in the Round trips table. */
const tableValue = (page: Page, row: string) =>
  roundTripTable(page)
    .getByRole('row', { name: new RegExp(`^${row}\\s`) })
    .getByRole('cell');

test('the scenario menu offers it under Where delay comes from', async ({ page }) => {
  await openLab(page, 'healthy');
  const menu = page.getByLabel('Scenario', { exact: true });
  await expect(
    menu.locator('optgroup[label="Where delay comes from"]').getByRole('option', {
      name: 'Loss becomes delay: TCP sends it again',
    }),
  ).toHaveCount(1);
  await menu.selectOption({ label: 'Loss becomes delay: TCP sends it again' });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Loss becomes delay');
  await expect(page).toHaveURL(/preset=loss-becomes-delay/);
});

test('loss becomes delay: nothing times out, and only the truth shows TCP sending again', async ({
  page,
}) => {
  await openLab(page, 'loss-becomes-delay');
  await runToEnd(page);
  const revealed = await settledLog(page);
  expect(revealed).toMatch(/r\d+\s+request lost; client’s TCP sent it again/);
  expect(revealed).toMatch(/r\d+\s+response lost; server’s TCP sent it again/);
  expect(revealed).not.toMatch(/timeout/);

  // Every request the client sent was answered: none timed out, none is still waiting.
  await node(page, 'client').click();
  const sent = /sent ([\d,]+) requests; 0 waiting/.exec(await inspector(page).innerText());
  expect(sent, 'the inspector counts the requests sent').toBeTruthy();
  await button(page, 'Round trips').click();
  await expect(tableValue(page, 'Responses measured')).toHaveText(sent![1]!);
  await expect(tableValue(page, 'No answer at all')).toHaveText('0');
  await expect(tableValue(page, 'Later than the timeout')).toHaveText('0');

  // The client's program never hears of a loss: hidden, the log says nothing of it.
  await button(page, 'Hide what really happened').click();
  await expect(eventLog(page)).not.toContainText(RESENT);
  const hidden = await settledLog(page);
  expect(hidden).not.toMatch(/TCP|lost/);
  expect(hidden).toMatch(/r\d+\s+ok/);
  await reveal(page);
  await expect(eventLog(page)).toContainText(RESENT);
});

test('the diagram tags a resent copy, in the truth only; axe finds nothing serious', async ({
  page,
}) => {
  // Two axe runs on a full diagram take a while on a loaded machine.
  test.slow();
  await openLab(page, 'loss-becomes-delay');
  await runToEnd(page);
  await settledLog(page);
  // A response lost twice: its second copy leaves 400 ms after the first.
  const line = eventLog(page)
    .getByRole('listitem')
    .filter({ hasText: /response lost; server’s TCP sent it again \(2nd time\)/ })
    .first();
  const at = lineTimeUs(await line.innerText());
  const id = /\b(r\d+)\b/.exec(await line.innerText())![1]!;

  await seek(page, at + 100_000);
  await button(page, 'Space-time diagram').click();
  await expect(button(page, 'Space-time diagram')).toHaveAttribute('aria-pressed', 'true');
  await expect(diagram(page)).toHaveAccessibleName(/what really happened/);
  const tags = diagram(page)
    .locator('text')
    .filter({ hasText: /^resent/ });
  await expect(tags.filter({ hasText: /^resent$/ })).not.toHaveCount(0);
  await expect(tags.filter({ hasText: /^resent ×2$/ })).toHaveCount(1);
  // The request's own story: its answer was lost, and it was answered all the same.
  await expect(
    diagram(page).getByRole('button', { name: new RegExp(`^${id}:`) }),
  ).toHaveAccessibleName(/response lost between .* answered in \d+ ms/);
  await expectNoSeriousAxeViolations(page);

  // What the client knows has no resent copies: its program never sees them.
  await button(page, "Client's view").click();
  await expect(diagram(page)).toHaveAccessibleName(/what client knows/);
  await expect(
    diagram(page)
      .locator('text')
      .filter({ hasText: /resent/ }),
  ).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
});

test('a request its client’s TCP sent again is still one send to the client', async ({ page }) => {
  await openLab(page, 'loss-becomes-delay');
  await runToEnd(page);
  await settledLog(page);
  const line = eventLog(page)
    .getByRole('listitem')
    .filter({ hasText: /request lost; client’s TCP sent it again/ })
    .first();
  const at = lineTimeUs(await line.innerText());
  const id = /\b(r\d+)\b/.exec(await line.innerText())![1]!;
  await seek(page, at + 100_000);
  await button(page, 'Space-time diagram').click();
  await button(page, "Client's view").click();
  await expect(diagram(page)).toHaveAccessibleName(/what client knows/);
  await expect(
    diagram(page).getByRole('button', { name: new RegExp(`^${id}:`) }),
  ).toHaveAccessibleName(new RegExp(`^${id}: sent at [\\d.]+ s, answered at [\\d.]+ s$`), {
    timeout: 2000,
  });
});

test('the Round trips stage shows the cost: round trips beyond the 200 ms timer', async ({
  page,
}) => {
  await openLab(page, 'loss-becomes-delay');
  await runToEnd(page);
  await button(page, 'Round trips').click();
  await expect(button(page, 'Round trips')).toHaveAttribute('aria-pressed', 'true');
  const plot = page.getByRole('img', { name: /^Histogram of the round trips client measured/ });
  await expect(plot).toHaveAccessibleName(/0 got no answer/);

  // Most take about 30 ms; a loss adds at least the 200 ms timer, two losses 600 ms.
  expect(durationMs(await tableValue(page, 'p50').innerText())).toBeLessThan(100);
  expect(durationMs(await tableValue(page, 'p99').innerText())).toBeGreaterThan(200);
  expect(durationMs(await tableValue(page, 'Slowest').innerText())).toBeGreaterThan(600);
  await expect(page.getByRole('slider', { name: 'Timeout' })).toHaveAttribute(
    'aria-valuetext',
    /^2 s: 0 of [\d,]+ responses later/,
  );
});

test('with TCP resends after set to 0, lost requests stay lost and time out', async ({ page }) => {
  await openLab(page, 'loss-becomes-delay');
  await button(page, 'Edit scenario').click();
  await node(page, 'client').click();
  const field = editor(page).getByLabel(/^TCP resends after/);
  await expect(field).toHaveValue('200');
  await setField(editor(page), 'TCP resends after', '0');
  await expect(field).toHaveValue('0');

  await runToEnd(page);
  const log = await settledLog(page);
  expect(log).toMatch(/r\d+\s+timeout — (request|response) lost/);
  expect(log).not.toMatch(RESENT);
  await button(page, 'Round trips').click();
  const none = Number((await tableValue(page, 'No answer at all').innerText()).replace(/,/g, ''));
  expect(none).toBeGreaterThan(0);
});

test('a clock cut off from its time server drifts, and is set again when it is back', async ({
  page,
}) => {
  await openLab(page, 'clock-sync');
  await runToEnd(page);
  await node(page, 'client').click();
  const facts = inspector(page);

  // Synced every second, before the firewall change at 5.5 s.
  await seek(page, 4_500_000);
  await expect(facts).toContainText(/set by server at 4\.\d{3} s/);

  // Cut off since 5.5 s: by 30 s its last answer (at 5 s) is 25 s old, and at 500 ppm the
  // clock is some 12 ms ahead.
  await seek(page, 30_000_000);
  await expect(facts).toContainText(/no answer from server since 5\.\d{3} s: drifting/);
  await expect(facts).toContainText(/\(1[1-4]\.\d+ ms ahead, drifting 500 ppm/);

  // The block ends at 35.5 s: the next question (36 s) is answered and the clock set again.
  await seek(page, 36_500_000);
  await expect(facts).toContainText(/set by server at 36\.\d{3} s, back 1[1-8]\.\d+ ms/);
  await expect(facts).not.toContainText('no answer');

  // The fault is part of the truth: in the log when revealed, not when hidden.
  await seek(page, 12_000_000);
  await expect(eventLog(page)).toContainText(
    'The schedule cut client off from its time server for 30 s',
  );
  await button(page, 'Hide what really happened').click();
  await settledLog(page);
  await expect(eventLog(page)).not.toContainText('time server');
});

test('the editor adds a Time server unreachable fault, with how long it lasts', async ({
  page,
}) => {
  await openLab(page, 'clock-sync');
  await button(page, 'Edit scenario').click();
  const add = editor(page).getByRole('group', { name: 'Add a fault' });
  const kind = add.getByLabel('Fault', { exact: true });
  for (const name of ['Step clock', 'Set clock drift', 'Time server unreachable']) {
    await expect(kind.getByRole('option', { name, exact: true })).toHaveCount(1);
  }
  await kind.selectOption({ label: 'Time server unreachable' });
  await expect(add.getByLabel('On', { exact: true })).toHaveValue('client');
  await setField(add, 'At', '2000');
  await button(add, 'Add fault').click();

  // In time order: the new one at 2 s, then the preset's at 5.5 s.
  const faults = editor(page)
    .getByRole('listitem')
    .filter({ hasText: 'Time server unreachable from client' });
  await expect(faults).toHaveCount(2);
  await expect(faults.first().getByLabel(/^At/)).toHaveValue(/^2,?000$/);
  const lasts = faults.first().getByLabel(/^For/);
  await expect(lasts).toHaveValue(/^5,?000$/);
  await setField(faults.first(), 'For', '1500');
  await expect(lasts).toHaveValue(/^1,?500$/);

  await runToEnd(page);
  await expect(eventLog(page)).toContainText(
    'The schedule cut client off from its time server for 1.5 s',
  );
});

test('the inspector steps a clock and cuts it off from its time server, live', async ({ page }) => {
  await openLab(page, 'clock-sync');
  await seek(page, 3_000_000);
  await node(page, 'client').click();
  const facts = inspector(page);
  await button(facts, 'Step clock back 100 ms').click();
  await expect(facts).toContainText(/Stepped client’s clock back 100 ms at 3\.00\d s/);
  // It was a little ahead; now about 100 ms behind. The monotonic clock did not move.
  await expect(facts).toContainText(/Time of day\s*2\.9\d\d s \(\d+(\.\d+)? ms behind/);
  await expect(facts).toContainText(/Monotonic\s*3\.00\d s \(never jumps\)/);
  await button(facts, 'Cut off from time server for 5 s').click();
  await expect(facts).toContainText('Cut client off from its time server for 5 s');
  await expect(eventLog(page)).toContainText("You stepped client's clock back by 100 ms");
});
