import { useLayoutEffect } from 'react';
import { useStore } from 'zustand';
import type { World } from '../../six/six-worlds.ts';
import type { Theme } from '../../store/lab-store.ts';

/**
 * The page's theme: the setting, which World 1's store holds (the theme toggle changes it
 * there and the other five follow), or dark with high contrast in lecture mode, for the
 * projector, without changing the setting. Before paint, so the page never flashes light.
 */
export function useSixTheme(worlds: readonly World[], lecture: boolean): Theme {
  const first = worlds[0]!.store;
  const chosen = useStore(first, (s) => s.theme);
  useLayoutEffect(() => {
    if (!lecture) return;
    const setting = first.getState().theme;
    first.setState({ theme: 'dark' });
    return () => first.setState({ theme: setting });
  }, [first, lecture]);
  useLayoutEffect(() => {
    for (const world of worlds.slice(1)) world.store.setState({ theme: chosen });
  }, [worlds, chosen]);
  return lecture ? 'dark' : chosen;
}
