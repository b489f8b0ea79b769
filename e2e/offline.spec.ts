/**
 * Anywhere, even offline: the built app runs under any sub-path, keeps working once the network
 * is gone, and offers a new deployment with a banner instead of swapping code under the lab.
 *
 * The sub-path tests serve dist/ from a small server of their own, at /course/faultline/ on a
 * port of its own (a separate origin, so a separate service worker), which they can also stop
 * (really offline) or redeploy (a new sw.js).
 */

import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { button } from './support/lab.ts';

const DIST = join(import.meta.dirname, '..', 'dist');
const PREFIX = '/course/faultline/';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/**
 * dist/ at http://127.0.0.1:<port>/course/faultline/, as a course site's web server would serve
 * it. `redeploy()` changes the version in sw.js, as a new build would.
 */
async function serveDist() {
  let deployment = 0;
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === PREFIX.slice(0, -1)) {
      response.writeHead(301, { location: PREFIX }).end();
      return;
    }
    const file = normalize(join(DIST, path.slice(PREFIX.length) || 'index.html'));
    if (
      !path.startsWith(PREFIX) ||
      !file.startsWith(DIST) ||
      !statSync(file, { throwIfNoEntry: false })?.isFile()
    ) {
      response.writeHead(404).end();
      return;
    }
    let body = readFileSync(file);
    if (file.endsWith('sw.js') && deployment > 0) {
      body = Buffer.from(
        body.toString().replace(/"version": "(\w+)"/, `"version": "$1-${deployment}"`),
      );
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${PREFIX}`,
    redeploy: () => void (deployment += 1),
    stop: () =>
      new Promise<void>((closed) => {
        server.close(() => closed());
        server.closeAllConnections();
      }),
  };
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const clock = (page: Page) =>
  page
    .getByRole('group', { name: 'Playback' })
    .getByText(/^\d[\d.,]* (ms|s)$/)
    .first();

/** Waits until the service worker has cached the build and controls the page. */
async function untilControlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

/** The lab runs: a preset's heading, and Play moves the virtual clock. */
async function expectLabRuns(page: Page, title: string) {
  await expect(heading(page)).toContainText(title);
  // A reload may keep the moment the lab was at (the link holds it): only movement counts.
  const before = await clock(page).innerText();
  await button(page, 'Play').click();
  await expect(clock(page)).not.toHaveText(before);
  await button(page, 'Pause').click();
}

/** Fails the test on any response of 400 or more, but a favicon the app does not ship. */
function failOnErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      errors.push(`${response.status()} ${response.url()}`);
    }
  });
  return errors;
}

test('once loaded, the lab keeps working offline', async ({ page, context }) => {
  await page.goto('/#preset=healthy');
  await expect(button(page, 'Play')).toBeVisible();
  await untilControlled(page);

  await context.setOffline(true);
  const fromWorker: boolean[] = [];
  page.on('response', (response) => fromWorker.push(response.fromServiceWorker()));
  await page.reload();
  await expectLabRuns(page, 'Healthy');
  expect(fromWorker.length).toBeGreaterThan(0);
  expect(fromWorker.every(Boolean)).toBe(true);

  // A preset link opened offline, in a new tab.
  const other = await context.newPage();
  await other.goto('/#preset=response-lost');
  await expectLabRuns(other, 'Response lost');
});

test('served from a sub-path, the app loads every file and runs, then runs with the server gone', async ({
  page,
}) => {
  const site = await serveDist();
  const errors = failOnErrors(page);
  try {
    await page.goto(`${site.url}#preset=response-lost`);
    await expectLabRuns(page, 'Response lost');
    await untilControlled(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
      `${site.url}sw.js`,
    );
  } finally {
    await site.stop();
  }
  await page.reload();
  await expectLabRuns(page, 'Response lost');
  expect(errors).toEqual([]);
});

test('a new deployment shows "A new version of Faultline is ready", and Reload switches to it', async ({
  page,
}) => {
  const site = await serveDist();
  try {
    await page.goto(`${site.url}#preset=healthy`);
    await untilControlled(page);
    const cachesBefore = await page.evaluate(() => caches.keys());
    expect(cachesBefore).toHaveLength(1);

    // The lab keeps running the old version until the user chooses: no reload by itself.
    await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
    site.redeploy();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const banner = page
      .getByRole('status')
      .filter({ hasText: 'A new version of Faultline is ready' });
    await expect(banner).toBeVisible();
    await expectLabRuns(page, 'Healthy');
    expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(true);

    const reloaded = page.waitForEvent('load');
    await button(banner, 'Reload').click();
    await reloaded;
    expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(false);
    await expect(heading(page)).toContainText('Healthy');
    await expect(button(page, 'Play')).toBeVisible();
    await expect(banner).toHaveCount(0);
    // The new version's cache replaced the old one.
    const cachesAfter = await page.evaluate(() => caches.keys());
    expect(cachesAfter).toHaveLength(1);
    expect(cachesAfter[0]).not.toBe(cachesBefore[0]);
    expect(cachesAfter[0]).toMatch(/-1$/);
  } finally {
    await site.stop();
  }
});
