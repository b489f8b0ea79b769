import { formatDuration } from '../../lab/clock-format.ts';
import type { SwitchingRuns } from '../../lab/switching.ts';
import { formatCount } from '../hpc/hpc-format.ts';
import { ofRequests, percentOf } from './switching-describe.ts';

interface Props {
  runs: SwitchingRuns;
  cableMbps: number;
  slotMbps: number;
}

/**
 * What the two runs say, in sentences whose numbers are the runs' own: why a datacenter shares
 * its cables packet by packet, what that costs, and what a circuit's bound costs instead.
 */
export function WhyPackets({ runs, cableMbps, slotMbps }: Props) {
  const { packet, circuit, settings } = runs;
  const seconds = packet.scenario.durationUs / 1_000_000;
  const p = packet.percentiles;
  const c = circuit.percentiles;
  const allAnswered = packet.answered === packet.requests;
  const measured = packet.sortedUs.length > 0 && circuit.sortedUs.length > 0;
  return (
    <div className="sw-why">
      <section aria-labelledby="sw-why-packets">
        <h2 id="sw-why-packets">Why datacenters choose packets</h2>
        <p>
          Requests do not come at a steady rate: here {formatCount(packet.requests)} came in{' '}
          {seconds} seconds, {settings.loadPerS} a second on average but in clumps and gaps. A
          packet network asks nobody to reserve a rate they could not name. Each answer takes the
          whole {cableMbps} Mbit/s cable while it crosses, so the packet network{' '}
          {allAnswered
            ? 'answered every request'
            : `answered ${ofRequests(packet.answered, packet)}`}{' '}
          and the server’s cable carried answers {percentOf(packet.carriedShare)} of the time:
          everything offered, with nothing held back for anyone.
        </p>
        {measured && (
          <p>
            The cost is waiting. An answer that comes while others are crossing queues behind them,
            so half the round trips took at most {formatDuration(p.p50)} but the slowest took{' '}
            {formatDuration(p.max)}. A longer burst makes a longer queue, and nothing in the network
            promises a limit. So no client can work out its timeout: it has to measure round trips
            like these and choose one by experiment.
          </p>
        )}
      </section>
      <section aria-labelledby="sw-why-circuits">
        <h2 id="sw-why-circuits">What a circuit’s bound costs</h2>
        <p>
          A circuit gives each call{' '}
          {settings.slots === 1 ? 'the one slot' : `one of ${settings.slots} slots`} of {slotMbps}{' '}
          Mbit/s on every cable, from its request until its answer is home. Nothing queues, so{' '}
          {boundWords(circuit.boundUs, measured ? c.max : null)} That bound is bought twice.{' '}
          {circuit.refused === 0
            ? 'This time no call found every slot taken, but '
            : `${ofRequests(circuit.refused, circuit)} calls found every slot taken and were refused at once; and `}
          calls held {percentOf(circuit.reservedShare ?? 0)} of the slot-time while the server’s
          cable carried answers {percentOf(circuit.carriedShare)} of the time. The rest was reserved
          and idle: slots waiting on the server and on answers crossing other cables.
        </p>
        {measured && <p>{slotWords(settings.slots, c.p50, p.p50)}</p>}
      </section>
    </div>
  );
}

/** The bound, and the slowest round trip measured against it. */
function boundWords(boundUs: number | null, maxUs: number | null): string {
  if (boundUs === null) return 'the network’s part of every round trip is bounded.';
  const bound = formatDuration(boundUs);
  if (maxUs === null) return `no round trip can take longer than ${bound}.`;
  const within = maxUs <= boundUs ? 'within' : 'past';
  return `no round trip can take longer than ${bound}; the slowest took ${formatDuration(maxUs)}, ${within} it.`;
}

const SHARES: Record<number, string> = { 2: 'half', 3: 'a third', 4: 'a quarter' };

/** A slot is a slice of the cable: what that does to every call's round trip. */
function slotWords(slots: number, circuitP50Us: number, packetP50Us: number): string {
  const circuit = formatDuration(circuitP50Us);
  const packet = formatDuration(packetP50Us);
  if (slots === 1) {
    return `With one circuit a call has the whole cable, as a packet has on an idle one: a median round trip of ${circuit}, against the packet network’s ${packet}. But only one call at a time gets through.`;
  }
  const times = (circuitP50Us / packetP50Us).toFixed(1);
  const share = SHARES[slots] ?? `1/${slots}`;
  return `And a slot is ${share} of the cable, so each answer crawls across at the slot’s rate, never faster even when the cable is empty: a circuit’s median round trip is ${circuit}, ${times}× the packet network’s ${packet}.`;
}
