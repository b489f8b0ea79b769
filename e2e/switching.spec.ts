import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { button, expectNoSeriousAxeViolations, type Theme } from './support/lab.ts';

/** Open the page with the theme chosen before it loads. */
async function openSwitching(page: Page, theme: Theme = 'light') {
  await page.addInitScript((t) => {
    const preferences = JSON.stringify({ theme: t, revealByDefault: true });
    localStorage.setItem('faultline.preferences', preferences);
  }, theme);
  await page.goto('/#switching');
  await expect(page.getByRole('heading', { name: /Packets and circuits/, level: 1 })).toBeVisible();
}

const network = (page: Page, name: 'Packet switching' | 'Circuit switching') =>
  page.getByRole('region', { name });

/** A row of a network's table: `Refused (no free circuit)` gives `240 (30%)`. */
async function cell(page: Page, name: 'Packet switching' | 'Circuit switching', row: RegExp) {
  return network(page, name).getByRole('row', { name: row }).getByRole('cell').innerText();
}

/** The count at the start of a cell: `240 (30%)` gives 240. */
const countIn = (text: string) => Number(text.split(' ')[0]!.replace(/,/g, ''));

test('both networks side by side: plots, tables, refusals only on the circuit', async ({
  page,
}) => {
  await openSwitching(page);
  for (const name of ['Packet switching', 'Circuit switching'] as const) {
    await expect(
      network(page, name).getByRole('img', { name: /histogram of \d+ round trips/ }),
    ).toBeVisible();
    await expect(network(page, name).getByRole('table')).toBeVisible();
  }
  expect(countIn(await cell(page, 'Packet switching', /^Refused/))).toBe(0);
  expect(countIn(await cell(page, 'Circuit switching', /^Refused/))).toBeGreaterThan(0);
  expect(await cell(page, 'Packet switching', /^Bound/)).toMatch(/none/);
  expect(await cell(page, 'Circuit switching', /^Bound/)).toMatch(/ms$/);
  await expect(page.getByRole('heading', { name: 'Why datacenters choose packets' })).toBeVisible();

  await expect(
    network(page, 'Packet switching').getByRole('link', { name: /^Open in the lab/ }),
  ).toHaveAttribute('href', '#preset=packet-switched');
  await expect(
    network(page, 'Circuit switching').getByRole('link', { name: /^Open in the lab/ }),
  ).toHaveAttribute('href', '#preset=circuit-switched');
});

test('more circuits and less load: no call is refused', async ({ page }) => {
  await openSwitching(page);
  const circuits = page.getByRole('slider', { name: 'Circuits per cable' });
  const load = page.getByRole('slider', { name: /Offered load/ });
  await expect(circuits).toHaveAttribute('aria-valuetext', '4 of 2.5 Mbit/s');
  const before = countIn(await cell(page, 'Circuit switching', /^Refused/));

  await circuits.focus();
  await page.keyboard.press('Home');
  await expect(circuits).toHaveAttribute('aria-valuetext', '1 of 10 Mbit/s');
  await expect
    .poll(async () => countIn(await cell(page, 'Circuit switching', /^Refused/)))
    .toBeGreaterThan(before);

  await page.keyboard.press('End');
  await load.focus();
  await page.keyboard.press('Home');
  await expect(load).toHaveAttribute('aria-valuetext', '10 a second');
  await expect.poll(async () => countIn(await cell(page, 'Circuit switching', /^Refused/))).toBe(0);
  expect(countIn(await cell(page, 'Packet switching', /^Refused/))).toBe(0);

  // Changed settings: the lab opens at the very scenario, in a link of its own.
  const link = network(page, 'Circuit switching').getByRole('link', { name: /^Open in the lab/ });
  await expect(link).toHaveAttribute('href', /^#v=\d+&s=/);
  await link.click();
  await expect(button(page, 'Play')).toBeVisible();
  await expect(page.getByText(/16 circuits a cable/).first()).toBeVisible();
});

test('another seed runs both again', async ({ page }) => {
  await openSwitching(page);
  const seed = page.getByRole('spinbutton', { name: 'Seed' });
  await expect(seed).toHaveValue('1');
  const before = await cell(page, 'Packet switching', /^Requests sent/);
  await button(page, 'Run again with another seed').click();
  await expect(seed).toHaveValue('2');
  await expect.poll(() => cell(page, 'Packet switching', /^Requests sent/)).not.toBe(before);
  // The same requests on both networks.
  expect(await cell(page, 'Circuit switching', /^Requests sent/)).toBe(
    await cell(page, 'Packet switching', /^Requests sent/),
  );
});

for (const theme of ['light', 'dark'] as Theme[]) {
  test(`no serious accessibility violation, ${theme}`, async ({ page }) => {
    await openSwitching(page, theme);
    await expect(network(page, 'Circuit switching').getByRole('img')).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });
}

test('on a phone the networks stack, and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openSwitching(page);
  const packet = await network(page, 'Packet switching').boundingBox();
  const circuit = await network(page, 'Circuit switching').boundingBox();
  expect(circuit!.y).toBeGreaterThan(packet!.y + packet!.height - 1);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoSeriousAxeViolations(page);
});

test('the site menu opens the page', async ({ page }) => {
  await page.goto('/#six');
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('link', { name: /Packets and circuits/ }).click();
  await expect(page.getByRole('slider', { name: 'Circuits per cable' })).toBeVisible();
});

test.describe('screenshots', () => {
  test.skip(process.env.SCREENSHOTS !== '1', 'screenshots are taken on request: SCREENSHOTS=1');
  const path = (name: string) =>
    fileURLToPath(new URL(`../docs/screenshots/${name}.png`, import.meta.url));
  for (const theme of ['light', 'dark'] as Theme[]) {
    for (const [width, height] of [
      [1280, 720],
      [390, 844],
    ] as const) {
      test(`packets and circuits, ${width}×${height}, ${theme}`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        await openSwitching(page, theme);
        await expect(network(page, 'Circuit switching').getByRole('img')).toBeVisible();
        await page.screenshot({ path: path(`switching-${width}-${theme}`) });
        await page.screenshot({ path: path(`switching-${width}-${theme}-full`), fullPage: true });
      });
    }
  }
});

test('the address holds the settings: a link opens the same comparison', async ({ page }) => {
  await page.goto('/#switching&load=20&circuits=8&seed=5');
  await expect(page.getByRole('slider', { name: /Circuits per cable/ })).toHaveValue('8');
  await expect(page.getByRole('slider', { name: /Offered load/ })).toHaveValue('20');
  await page.getByRole('slider', { name: /Circuits per cable/ }).press('ArrowRight');
  await expect(page).toHaveURL(/#switching&load=20&circuits=9&seed=5$/);
});
