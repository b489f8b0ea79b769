/**
 * "A new version of Faultline is ready — Reload": a small banner that never blocks the lab. It
 * lives in a root of its own, outside the lab, so it can appear whatever the lab is showing and
 * survives nothing but a reload; its colours do not depend on the lab's theme.
 */

import { createRoot, type Root } from 'react-dom/client';
import './UpdateBanner.css';

interface UpdateBannerProps {
  /** Null while there is no new version (the live region stays, empty, so it is announced). */
  onReload: (() => void) | null;
  onLater: () => void;
}

export function UpdateBanner({ onReload, onLater }: UpdateBannerProps) {
  return (
    <div role="status" className="update-banner-region">
      {onReload && (
        <div className="update-banner">
          <span>A new version of Faultline is ready</span>
          <button type="button" onClick={onReload}>
            Reload
          </button>
          <button type="button" onClick={onLater}>
            Later
          </button>
        </div>
      )}
    </div>
  );
}

let root: Root | null = null;

function render(onReload: (() => void) | null) {
  if (!root) {
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  }
  root.render(<UpdateBanner onReload={onReload} onLater={() => render(null)} />);
}

/** Mounts the empty live region early: screen readers announce changes, not new regions. */
export function prepareUpdateBanner(): void {
  if (!root) render(null);
}

/** Shows the banner; `onReload` switches to the new version. */
export function showUpdateBanner(onReload: () => void): void {
  render(onReload);
}
