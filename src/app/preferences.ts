/**
 * The user's settings, kept in the browser: the theme and whether the truth is shown when a
 * scenario opens. Reading never throws (storage may be blocked or hold junk).
 */

import type { LabPreferences, Theme } from '../store/lab-store.ts';

const KEY = 'faultline.preferences';

export function loadPreferences(): LabPreferences {
  const prefersDark =
    typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  const fallback: LabPreferences = { theme: prefersDark ? 'dark' : 'light', revealByDefault: true };
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<LabPreferences> | null;
    const theme: Theme =
      saved?.theme === 'dark' || saved?.theme === 'light' ? saved.theme : fallback.theme;
    const revealByDefault =
      typeof saved?.revealByDefault === 'boolean'
        ? saved.revealByDefault
        : fallback.revealByDefault;
    return { theme, revealByDefault };
  } catch {
    return fallback;
  }
}

export function savePreferences(preferences: LabPreferences): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(preferences));
  } catch {
    // Storage is full or blocked: the setting lasts this visit only.
  }
}
