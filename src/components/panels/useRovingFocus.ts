import { useCallback, useState, type KeyboardEvent } from 'react';
import { rovingKey } from './row-text.ts';

/** How many rows Page Up and Page Down move. */
const PAGE_ROWS = 5;

/**
 * One Tab stop per list (the last row focused, else the newest), and the arrow keys, Home, End,
 * Page Up and Page Down to move between rows: sixty rows must not mean sixty Tab presses.
 * Rows carry `data-row` and `tabIndex={tabKey === key ? 0 : -1}`, and call `onRowFocus(key)`.
 */
export function useRovingFocus<K>(keys: readonly K[]) {
  const [active, setActive] = useState<K | null>(null);
  const tabKey = rovingKey(keys, active);

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLElement>) => {
    const rows = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[data-row]'));
    const at = rows.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    const to = nextRow(event.key, at, rows.length);
    if (to === null) return;
    event.preventDefault();
    rows[to]?.focus();
  }, []);

  return { tabKey, onRowFocus: setActive, onKeyDown };
}

function nextRow(key: string, at: number, count: number): number | null {
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  switch (key) {
    case 'ArrowDown':
      return clamp(at + 1);
    case 'ArrowUp':
      return clamp(at - 1);
    case 'PageDown':
      return clamp(at + PAGE_ROWS);
    case 'PageUp':
      return clamp(at - PAGE_ROWS);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
