import { useEffect, useState } from 'react';
import { writeLink } from '../links/write-link.ts';
import { useLab, useLabStore } from '../store/hooks.ts';
import { addressOf, linkStateOf } from './link-of-lab.ts';

/** The link out, kept current as the run moves, but not rewritten on every frame. */
const REFRESH_MS = 150;

/**
 * The embed's only chrome: the scenario's name, and a link that opens exactly what is on screen
 * (scenario, moment, views) in the full lab, in a new tab, so the embedding page stays put.
 */
export function EmbedHeader() {
  const name = useLab((s) => s.view.scenario.name);
  const store = useLabStore();
  const [href, setHref] = useState(() => addressOf(''));

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () =>
      void writeLink(linkStateOf(store.getState(), false)).then((f) => setHref(addressOf(f)));
    refresh();
    const unsubscribe = store.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(refresh, REFRESH_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store]);

  return (
    <header className="embed-header">
      <h1 className="embed-title">
        <span className="ctl-brand">Faultline</span>
        <span className="visually-hidden">: </span>
        <span className="embed-name">{name}</span>
      </h1>
      <a className="ctl-button embed-open" href={href} target="_blank" rel="noopener">
        Open in Faultline
      </a>
    </header>
  );
}
