/**
 * Packets and circuits (concepts.md E1–E3): the same bursty workload over a packet-switched
 * network and over a circuit-switched one, each run to its end with the same seed, and what
 * the client measured on each beside what the server's cable did.
 *
 * The two scenarios are the presets `packet-switched` and `circuit-switched` with the offered
 * load and the circuits per cable changed. Everything here is read from the finished runs: the
 * client's own round trips (round-trips.ts), the requests' outcomes, and the cable's
 * `transmit` events with the sizes of the messages they carried.
 */

import { circuitSwitched, packetSwitched } from '../scenario/presets/delays.ts';
import type { Scenario, ServiceTime } from '../scenario/types.ts';
import {
  circuitDelayUs,
  createSimulation,
  results,
  TRACE_TYPES,
  type Simulation,
} from '../sim/index.ts';
import { percentiles, roundTrips, sortedRtts, type Percentiles } from './round-trips.ts';

export interface SwitchingSettings {
  /** Requests a second the client offers, on average (Poisson arrivals). */
  loadPerS: number;
  /** Reserved slots on each circuit-switched cable. */
  slots: number;
  seed: number;
}

export const LOAD_PER_S = { min: 10, max: 80, step: 5 } as const;
export const SLOTS = { min: 1, max: 16 } as const;
export const MAX_SEED = 2 ** 31 - 1;

export const DEFAULT_SWITCHING: SwitchingSettings = {
  loadPerS: 40,
  slots: 4,
  seed: circuitSwitched.scenario.seed,
};

export type NetworkKind = 'packet' | 'circuit';

export interface NetworkRun {
  kind: NetworkKind;
  scenario: Scenario;
  /** The preset this run is, unchanged (for a short link), else null. */
  presetId: string | null;
  requests: number;
  answered: number;
  refused: number;
  timedOut: number;
  /** The client's measured round trips, sorted. */
  sortedUs: number[];
  percentiles: Percentiles;
  /** The longest round trip the circuit allows; null for packets, which have no bound. */
  boundUs: number | null;
  /** Share of the server's outgoing capacity that carried answers, over the workload's span. */
  carriedShare: number;
  /** Share of the server cable's slot-time held by calls; null for packets (nothing reserved). */
  reservedShare: number | null;
}

export interface SwitchingRuns {
  settings: SwitchingSettings;
  packet: NetworkRun;
  circuit: NetworkRun;
}

const clamp = (value: number, min: number, max: number, fallback: number) =>
  Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback;

/** The settings in range and whole, whatever a field held (an empty field: the default). */
export function clampSettings(settings: SwitchingSettings): SwitchingSettings {
  const d = DEFAULT_SWITCHING;
  return {
    loadPerS: clamp(settings.loadPerS, LOAD_PER_S.min, LOAD_PER_S.max, d.loadPerS),
    slots: clamp(settings.slots, SLOTS.min, SLOTS.max, d.slots),
    seed: clamp(settings.seed, 1, MAX_SEED, d.seed),
  };
}

/** One of the two presets with the settings applied; the preset itself when they change nothing. */
export function switchingScenario(kind: NetworkKind, settings: SwitchingSettings): Scenario {
  const preset = kind === 'packet' ? packetSwitched : circuitSwitched;
  const base = preset.scenario;
  const intervalUs = Math.round(1_000_000 / settings.loadPerS);
  const scenario: Scenario = {
    ...base,
    ...wordsFor(kind, settings, base),
    seed: settings.seed,
    workloads: base.workloads.map((w) => ({ ...w, intervalUs })),
    cables:
      kind === 'packet'
        ? base.cables
        : base.cables.map((c) => ({ ...c, circuitSlots: settings.slots })),
  };
  return JSON.stringify(scenario) === JSON.stringify(base) ? base : scenario;
}

/**
 * The preset's name and description speak of its own load and circuits; with others, say which
 * (the lab shows both), and keep the preset's words for what they explain.
 */
function wordsFor(kind: NetworkKind, settings: SwitchingSettings, base: Scenario) {
  const d = DEFAULT_SWITCHING;
  const sameCircuits = kind === 'packet' || settings.slots === d.slots;
  if (settings.loadPerS === d.loadPerS && sameCircuits) return {};
  const load = `about ${settings.loadPerS} requests a second`;
  const rateMbps = base.cables[0]!.bandwidthMbps / settings.slots;
  const circuits = `${settings.slots} ${settings.slots === 1 ? 'circuit' : 'circuits'} a cable`;
  const changed = kind === 'packet' ? load : `${load}, ${circuits} of ${rateMbps} Mbit/s each`;
  return {
    name: `${base.name} (${kind === 'packet' ? load : `${load}, ${circuits}`})`,
    description: `Set on the Packets and circuits page: ${changed}. The preset’s own words, for about ${d.loadPerS} requests a second${kind === 'packet' ? '' : ` and ${d.slots} circuits`}: ${base.description}`,
  };
}

/** The longest a service time can be; null when it has no bound (exponential). */
function longestServiceUs(service: ServiceTime): number | null {
  switch (service.kind) {
    case 'constant':
      return service.us;
    case 'uniform':
      return service.maxUs;
    case 'exponential':
      return null;
  }
}

/**
 * The longest round trip a circuit allows: the request over each cable at one slot's rate plus
 * the latency, the answer back the same way, the longest service, and the longest wait for a
 * worker. The wait is bounded too, and only because of the circuits: a call holds a slot on
 * the server's cable until its answer is home, so at most `slots − 1` other requests can be at
 * the server ahead of this one, and they keep `workers` busy for at most that many services
 * each. Null when the scenario has no circuits or its service time has no bound.
 */
export function circuitBoundUs(scenario: Scenario): number | null {
  const workload = scenario.workloads[0];
  const server = scenario.nodes.find((n) => n.id === workload?.server);
  if (!workload || server?.kind !== 'server') return null;
  const serviceUs = longestServiceUs(server.service);
  const slots = Math.min(...scenario.cables.map((c) => c.circuitSlots ?? 0));
  if (serviceUs === null || slots <= 0) return null;
  let networkUs = 0;
  for (const cable of scenario.cables) {
    networkUs += circuitDelayUs(workload.requestBytes, cable, slots);
    networkUs += circuitDelayUs(workload.responseBytes, cable, slots);
  }
  const waitUs = Math.floor((slots - 1) / server.workers) * serviceUs;
  return networkUs + waitUs + serviceUs;
}

const TRANSMIT = TRACE_TYPES.indexOf('transmit');

/** The part of [fromUs, toUs) inside [0, spanUs). */
const overlapUs = (fromUs: number, toUs: number, spanUs: number) =>
  Math.max(0, Math.min(toUs, spanUs) - Math.max(fromUs, 0));

/**
 * What the server's cable did over the workload's span (the scenario's duration): the share of
 * the server's outgoing capacity that carried bits, and for a circuit the share of its slots'
 * time that calls held. A message on a circuit crosses at one slot's rate, taking `slots` times
 * as long on a `1/slots` share, so both kinds count its bits the same way.
 */
function serverCable(sim: Simulation, serverId: string) {
  const { world, trace, state } = sim;
  const server = world.index.get(serverId)!;
  const spanUs = world.scenario.durationUs;
  const cable = world.scenario.cables.findIndex((c) => c.a === serverId || c.b === serverId);
  const out = world.directions[2 * cable]!.from === server ? 2 * cable : 2 * cable + 1;
  const { bandwidthMbps } = world.scenario.cables[cable]!;
  const slots = world.directions[out]!.circuitSlots;
  let carriedBits = 0;
  let heldUs = 0;
  const offset = trace.firstIndex;
  for (let i = 0; i < trace.length - offset; i++) {
    if (trace.type[i] !== TRANSMIT || trace.b[i]! >> 1 !== cable) continue;
    const message = trace.messages[trace.a[i]!]!;
    const startUs = trace.timeUs[i]!;
    const bits = message.bytes * 8;
    if (trace.b[i] === out) {
      const wireUs = (bits * Math.max(1, slots)) / bandwidthMbps;
      carriedBits += bits * (overlapUs(startUs, startUs + wireUs, spanUs) / wireUs);
    }
    // A call takes its slot when its request starts across; it hangs up when its attempt ends.
    if (slots > 0 && message.kind === 'request') {
      const request = state.requests[message.request - 1]!;
      const attempt = request.attempts[message.attempt]!;
      const last = message.attempt === request.attempts.length - 1;
      const endUs = last ? request.endedAtUs : attempt.deadlineUs;
      heldUs += overlapUs(startUs, endUs, spanUs);
    }
  }
  return {
    carriedShare: carriedBits / (bandwidthMbps * spanUs),
    reservedShare: slots > 0 ? heldUs / (slots * spanUs) : null,
  };
}

/** Run one network to the end and read what it did. */
export function runNetwork(kind: NetworkKind, settings: SwitchingSettings): NetworkRun {
  const scenario = switchingScenario(kind, settings);
  const preset = kind === 'packet' ? packetSwitched : circuitSwitched;
  const sim = createSimulation(scenario);
  sim.runUntil(sim.endUs);
  const { client, server } = scenario.workloads[0]!;
  const { counts } = results(sim);
  const sortedUs = sortedRtts(roundTrips(sim, client).answered);
  return {
    kind,
    scenario,
    presetId: scenario === preset.scenario ? preset.id : null,
    requests: counts.requests,
    answered: counts.ok,
    refused: counts['connection refused'],
    timedOut: counts.timeout,
    sortedUs,
    percentiles: percentiles(sortedUs),
    boundUs: kind === 'circuit' ? circuitBoundUs(scenario) : null,
    ...serverCable(sim, server),
  };
}

export function compareSwitching(settings: SwitchingSettings): SwitchingRuns {
  const clamped = clampSettings(settings);
  return {
    settings: clamped,
    packet: runNetwork('packet', clamped),
    circuit: runNetwork('circuit', clamped),
  };
}

/** The bits a second the answers offer the server's cable, as a share of its capacity. */
export function offeredShare(scenario: Scenario): number {
  const workload = scenario.workloads[0]!;
  const cable = scenario.cables.find((c) => c.a === workload.server || c.b === workload.server)!;
  const answersPerS = 1_000_000 / workload.intervalUs;
  return (answersPerS * workload.responseBytes * 8) / (cable.bandwidthMbps * 1_000_000);
}
