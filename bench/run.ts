/**
 * `npm run bench`: the speed of the simulation core on the 200-node datacenter scenario, as
 * ratios against references run in the same process, interleaved, medians of several rounds
 * (these machines are noisy; see ../shared/docs/performance.md). It prints its figures and
 * fails nothing on timing.
 *
 * - core: events a second and virtual time per wall time, with the trace on (and off);
 * - reference: a bare (time, seq) heap hold loop of the same length and queue size, the most a
 *   simulator built on this heap could do. Targets: core at least 0.25x the bare loop, and at
 *   least 100x faster than real time.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { datacenterScenario } from '../src/scenario/generate.ts';
import { createEventQueue, popEvent, pushEvent } from '../src/sim/event-queue.ts';
import { createRng, uniformInt } from '../src/sim/prng.ts';
import { createSimulation } from '../src/sim/index.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const scenario = datacenterScenario();

interface CoreRun {
  events: number;
  wallMs: number;
  virtualMs: number;
  meanPending: number;
}

function runCore(trace: boolean): CoreRun {
  const sim = createSimulation(scenario, trace ? {} : { traceCapEvents: 0 });
  let pendingSum = 0;
  let samples = 0;
  const start = performance.now();
  // Run in slices so the pending-queue size can be sampled; slices cost nothing measurable.
  for (let t = 0; t < sim.endUs; t += 100_000) {
    sim.runUntil(Math.min(t + 100_000, sim.endUs));
    pendingSum += sim.state.events.heap.length;
    samples++;
  }
  const wallMs = performance.now() - start;
  return {
    events: sim.state.eventsProcessed,
    wallMs,
    virtualMs: sim.endUs / 1000,
    meanPending: pendingSum / samples,
  };
}

/** Pop the earliest event, push it back a random 1–1,000 µs later: the classic hold loop. */
function runBareHeap(events: number, pending: number): { events: number; wallMs: number } {
  const queue = createEventQueue();
  const rng = createRng(1, 'bench');
  for (let i = 0; i < pending; i++) pushEvent(queue, uniformInt(rng, 1, 1000), 0, i);
  const start = performance.now();
  for (let i = 0; i < events; i++) {
    const e = popEvent(queue)!;
    pushEvent(queue, e.timeUs + uniformInt(rng, 1, 1000), e.kind, e.a, e.b, e.c);
  }
  return { events, wallMs: performance.now() - start };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const perSecond = (events: number, ms: number) => events / (ms / 1000);
const fmt = (x: number, digits = 2) =>
  x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

console.log(
  `Faultline core benchmark: Node ${process.version}, ${ROUNDS} interleaved rounds, medians`,
);
console.log(
  `${scenario.name}: ${scenario.workloads.length} workloads, ${scenario.schedule.length} scheduled faults, ${scenario.durationUs / 1e6} s of virtual time`,
);

// Warm up the JIT once before measuring.
const warm = runCore(true);
runBareHeap(warm.events, Math.round(warm.meanPending));

const rounds = [];
for (let r = 0; r < ROUNDS; r++) {
  const on = runCore(true);
  const off = runCore(false);
  const bare = runBareHeap(on.events, Math.round(on.meanPending));
  const round = {
    coreEventsPerSec: perSecond(on.events, on.wallMs),
    coreNoTraceEventsPerSec: perSecond(off.events, off.wallMs),
    bareEventsPerSec: perSecond(bare.events, bare.wallMs),
    realTimeFactor: on.virtualMs / on.wallMs,
    events: on.events,
    meanPending: on.meanPending,
  };
  rounds.push({ ...round, ratioToBare: round.coreEventsPerSec / round.bareEventsPerSec });
  console.log(
    `  round ${r + 1}: core ${fmt(round.coreEventsPerSec / 1e6)} M events/s, bare heap ${fmt(round.bareEventsPerSec / 1e6)} M events/s, ${fmt(round.realTimeFactor, 0)}x real time`,
  );
}

const summary = {
  node: process.version,
  rounds: ROUNDS,
  events: rounds[0]!.events,
  meanPendingEvents: Math.round(rounds[0]!.meanPending),
  coreEventsPerSec: median(rounds.map((r) => r.coreEventsPerSec)),
  coreNoTraceEventsPerSec: median(rounds.map((r) => r.coreNoTraceEventsPerSec)),
  bareEventsPerSec: median(rounds.map((r) => r.bareEventsPerSec)),
  ratioToBare: median(rounds.map((r) => r.ratioToBare)),
  realTimeFactor: median(rounds.map((r) => r.realTimeFactor)),
};

console.log('');
console.log(
  `events per run:           ${summary.events.toLocaleString('en-US')} (about ${summary.meanPendingEvents} pending at a time)`,
);
console.log(`core, trace on:           ${fmt(summary.coreEventsPerSec / 1e6)} M events/s`);
console.log(`core, trace off:          ${fmt(summary.coreNoTraceEventsPerSec / 1e6)} M events/s`);
console.log(`bare (time, seq) heap:    ${fmt(summary.bareEventsPerSec / 1e6)} M events/s`);
console.log(
  `core / bare heap:         ${fmt(summary.ratioToBare)}x   (target at least 0.25x) ${summary.ratioToBare >= 0.25 ? 'met' : 'NOT MET'}`,
);
console.log(
  `virtual / wall time:      ${fmt(summary.realTimeFactor, 0)}x   (target at least 100x) ${summary.realTimeFactor >= 100 ? 'met' : 'NOT MET'}`,
);

mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/bench.json',
  `${JSON.stringify({ ...summary, perRound: rounds }, null, 2)}\n`,
);
console.log('figures written to reports/bench.json');
