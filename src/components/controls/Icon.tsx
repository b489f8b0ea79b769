/**
 * Small icons for the playback buttons and the process states. Drawn, not font glyphs (⏸ and ⏻
 * are missing from many fonts); decorative, since each always stands beside its word.
 */
export type IconName =
  'play' | 'pause' | 'step' | 'stepBack' | 'reset' | 'shuffle' | 'cross' | 'power' | 'link' | 'qr';

const PATHS: Record<IconName, string> = {
  play: 'M5 3.5v13l11-6.5z',
  pause: 'M5 3.5h3.5v13H5zM11.5 3.5H15v13h-3.5z',
  step: 'M4 3.5v13l9-6.5zM14 3.5h2.5v13H14z',
  // The step mirrored: a bar, then a triangle pointing back.
  stepBack: 'M16 3.5v13l-9-6.5zM6 3.5H3.5v13H6z',
  reset: 'M10 3.5a6.5 6.5 0 1 1-6.2 4.5M3.5 3v5h5',
  shuffle: 'M3 6h3l8 8h3M3 14h3l8-8h3M14.5 3.5 17 6l-2.5 2.5M14.5 11.5 17 14l-2.5 2.5',
  cross: 'M4.5 4.5l11 11M15.5 4.5l-11 11',
  power: 'M10 2.5v7M6 5.2a6.5 6.5 0 1 0 8 0',
  // Two links of a chain, on a slant.
  link: 'M8.5 11.5l3-3M9 6l1.5-1.5a3 3 0 0 1 4.2 4.2L13 10.3M11 14l-1.5 1.5a3 3 0 0 1-4.2-4.2L7 9.7',
  // Three finder squares and a few modules.
  qr: 'M3 3h5v5H3zM12 3h5v5h-5zM3 12h5v5H3zM12 12h2v2h-2zM15 15h2v2h-2zM12 16h2v1h-2z',
};

/** Filled shapes read better small; the arrows are strokes. */
const STROKED: ReadonlySet<IconName> = new Set(['reset', 'shuffle', 'cross', 'power', 'link']);

export function Icon({ name }: { name: IconName }) {
  const stroked = STROKED.has(name);
  return (
    <svg className="ctl-icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
      <path
        d={PATHS[name]}
        fill={stroked ? 'none' : 'currentColor'}
        stroke={stroked ? 'currentColor' : 'none'}
        strokeWidth={stroked ? 2 : 0}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
