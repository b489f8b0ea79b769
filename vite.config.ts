/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { serviceWorker } from './scripts/service-worker.ts';

export default defineConfig({
  // Relative asset paths, so the build runs from any host and any sub-path.
  base: './',
  // dist/sw.js: the app keeps working offline once loaded (docs/deploy.md).
  plugins: [react(), serviceWorker()],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Property tests print their seed; pin the time zone so nothing depends on the machine.
    env: { TZ: 'UTC' },
  },
});
