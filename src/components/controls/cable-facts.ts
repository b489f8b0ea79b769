/**
 * What the inspector says about a cable: each direction on its own (working, cut, or degraded,
 * and how its numbers differ from the cable's own), read from the live simulation.
 */

import { formatDuration } from '../../lab/clock-format.ts';
import type { LinkParams } from '../../scenario/types.ts';
import type { CableState, Simulation } from '../../sim/index.ts';

export interface DirectionFacts {
  fromId: string;
  from: string;
  to: string;
  state: CableState;
  params: LinkParams;
  /** The cable's own numbers, to which `Restore cable` returns. */
  base: LinkParams;
  /** Waiting at the sending end, including the one being put on the wire. */
  queued: number;
  onWire: number;
}

/** The cable's two directions, a → b first; null when no cable joins a and b. */
export function cableFacts(
  sim: Simulation,
  a: string,
  b: string,
): [DirectionFacts, DirectionFacts] | null {
  const ia = sim.world.index.get(a);
  const ib = sim.world.index.get(b);
  const forward = sim.world.directions.findIndex((d) => d.from === ia && d.to === ib);
  if (ia === undefined || ib === undefined || forward < 0) return null;
  const backward = forward % 2 === 0 ? forward + 1 : forward - 1;
  return [directionFacts(sim, forward), directionFacts(sim, backward)];
}

function directionFacts(sim: Simulation, d: number): DirectionFacts {
  const direction = sim.world.directions[d]!;
  const state = sim.state.directions[d]!;
  const from = sim.world.nodes[direction.from]!;
  return {
    fromId: from.id,
    from: from.label,
    to: sim.world.nodes[direction.to]!.label,
    state: !state.up ? 'cut' : state.degraded ? 'degraded' : 'up',
    params: state.params,
    base: direction.base,
    queued: state.queue.length + (state.sending >= 0 ? 1 : 0),
    onWire: state.inFlight.length,
  };
}

/** No-break spaces inside each phrase, so `jitter ±1 ms` never breaks across lines. */
const keep = (text: string): string => text.replace(/ /g, '\u00a0');

const PARAM_WORDS: Record<Exclude<keyof LinkParams, 'queueCapacity'>, (v: number) => string> = {
  latencyUs: (us) => keep(`latency ${formatDuration(us)}`),
  jitterUs: (us) => keep(`jitter ±${formatDuration(us)}`),
  lossPercent: (p) => keep(`loss ${Number(p.toPrecision(4))} %`),
  bandwidthMbps: (m) =>
    keep(`bandwidth ${Number(m.toPrecision(4)).toLocaleString('en-US')} Mbit/s`),
};

/** The numbers in words: `latency 5 ms, jitter ± 1 ms, loss 0 %, bandwidth 100 Mbit/s`. */
export function paramsWords(params: LinkParams): string {
  return (Object.keys(PARAM_WORDS) as (keyof typeof PARAM_WORDS)[])
    .map((key) => PARAM_WORDS[key](params[key]))
    .join(', ');
}

/** Only what a degrade changed, each beside the cable's own: `latency 50 ms (own 5 ms)`. */
export function changedWords(facts: DirectionFacts): string {
  const changed = (Object.keys(PARAM_WORDS) as (keyof typeof PARAM_WORDS)[]).filter(
    (key) => facts.params[key] !== facts.base[key],
  );
  if (changed.length === 0) return 'as the cable’s own numbers';
  return changed
    .map((key) => {
      const words = PARAM_WORDS[key];
      const own = words(facts.base[key]).replace(/^\S+\u00a0/, '');
      return `${words(facts.params[key])} (own\u00a0${own})`;
    })
    .join(', ');
}

/**
 * A direction's state in a word or two: `working`, `cut`, or what a degrade did most, with its
 * size (`slowed: +295 ms`). Never `up`: on a phone a lane of the drawing may literally point up.
 */
export function stateWords(facts: DirectionFacts): string {
  if (facts.state === 'up') return 'working';
  if (facts.state === 'cut') return 'cut';
  const { params, base } = facts;
  if (params.latencyUs > base.latencyUs) {
    return keep(`slowed: +${formatDuration(params.latencyUs - base.latencyUs)}`);
  }
  if (params.lossPercent > base.lossPercent) {
    return keep(`lossy: ${Number(params.lossPercent.toPrecision(4))} % lost`);
  }
  if (params.bandwidthMbps < base.bandwidthMbps) {
    return keep(`narrowed: ${Number(params.bandwidthMbps.toPrecision(4))} Mbit/s`);
  }
  if (params.jitterUs > base.jitterUs) return keep(`jittery: ±${formatDuration(params.jitterUs)}`);
  return 'degraded';
}

/** What to say under a direction's state: why a cut matters, or what a degrade changed. */
export function directionDetail(facts: DirectionFacts): string | null {
  if (facts.state === 'cut') return 'nothing gets through';
  if (facts.state === 'degraded') return changedWords(facts);
  return null;
}
