/**
 * Registers the service worker that keeps Faultline working offline (dist/sw.js, written at build
 * time by scripts/service-worker.ts), and offers a new version when one has been deployed.
 *
 * A new version never replaces the code of a running lab by itself: its worker waits, the page
 * shows the update banner, and only the user's Reload lets it take over (or closing every tab).
 */

import { prepareUpdateBanner, showUpdateBanner } from './UpdateBanner.tsx';

export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const workers = navigator.serviceWorker;
  // Installing downloads the whole build once more (past the HTTP cache): not while the page
  // itself is still loading.
  if (document.readyState !== 'complete') {
    await new Promise((loaded) => window.addEventListener('load', loaded, { once: true }));
  }
  let registration: ServiceWorkerRegistration;
  try {
    // Relative to the page, so a copy at https://example.edu/courses/ds/faultline/ registers
    // …/faultline/sw.js and controls that folder only, whatever the host or sub-path.
    registration = await workers.register('./sw.js', { scope: './' });
  } catch {
    // No worker (a file:// page, a browser that forbids them): the lab still runs, online only.
    return;
  }
  prepareUpdateBanner();

  let reloading = false;
  const reload = () => {
    const waiting = registration.waiting;
    if (!waiting) {
      // Another tab let the new version in already: this one only needs to load it.
      window.location.reload();
      return;
    }
    reloading = true;
    waiting.postMessage({ type: 'SKIP_WAITING' });
  };

  // The controller changes when a page is first taken over (nothing to do: it runs this very
  // build), after our Reload (load the new version), or when another tab let a new version in
  // (this tab still runs the old code: offer it the same choice).
  let controlled = workers.controller !== null;
  workers.addEventListener('controllerchange', () => {
    if (reloading) window.location.reload();
    else if (controlled) showUpdateBanner(reload);
    controlled = true;
  });

  // A worker installed during an earlier visit may be waiting already.
  if (registration.waiting && workers.controller) showUpdateBanner(reload);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      // Without a controller this is the first install, not an update.
      if (worker.state === 'installed' && workers.controller) showUpdateBanner(reload);
    });
  });

  // Browsers look for a new sw.js on every page load; a lab left open through a lecture also
  // looks when its tab comes back into view. Offline, the check fails quietly.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.update().catch(() => {});
  });
}
