import { useMemo } from 'react';
import {
  measuredClient,
  percentiles,
  roundTrips,
  sortedRtts,
  type Percentiles,
  type RoundTrip,
  type Unanswered,
} from '../../lab/round-trips.ts';
import { useController, useLab } from '../../store/hooks.ts';
import { clientFacts } from '../controls/inspect.ts';

export interface RoundTripData {
  /** The lab's view revision it was read at. */
  revision: number;
  clientId: string;
  label: string;
  /** Clients that send requests: with more than one, the view says whose round trips these are. */
  clients: number;
  answered: RoundTrip[];
  unanswered: Unanswered[];
  /** Attempts ended at once by an RST or ICMP: nothing to measure. */
  refused: number;
  sortedUs: number[];
  percentiles: Percentiles;
  /** How long the client waits now: its workload's timeout. */
  currentTimeoutUs: number;
  /** The trace stopped recording: later round trips are not in it. */
  traceFull: boolean;
}

/**
 * What the chosen client measured, read again whenever the lab's view changes (at most ten
 * times a second while playing), not while the timeout is being moved. Null when no client has
 * a workload.
 */
export function useRoundTrips(): RoundTripData | null {
  const controller = useController();
  const revision = useLab((s) => s.view.revision);
  const traceFull = useLab((s) => s.view.traceFull);
  const selected = useLab((s) => (s.selection?.kind === 'node' ? s.selection.id : null));
  return useMemo(() => {
    const sim = controller.sim;
    const clientId = measuredClient(sim, selected);
    const facts = clientId === null ? null : clientFacts(sim, clientId);
    if (clientId === null || facts === null) return null;
    const { answered, unanswered, refused } = roundTrips(sim, clientId);
    const sortedUs = sortedRtts(answered);
    return {
      revision,
      clientId,
      label: facts.label,
      clients: new Set(sim.world.workloads.map((w) => w.clientIndex)).size,
      answered,
      unanswered,
      refused,
      sortedUs,
      percentiles: percentiles(sortedUs),
      currentTimeoutUs: facts.timeoutUs,
      traceFull,
    };
  }, [controller, revision, selected, traceFull]);
}
