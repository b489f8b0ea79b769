import { useEffect, useState } from 'react';
import { App } from '../app/App.tsx';
import { startFragment } from '../app/saved-work.ts';
import { readLink, type LinkReading } from '../links/read-link.ts';

/**
 * The lab, once its link is read (inflating is asynchronous: a millisecond or two). Reading
 * never throws: a bad link opens the default scenario with a message. Without a link, the work
 * left last time opens.
 */
export function LabPage() {
  const [reading, setReading] = useState<LinkReading | null>(null);
  useEffect(() => {
    let live = true;
    const start = startFragment(window.location.hash);
    void readLink(start.fragment).then((read) => {
      if (!live) return;
      // Back where it was left: the address says so too, so a reload or a copy keeps it.
      if (start.resumed) history.replaceState(null, '', `#${start.fragment}`);
      setReading(read);
    });
    return () => {
      live = false;
    };
  }, []);
  return reading ? <App reading={reading} /> : null;
}
