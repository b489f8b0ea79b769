import { useId } from 'react';
import { useDisclosure } from './useDisclosure.ts';

const PLACES = [
  { href: '#preset=healthy', name: 'The lab', about: 'break a network and watch' },
  {
    href: '#lesson=partial-failure&step=1',
    name: 'Lessons',
    about: 'step by step, from the start',
  },
  { href: '#six', name: 'Six worlds', about: 'the six causes side by side' },
  { href: '#quiz', name: 'Quiz', about: 'which of the six? can you tell?' },
  {
    href: '#hpc',
    name: 'Supercomputers and the cloud',
    about: 'checkpoint and restart, or keep serving',
  },
  {
    href: '#switching',
    name: 'Packets and circuits',
    about: 'shared and queued, or reserved and refused',
  },
];

/** Faultline's places, behind the menu button at the top left of every page. */
export function SiteMenu() {
  const { open, setOpen, rootRef, onKeyDown } = useDisclosure<HTMLElement>();
  const listId = useId();
  return (
    <nav ref={rootRef} className="ctl-site" aria-label="Faultline" onKeyDown={onKeyDown}>
      <button
        type="button"
        className="ctl-button ctl-button-quiet ctl-button-square"
        aria-expanded={open}
        aria-controls={listId}
        aria-label="Menu"
        onClick={() => setOpen(!open)}
      >
        <span className="ctl-menu-icon" aria-hidden="true" />
      </button>
      <ul id={listId} className="ctl-site-list" hidden={!open}>
        {PLACES.map((place) => (
          <li key={place.href}>
            <a href={place.href} onClick={() => setOpen(false)}>
              <strong>{place.name}</strong>
              <span>{place.about}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
