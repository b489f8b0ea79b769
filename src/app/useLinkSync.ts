import { useEffect, useRef, useState } from 'react';
import { readLink } from '../links/read-link.ts';
import { writeLink } from '../links/write-link.ts';
import type { LabState } from '../store/lab-store.ts';
import { useController, useLabStore } from '../store/hooks.ts';
import { linkStateOf, openLinkState } from './link-of-lab.ts';

/** Edits come in bursts (a drag, a run of clicks): write the address once they settle. */
const WRITE_DELAY_MS = 300;

/** What a link holds changed: the scenario, the seed, the truth, or the moment (when paused). */
function linkChanged(s: LabState, before: LabState): boolean {
  const v = s.view;
  const b = before.view;
  if (v.scenario !== b.scenario || v.seed !== b.seed || s.revealed !== before.revealed) return true;
  return !v.playing && (b.playing || v.nowUs !== b.nowUs);
}

/**
 * The address always holds the link to what is on screen (replaced in place, so Back does not
 * step through ticks), and a link followed inside the page (Back, Forward, an edited address)
 * opens as a fresh load would. Returns the notice to show about the link last opened.
 */
export function useLinkSync(firstNotice: string | null, embed: boolean): string | null {
  const controller = useController();
  const store = useLabStore();
  const [notice, setNotice] = useState(firstNotice);
  // Bumped by every navigation: a write or a read that finishes after a newer one is dropped.
  const generation = useRef(0);

  useEffect(() => {
    // popstate comes with Back, Forward and an edited address alike (hashchange too, after it).
    const onNavigate = () => {
      const mine = ++generation.current;
      void readLink(window.location.hash).then((reading) => {
        if (mine !== generation.current) return;
        setNotice(reading.notice);
        openLinkState(controller, store, reading.state);
      });
    };
    window.addEventListener('popstate', onNavigate);
    return () => window.removeEventListener('popstate', onNavigate);
  }, [controller, store]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe((s, before) => {
      if (!linkChanged(s, before)) return;
      clearTimeout(timer);
      const mine = generation.current;
      timer = setTimeout(() => {
        void writeLink(linkStateOf(store.getState(), embed)).then((fragment) => {
          if (mine !== generation.current) return;
          if (window.location.hash !== `#${fragment}`)
            history.replaceState(null, '', `#${fragment}`);
        });
      }, WRITE_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store, embed]);

  return notice;
}
