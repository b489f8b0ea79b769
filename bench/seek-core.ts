/**
 * The seek benchmark's measurements, the same in Node and in the browser: a long run of the
 * 200-node datacenter on a Timeline (snapshots every 10,000 events), then seeks to random
 * moments, against re-simulating from the seed to each moment.
 */

import { datacenterScenario } from '../src/scenario/generate.ts';
import { createSimulation, Timeline } from '../src/sim/index.ts';
import { createRng, uniformInt } from '../src/sim/prng.ts';
import { plainState } from '../src/testing/trace-checks.ts';

export interface SeekFigures {
  events: number;
  runBareMs: number;
  runTimelineMs: number;
  /** Extra time a run with snapshots took, as a fraction of the bare run (noisy). */
  overhead: number;
  /** Time spent taking the snapshots, as a fraction of the bare run. */
  snapshotShare: number;
  snapshots: number;
  /** JSON size of all snapshots, a stand-in for the memory they hold. */
  snapshotBytes: number;
  seekP50Ms: number;
  seekP95Ms: number;
  seekMaxMs: number;
  resimP50Ms: number;
  resimMaxMs: number;
  /** Re-simulating / seeking, medians. */
  speedup: number;
  /** Seeks checked against a straight run, and how many matched. */
  checked: number;
  matched: number;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

/** About 1,000,000 events: 130 s of the datacenter's virtual time. */
export const seekScenario = () => datacenterScenario({ durationUs: 130_000_000 });

export function measureSeeks(now: () => number, seeks = 200, resims = 12, checks = 8): SeekFigures {
  const scenario = seekScenario();
  // The run with snapshots against the bare run, warmed up, then interleaved, medians; each
  // run's simulation is dropped before the next, so neither pays for the other's memory.
  const timeRun = (withSnapshots: boolean): number => {
    // Each run starts from a collected heap (where the engine lets us), so neither pays for
    // the garbage the other left behind.
    (globalThis as { gc?: () => void }).gc?.();
    const start = now();
    const sim = withSnapshots ? new Timeline(scenario) : createSimulation(scenario);
    sim.runUntil(
      withSnapshots
        ? (sim as Timeline).sim.endUs
        : (sim as ReturnType<typeof createSimulation>).endUs,
    );
    return now() - start;
  };
  timeRun(false);
  timeRun(true);
  const bareMs: number[] = [];
  const timelineMs: number[] = [];
  for (let i = 0; i < 7; i++) {
    bareMs.push(timeRun(false));
    timelineMs.push(timeRun(true));
  }
  const runBareMs = quantile(bareMs, 0.5);
  const runTimelineMs = quantile(timelineMs, 0.5);
  // The snapshots' own time, measured inside the run that keeps them: a steadier measure than
  // the difference of two noisy runs.
  const timeline = new Timeline(scenario);
  const take = timeline.sim.snapshot.bind(timeline.sim);
  let snapshotMs = 0;
  (timeline.sim as { snapshot: typeof take }).snapshot = () => {
    const s = now();
    const snapshot = take();
    snapshotMs += now() - s;
    return snapshot;
  };
  timeline.runUntil(timeline.sim.endUs);
  const events = timeline.events;
  const endUs = timeline.sim.endUs;

  const rng = createRng(42, 'seek-bench');
  const targets = Array.from({ length: seeks }, () => uniformInt(rng, 0, endUs));
  const seekMs = targets.map((t) => {
    const s = now();
    timeline.seekTime(t);
    return now() - s;
  });

  let matched = 0;
  for (const t of targets.slice(0, checks)) {
    timeline.seekTime(t);
    const straight = createSimulation(scenario);
    straight.runUntil(t);
    const a = JSON.stringify(plainState(timeline.sim));
    const b = JSON.stringify(plainState(straight));
    if (a === b) matched++;
  }

  const resimMs = targets.slice(0, resims).map((t) => {
    const s = now();
    createSimulation(scenario).runUntil(t);
    return now() - s;
  });

  return {
    events,
    runBareMs,
    runTimelineMs,
    overhead: runTimelineMs / runBareMs - 1,
    snapshotShare: snapshotMs / runBareMs,
    snapshots: timeline.snapshots.length,
    snapshotBytes: snapshotSize(timeline),
    seekP50Ms: quantile(seekMs, 0.5),
    seekP95Ms: quantile(seekMs, 0.95),
    seekMaxMs: Math.max(...seekMs),
    resimP50Ms: quantile(resimMs, 0.5),
    resimMaxMs: Math.max(...resimMs),
    speedup: quantile(resimMs, 0.5) / quantile(seekMs, 0.5),
    checked: checks,
    matched,
  };
}

/**
 * The snapshots' size as JSON: what each holds of its own, plus every request record and every
 * shared slice of settled requests counted once (snapshots share them).
 */
function snapshotSize(timeline: Timeline): number {
  const seen = new Set<object>();
  let bytes = 0;
  const once = (thing: object, size: () => number) => {
    if (seen.has(thing)) return;
    seen.add(thing);
    bytes += size();
  };
  for (const { snapshot } of timeline.snapshots) {
    const { requests, ...rest } = snapshot.state;
    bytes +=
      JSON.stringify(rest).length + (requests.rest.length + requests.settledChunks.length) * 8;
    for (const chunk of requests.settledChunks) once(chunk, () => chunk.length * 8);
    for (const r of [...requests.settledChunks.flat(), ...requests.rest]) {
      once(r, () => JSON.stringify(r).length);
    }
  }
  return bytes;
}
