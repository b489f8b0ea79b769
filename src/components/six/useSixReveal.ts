import { useCallback } from 'react';
import { useStore } from 'zustand';
import { setRevealedAll, type World } from '../../six/six-worlds.ts';

/**
 * One truth switch for six worlds. Each world's store keeps its own `revealed` (its graph and
 * panels read it); they are always set together, so the first speaks for all. A reset hides
 * the truth in all six at once (their stores' own rule), and so here too.
 */
export function useSixReveal(worlds: readonly World[]): [boolean, (revealed: boolean) => void] {
  const revealed = useStore(worlds[0]!.store, (s) => s.revealed);
  const setRevealed = useCallback((value: boolean) => setRevealedAll(worlds, value), [worlds]);
  return [revealed, setRevealed];
}
