import { useMemo } from 'react';
import { useLectureKeys } from '../../app/useLectureKeys.ts';
import { nextBeat } from '../../six/lecture-beat.ts';
import type { LockstepClock } from '../../six/lockstep-clock.ts';

interface Options {
  clock: LockstepClock;
  revealed: boolean;
  setRevealed(revealed: boolean): void;
  openQr(): void;
}

/**
 * Lecture mode's keys on the six worlds: "go on" plays, pauses, and at r3's timeout reveals
 * (see lecture-beat.ts); back goes to the previous moment a request ended; Enter or V reveals
 * or hides; Q shows the QR code. Returns whether the screen is blanked (B).
 */
export function useSixLecture(enabled: boolean, options: Options): boolean {
  const { clock, revealed, setRevealed, openQr } = options;
  const handlers = useMemo(
    () => ({
      next: () => {
        const beat = nextBeat({
          playing: clock.view().playing,
          revealed,
          featuredEnded: clock.featuredEndUs() !== null,
        });
        if (beat === 'reveal') setRevealed(true);
        else if (beat === 'pause') clock.pause();
        else clock.play();
      },
      back: () => clock.jump(-1),
      reveal: () => setRevealed(!revealed),
      qr: openQr,
      // P, where lecture mode has it: play or pause, nothing else.
      play: () => clock.toggle(),
    }),
    [clock, revealed, setRevealed, openQr],
  );
  return useLectureKeys(enabled, handlers);
}
