import { useEffect } from 'react';
import { useLabStore } from '../store/hooks.ts';

/**
 * Lecture mode is dark and high-contrast whatever the saved theme (set on the store without
 * saving it, so the drawings follow); leaving it brings the saved theme back.
 */
export function useLectureTheme(lecture: boolean): void {
  const store = useLabStore();
  useEffect(() => {
    if (!lecture) return;
    const saved = store.getState().theme;
    store.setState({ theme: 'dark' });
    return () => store.setState({ theme: saved });
  }, [lecture, store]);
}
