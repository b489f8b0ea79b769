/**
 * Builds the rendering benchmark's two pages (the lab under stress, and a reference that only
 * draws the same number of dots) into bench/dist, apart from the app's own build.
 */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  base: './',
  root: here('./render'),
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        lab: here('./render/lab.html'),
        reference: here('./render/reference.html'),
        seek: here('./render/seek.html'),
      },
    },
  },
});
