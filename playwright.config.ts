import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';

// Playwright's own Chromium when installed, else Debian's (`npx playwright install` needs an
// internet connection that CI machines may not have).
const found = findChromium();

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: 'http://127.0.0.1:4173',
    // Playwright waits for moving elements to settle before clicking; no motion, no waiting.
    reducedMotion: 'reduce',
    // A trace on every test slows pages several-fold; keep one only when a test fails.
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: found?.source === 'system' ? found.executablePath : undefined,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // Serves the already-built dist/: `npm test` builds before it runs Playwright.
    command: 'npx vite preview --port 4173 --strictPort --host 127.0.0.1',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
