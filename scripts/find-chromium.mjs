// Finds a Chromium for Playwright. Playwright's own build is preferred because it matches the
// library exactly; where `npx playwright install` cannot reach the internet, Debian's
// chromium package is a good enough stand-in.
import { existsSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

export const NO_CHROMIUM_MESSAGE =
  "No Chromium found: install Debian's chromium (sudo apt-get install chromium) or run npx playwright install chromium.";

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function playwrightChromiumPath() {
  try {
    return chromium.executablePath();
  } catch {
    // Playwright throws on platforms it has no build for; treat that as "not installed".
    return undefined;
  }
}

/**
 * @returns {{ executablePath: string | undefined, source: 'playwright' | 'system' } | null}
 *   `executablePath` is undefined for Playwright's own build: Playwright then uses its default.
 */
/**
 * How Chromium is started here: as root in a sandbox-less container, without a GPU, and without
 * its background networking, which otherwise floods the log with refused connections.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium() {
  const bundled = playwrightChromiumPath();
  if (bundled && existsSync(bundled)) return { executablePath: undefined, source: 'playwright' };
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system) return { executablePath: system, source: 'system' };
  return null;
}

function isMain() {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  const found = findChromium();
  if (!found) {
    console.error(NO_CHROMIUM_MESSAGE);
    process.exit(1);
  }
  console.log(found.executablePath ?? playwrightChromiumPath());
}
