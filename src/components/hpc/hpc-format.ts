/** How the page writes its numbers: durations in the unit that reads best, shares as percent. */

export function formatMinutes(seconds: number): string {
  const minutes = seconds / 60;
  if (minutes < 90) return `${Math.round(minutes)} min`;
  const hours = minutes / 60;
  if (hours < 48) return `${hours.toFixed(1).replace(/\.0$/, '')} h`;
  const days = hours / 24;
  if (days < 730) return `${Math.round(days).toLocaleString('en-US')} days`;
  return `${Math.round(days / 365.25).toLocaleString('en-US')} years`;
}

/**
 * A share as percent. Near 100% it keeps the decimals it takes to tell it from 100% (up to
 * three), so a service at 99.995% does not read as a perfect 100%.
 */
export function formatShare(share: number): string {
  const clamped = Math.max(0, Math.min(1, share));
  if (clamped < 0.99 || clamped === 1) return `${Math.round(clamped * 100)}%`;
  for (const digits of [1, 2, 3]) {
    const text = (clamped * 100).toFixed(digits);
    if (!text.startsWith('100')) return `${text}%`;
  }
  return 'over 99.999%';
}

export const formatCount = (n: number): string => n.toLocaleString('en-US');
