/* global PRECACHE */
/**
 * Faultline's service worker. The build writes dist/sw.js as `const PRECACHE = {…};` followed by
 * this file (see scripts/service-worker.ts): PRECACHE.version is a hash of every file of the build
 * and PRECACHE.urls lists them, relative to this file.
 *
 * The whole build is one versioned unit, served cache-first: the page and its assets always come
 * from the same build, so nothing is swapped under a running lab. A new deployment changes this
 * file's bytes, the browser installs the new worker beside the old one, and it waits until the
 * page asks it to take over (the user pressed Reload in the update banner) or every tab is closed.
 */

// Caches belong to the origin, not to the scope: two deployments on one origin (user.github.io/a/
// and user.github.io/b/) must neither share nor delete each other's caches, so the scope is part
// of the name.
const SCOPE = self.registration.scope;
const PREFIX = `faultline:${SCOPE}:`;
const CACHE = PREFIX + PRECACHE.version;
// The page itself is cached under the scope's URL (`./`), the address users open: some hosts
// redirect …/index.html to …/, and a redirected response cannot answer a navigation.
const SHELL = new URL('./', SCOPE).href;

/** Fetches one file past the HTTP cache (a host may keep index.html for minutes). */
async function fetchFresh(url) {
  const response = await fetch(new Request(url, { cache: 'reload' }));
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  // A followed redirect is marked as such and would be refused for a navigation: store a copy.
  if (!response.redirected) return response;
  const body = await response.blob();
  return new Response(body, { status: response.status, headers: response.headers });
}

self.addEventListener('install', (event) => {
  // All or nothing: a half-filled cache would fail offline in the middle of a lecture.
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const absolute = PRECACHE.urls.map((url) => new URL(url, SCOPE).href);
      const responses = await Promise.all(absolute.map(fetchFresh));
      await Promise.all(responses.map((response, i) => cache.put(absolute[i], response)));
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      const stale = names.filter((name) => name.startsWith(PREFIX) && name !== CACHE);
      await Promise.all(stale.map((name) => caches.delete(name)));
      // Control the page that installed us, so it works offline without a second load. It runs
      // this very build (first install) or asked for it (Reload), so nothing changes under it.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

/** The cached copy from this build, else the network (files this build did not list). */
async function cacheFirst(key, request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(key);
  return hit ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  const url = new URL(request.url);
  const path = url.origin + url.pathname;
  if (request.mode === 'navigate') {
    // Only the app's own page: other pages a course keeps under the same folder pass through.
    if (path === SHELL || path === SHELL + 'index.html') {
      event.respondWith(cacheFirst(SHELL, request));
    }
    return;
  }
  event.respondWith(cacheFirst(path, request));
});
