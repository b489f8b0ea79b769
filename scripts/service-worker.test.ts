/**
 * The service worker's pure parts (what is precached, how the version is made) and the generated
 * worker itself, run in a sandbox with a fake Cache Storage: install fills this build's cache,
 * activate deletes older builds' caches of the same scope only, fetches are answered from cache.
 */

import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  buildVersion,
  precacheOf,
  precacheUrls,
  renderWorker,
  TEMPLATE_PATH,
  type BuiltFile,
} from './service-worker.ts';

const file = (path: string, text: string): BuiltFile => ({
  path,
  bytes: new TextEncoder().encode(text),
});
const text = (f: BuiltFile) => new TextDecoder().decode(f.bytes);
const BUILD = [
  file('index.html', '<script src="./assets/index-a1.js"></script>'),
  file('assets/index-a1.js', 'console.log(1)'),
  file('assets/index-b2.css', 'body{}'),
  file('assets/index-a1.js.map', '{}'),
  file('sw.js', 'old worker'),
];

describe('precache list and version', () => {
  it('lists the page as ./ and every asset, but not the worker or source maps', () => {
    expect(precacheUrls(BUILD.map((f) => f.path))).toEqual([
      './',
      './assets/index-a1.js',
      './assets/index-b2.css',
    ]);
  });

  it('gives the same version for the same files in any order, ignoring the worker itself', () => {
    const reordered = [...BUILD]
      .reverse()
      .map((f) => (f.path === 'sw.js' ? file('sw.js', 'x') : f));
    expect(buildVersion(reordered)).toBe(buildVersion(BUILD));
    expect(buildVersion(BUILD)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives a new version when any byte or any name changes', () => {
    const version = buildVersion(BUILD);
    const edited = BUILD.map((f) =>
      f.path === 'assets/index-b2.css' ? file(f.path, 'body{ }') : f,
    );
    const renamed = BUILD.map((f) =>
      f.path === 'assets/index-b2.css' ? { ...f, path: 'b.css' } : f,
    );
    expect(buildVersion(edited)).not.toBe(version);
    expect(buildVersion(renamed)).not.toBe(version);
  });
});

/** The generated worker in a sandbox: its listeners, a fake Cache Storage, a fake network. */
function loadWorker(
  scope: string,
  build: BuiltFile[],
  storage = new Map<string, Map<string, string>>(),
) {
  const listeners = new Map<string, (event: unknown) => void>();
  const fetched: string[] = [];
  let claimed = false;
  const cacheOf = (entries: Map<string, string>) => ({
    put: async (url: string, response: Response) => void entries.set(url, await response.text()),
    match: async (url: string) => (entries.has(url) ? new Response(entries.get(url)) : undefined),
  });
  const caches = {
    open: async (name: string) => {
      if (!storage.has(name)) storage.set(name, new Map());
      return cacheOf(storage.get(name)!);
    },
    keys: async () => [...storage.keys()],
    delete: async (name: string) => storage.delete(name),
  };
  const self = {
    registration: { scope },
    location: new URL('sw.js', scope),
    addEventListener: (type: string, listener: (event: unknown) => void) =>
      listeners.set(type, listener),
    clients: { claim: async () => void (claimed = true) },
    skipWaiting: () => {},
  };
  // The host: the build's files at their URLs (the page at the folder's), else a stand-in.
  const hosted = new Map(
    build.map((f) => [new URL(f.path === 'index.html' ? './' : f.path, scope).href, text(f)]),
  );
  const fetch = async (request: Request | { url: string }) => {
    fetched.push(request.url);
    return new Response(hosted.get(request.url) ?? `network ${request.url}`);
  };
  const source = renderWorker(precacheOf(build), readFileSync(TEMPLATE_PATH, 'utf8'));
  runInNewContext(source, { self, caches, fetch, Request, Response, URL, Promise, Error });

  /** Dispatches an event and waits for what the worker handed to waitUntil or respondWith. */
  async function dispatch(type: string, fields: object = {}): Promise<Response | undefined> {
    let pending: Promise<unknown> | undefined;
    const settle = (p: Promise<unknown>) => void (pending = p);
    listeners.get(type)?.({ ...fields, waitUntil: settle, respondWith: settle });
    return (await pending) as Response | undefined;
  }
  const get = (url: string, mode = 'cors') =>
    dispatch('fetch', { request: { method: 'GET', url, mode } });
  return { storage, fetched, dispatch, get, claimed: () => claimed };
}

describe('the generated worker', () => {
  const scope = 'https://example.edu/courses/ds/faultline/';

  it('precaches the build under a cache named by scope and version, then claims the page', async () => {
    const worker = loadWorker(scope, BUILD);
    await worker.dispatch('install');
    const name = `faultline:${scope}:${buildVersion(BUILD)}`;
    expect([...worker.storage.keys()]).toEqual([name]);
    expect([...worker.storage.get(name)!.keys()]).toEqual([
      scope,
      `${scope}assets/index-a1.js`,
      `${scope}assets/index-b2.css`,
    ]);
    await worker.dispatch('activate');
    expect(worker.claimed()).toBe(true);
  });

  it("on activate deletes the older builds' caches of its scope, and no one else's", async () => {
    const storage = new Map([
      [`faultline:${scope}:0000000000000000`, new Map()],
      ['faultline:https://example.edu/other/:0000000000000000', new Map()],
      ['someone-else', new Map()],
    ]);
    const worker = loadWorker(scope, BUILD, storage);
    await worker.dispatch('install');
    await worker.dispatch('activate');
    expect([...storage.keys()].sort()).toEqual([
      `faultline:${scope}:${buildVersion(BUILD)}`,
      'faultline:https://example.edu/other/:0000000000000000',
      'someone-else',
    ]);
  });

  it('answers the page and its assets from the cache, and leaves other URLs alone', async () => {
    const worker = loadWorker(scope, BUILD);
    await worker.dispatch('install');
    worker.fetched.length = 0;
    for (const page of [scope, `${scope}index.html`, `${scope}?x=1`]) {
      expect(await (await worker.get(page, 'navigate'))!.text()).toContain('index-a1.js');
    }
    expect(await (await worker.get(`${scope}assets/index-b2.css`))!.text()).toBe('body{}');
    expect(worker.fetched).toEqual([]);

    // Not in this build: the network. Another page or another site: not answered at all.
    expect(await (await worker.get(`${scope}favicon.ico`))!.text()).toContain('network');
    expect(await worker.get(`${scope}notes/week1.html`, 'navigate')).toBeUndefined();
    expect(await worker.get('https://example.edu/courses/ds/other.js')).toBeUndefined();
  });
});
