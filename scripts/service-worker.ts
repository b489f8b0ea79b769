/**
 * A Vite plugin that writes dist/sw.js after the build: the worker in sw-template.js, preceded by
 * the list of every file the build wrote and a version hash of their contents. A plain file and no
 * dependency (workbox would bring dozens of packages for the 80 lines this needs).
 *
 * It runs when the bundle is written, so it sees the build as deployed: the hashed assets, the
 * HTML Vite rewrote and whatever public/ copied in.
 */

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/** The worker's own file name, next to index.html, so its scope is the app's folder. */
export const WORKER_FILE = 'sw.js';

export interface BuiltFile {
  /** Path relative to the output folder, with forward slashes. */
  path: string;
  bytes: Uint8Array;
}

export interface Precache {
  version: string;
  /** URLs relative to the worker: `./` for the page, then the rest in a stable order. */
  urls: string[];
}

/** Files not worth a place in the cache: the worker itself, source maps, OS litter. */
function isPrecached(path: string): boolean {
  const name = path.split('/').pop() ?? path;
  return path !== WORKER_FILE && !name.endsWith('.map') && !name.startsWith('.');
}

/**
 * The URLs to precache. index.html is cached as `./`, the address users open: some hosts redirect
 * …/index.html to …/, and the worker answers a navigation to either from that one entry.
 */
export function precacheUrls(paths: readonly string[]): string[] {
  const urls = paths
    .filter(isPrecached)
    .map((path) => (path === 'index.html' ? './' : `./${path}`));
  return urls.sort();
}

/**
 * A hash of every precached file's path and bytes: the same build gives the same version (so a
 * rebuild without changes does not bother users), and any change anywhere gives a new one.
 */
export function buildVersion(files: readonly BuiltFile[]): string {
  const hash = createHash('sha256');
  const kept = files.filter((f) => isPrecached(f.path));
  for (const file of [...kept].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    hash.update(`${file.path}\0${file.bytes.length}\0`);
    hash.update(file.bytes);
  }
  return hash.digest('hex').slice(0, 16);
}

export function precacheOf(files: readonly BuiltFile[]): Precache {
  return { version: buildVersion(files), urls: precacheUrls(files.map((f) => f.path)) };
}

/** The worker's source: the precache as a constant, then the template that reads it. */
export function renderWorker(precache: Precache, template: string): string {
  return `const PRECACHE = ${JSON.stringify(precache, null, 2)};\n\n${template}`;
}

/** Every file under a folder, with paths relative to it. */
export function readBuild(dir: string): BuiltFile[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      return { path: relative(dir, full).split(sep).join('/'), bytes: readFileSync(full) };
    });
}

export const TEMPLATE_PATH = new URL('./sw-template.js', import.meta.url);

export function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'faultline:service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle: {
      // After every other plugin wrote its files, so the list is complete.
      order: 'post',
      sequential: true,
      handler() {
        const outDir = resolve(config.root, config.build.outDir);
        const precache = precacheOf(readBuild(outDir));
        const source = renderWorker(precache, readFileSync(TEMPLATE_PATH, 'utf8'));
        writeFileSync(join(outDir, WORKER_FILE), source);
        config.logger.info(
          `${WORKER_FILE}: ${precache.urls.length} files precached, version ${precache.version}`,
        );
      },
    },
  };
}
