import { useEffect, useRef, useState } from 'react';
import { readLink } from '../links/read-link.ts';
import { writeLink } from '../links/write-link.ts';
import type { LabState } from '../store/lab-store.ts';
import { useController, useLabStore } from '../store/hooks.ts';
import { linkStateOf, openLinkState } from './link-of-lab.ts';
import { saveWork } from './saved-work.ts';

/**
 * A change to the scenario is written at once (a reload right after an edit keeps it); moving
 * in time comes in bursts (dragging the slider), written once it settles.
 */
const MOMENT_DELAY_MS = 300;

/** What a link holds changed: the scenario, seed, truth or views, or the moment (when paused). */
function linkChange(s: LabState, before: LabState): 'work' | 'moment' | null {
  const v = s.view;
  const b = before.view;
  if (v.scenario !== b.scenario || v.seed !== b.seed || s.revealed !== before.revealed)
    return 'work';
  if (s.stage !== before.stage || s.clientView !== before.clientView) return 'work';
  return !v.playing && (b.playing || v.nowUs !== b.nowUs) ? 'moment' : null;
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
    const write = (mine: number) =>
      void writeLink(linkStateOf(store.getState(), embed)).then((fragment) => {
        if (mine !== generation.current) return;
        if (window.location.hash !== `#${fragment}`) history.replaceState(null, '', `#${fragment}`);
        saveWork(fragment);
      });
    const unsubscribe = store.subscribe((s, before) => {
      const change = linkChange(s, before);
      if (change === null) return;
      clearTimeout(timer);
      const mine = generation.current;
      if (change === 'work') write(mine);
      else timer = setTimeout(() => write(mine), MOMENT_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store, embed]);

  return notice;
}
