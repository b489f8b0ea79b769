/**
 * A short fingerprint of a run: FNV-1a over every event of the trace. Two runs with the same
 * hash happened the same way, event for event. Golden hashes of the presets pin the model
 * (a change to it changes them) and prove that Node and the browser run alike.
 */

import type { Trace } from './trace.ts';

export function traceHash(trace: Trace): string {
  let h = 0x811c9dc5;
  const mix = (word: number) => {
    h = Math.imul(h ^ (word | 0), 0x01000193);
  };
  for (let i = 0; i < trace.length - trace.firstIndex; i++) {
    const t = trace.timeUs[i]!;
    // Times are whole microseconds below 2^53: hash their low and high 32 bits.
    mix(t % 4294967296);
    mix(Math.floor(t / 4294967296));
    mix(trace.type[i]!);
    mix(trace.a[i]!);
    mix(trace.b[i]!);
    mix(trace.c[i]!);
  }
  mix(trace.length);
  return (h >>> 0).toString(16).padStart(8, '0');
}
