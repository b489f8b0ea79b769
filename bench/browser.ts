/**
 * The benchmark pages (bench/vite.config.ts) built, served on a port of their own, and a
 * headless Chromium to open them in: shared by bench:render and bench:seek.
 */

import { spawn, spawnSync } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';

/** Build the pages, serve them at `port`, run `use` with a browser, then stop both. */
export async function withBenchBrowser<T>(
  port: number,
  extraArgs: string[],
  use: (browser: Browser) => Promise<T>,
): Promise<T> {
  const build = spawnSync('npx', ['vite', 'build', '--config', 'bench/vite.config.ts'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('the benchmark pages did not build');
  const preview = ['vite', 'preview', '--config', 'bench/vite.config.ts', '--port', String(port)];
  const server = spawn('npx', [...preview, '--strictPort', '--host', '127.0.0.1'], {
    stdio: 'ignore',
  });
  await new Promise((r) => setTimeout(r, 2500));
  const found = findChromium();
  const browser = await chromium.launch({
    executablePath: found?.source === 'system' ? found.executablePath : undefined,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
  try {
    return await use(browser);
  } finally {
    await browser.close();
    server.kill();
  }
}
