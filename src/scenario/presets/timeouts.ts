/**
 * How long should a timeout be? (concepts.md D1, D11, D12.) Two worlds whose round trips are
 * worth measuring, each with a timeout long enough (1 s) that every response arrives in time to
 * be measured: the Round trips view then shows their distribution, and a timeout picked on it
 * shows how many of those responses it would have given up on.
 *
 * - gc-pauses: a fast network and a server that stops for 200 ms every 2 s, like a garbage
 *   collector (concepts.md §0.3: G1's pause goal is 200 ms). The pauses, not the network, set
 *   the tail.
 * - jittery-network: a long, jittery cable that loses a message now and then, and goes dead
 *   for 300 ms once. The spread is wide but bounded; the losses are the "no answer" bar.
 */

import type { ScheduledAction } from '../types.ts';
import { ms, threeNodeScenario, type Preset } from './base.ts';

const RUN_MS = 20_000;

/** A 200 ms pause at 1 s, 3 s, …, 19 s: ten of them, a tenth of the time. */
const gcPauses: ScheduledAction[] = Array.from({ length: RUN_MS / 2000 }, (_, i) => ({
  atUs: ms(1000 + 2000 * i),
  kind: 'pause',
  node: 'server',
  durationUs: ms(200),
}));

export const gcPausesPreset: Preset = {
  id: 'gc-pauses',
  scenario: {
    ...threeNodeScenario(
      'GC pauses: how long should a timeout be?',
      'The client asks every 20 ms and waits up to 1 s, so every round trip gets measured. Most take about 30 ms. But every 2 s the server process stops for 200 ms, like a garbage collector: requests that arrive then wait, and come back after up to about 230 ms, though the server was alive all along. Open Round trips and move the timeout: at 50 ms many responses come too late and the client would have declared a live server dead; at 250 ms none do, but a real crash would take 250 ms to notice.',
      gcPauses,
      { intervalUs: ms(20), timeoutUs: ms(1000) },
    ),
    durationUs: ms(RUN_MS),
  },
  // r52 leaves at 1,020 ms, in the first pause: slow, but answered within the 1 s timeout.
  featured: { id: 'r52', outcome: 'ok', processedCount: 1, lateResponse: false },
};

function jitteryScenario() {
  const base = threeNodeScenario(
    'Jittery network: a wide spread, and some silence',
    'The cable from the switch to the server is long and jittery: 40 ms each way, give or take 30 ms, and it loses 1 message in 100. It also goes dead for 300 ms at 10 s. The client asks every 50 ms and waits up to 1 s. Round trips spread from about 40 ms to 160 ms, and the lost ones never come back: a timeout cannot tell them from a slow answer. Compare a fixed timeout with the one TCP’s estimator would set from the same samples.',
    [
      { atUs: ms(10_000), kind: 'cut', cable: ['switch', 'server'] },
      { atUs: ms(10_300), kind: 'restore', cable: ['switch', 'server'] },
    ],
    { intervalUs: ms(50), timeoutUs: ms(1000) },
  );
  const [near, far] = base.cables;
  return {
    ...base,
    durationUs: ms(RUN_MS),
    cables: [near!, { ...far!, latencyUs: ms(40), jitterUs: ms(30), lossPercent: 1 }],
  };
}

export const jitteryNetwork: Preset = {
  id: 'jittery-network',
  scenario: jitteryScenario(),
  // r203 leaves at 10,100 ms, while the cable is dead: it never reaches the server.
  featured: { id: 'r203', outcome: 'timeout', cause: 'request lost', processedCount: 0 },
};

export const TIMEOUT_PRESETS: readonly Preset[] = [gcPausesPreset, jitteryNetwork];
