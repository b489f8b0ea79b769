/**
 * The link to the work on screen, kept in the browser as it changes, so that opening Faultline
 * again without a link (a new tab, the next morning) goes on where it was left. A link in the
 * address always wins. Storage may be full, off or refused: then nothing is kept, silently.
 */

const KEY = 'faultline.work';

export function saveWork(fragment: string): void {
  try {
    localStorage.setItem(KEY, fragment);
  } catch {
    // Private mode or a full disk: the address still holds the work.
  }
}

/** The fragment to open: the address's own, or else the work saved last time. */
export function startFragment(hash: string): { fragment: string; resumed: boolean } {
  if (hash.replace(/^#/, '') !== '') return { fragment: hash, resumed: false };
  try {
    const saved = localStorage.getItem(KEY);
    if (saved) return { fragment: saved, resumed: true };
  } catch {
    // As above.
  }
  return { fragment: '', resumed: false };
}
