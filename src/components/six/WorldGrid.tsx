import { useRef, useState } from 'react';
import type { World } from '../../six/six-worlds.ts';
import { useReducedMotion } from '../graph/useReducedMotion.ts';
import { WorldTile } from './WorldTile.tsx';

/**
 * The six worlds: a 3 × 2 grid on a laptop or projector; on a phone a row of full-width
 * worlds to swipe (scroll snapping), with `Previous world` and `Next world` buttons and
 * "World 2 of 6" above (the bar is hidden on wider screens, where all six show at once).
 */
export function WorldGrid({ worlds, revealed }: { worlds: readonly World[]; revealed: boolean }) {
  const trackRef = useRef<HTMLDivElement>(null);
  const [current, setCurrent] = useState(0);
  const reducedMotion = useReducedMotion();

  const onScroll = () => {
    const track = trackRef.current;
    if (!track || track.clientWidth === 0) return;
    setCurrent(Math.min(worlds.length - 1, Math.round(track.scrollLeft / track.clientWidth)));
  };
  const go = (index: number) => {
    const track = trackRef.current;
    if (!track) return;
    setCurrent(index);
    track.scrollTo({
      left: index * track.clientWidth,
      behavior: reducedMotion ? 'auto' : 'smooth',
    });
  };

  return (
    <div className="six-worlds">
      <div className="six-carousel-bar">
        <button
          type="button"
          className="ctl-button"
          aria-label="Previous world"
          disabled={current === 0}
          onClick={() => go(current - 1)}
        >
          <span aria-hidden="true">‹</span> Previous
        </button>
        <p className="six-carousel-where" aria-live="polite">
          World {current + 1} of {worlds.length}
        </p>
        <button
          type="button"
          className="ctl-button"
          aria-label="Next world"
          disabled={current === worlds.length - 1}
          onClick={() => go(current + 1)}
        >
          Next <span aria-hidden="true">›</span>
        </button>
      </div>
      <div className="six-grid" ref={trackRef} onScroll={onScroll}>
        {worlds.map((world) => (
          <WorldTile key={world.presetId} world={world} revealed={revealed} />
        ))}
      </div>
    </div>
  );
}
