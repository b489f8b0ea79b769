import type { Ref } from 'react';
import { chatterWords, CLIENT_TRAFFIC, type ControlTraffic } from './control-traffic.ts';

interface Props {
  ref?: Ref<HTMLParagraphElement>;
  /** The traffic the scenario has: each kind listed only then. */
  traffic?: ControlTraffic;
}

/**
 * What the marks on the graph mean, in shapes and words (the colours only repeat them). A
 * signal is a flat bar, like a no-entry sign's: an RST from the server's operating system or an
 * ICMP message from a router, the network saying no. Heartbeats, health checks and a clock's
 * time syncs are small muted dots, a replica's writes small squares, a storage's refusal of a
 * stale write a red bar.
 */
export function GraphLegend({ ref, traffic = CLIENT_TRAFFIC }: Props) {
  const chatter = chatterWords(traffic);
  return (
    <p ref={ref} className="graph-legend">
      {traffic.requests && (
        <span>
          <svg viewBox="-6 -6 12 12" aria-hidden="true">
            <circle className="graph-legend-request" r={4.5} />
          </svg>
          request
        </span>
      )}
      {traffic.requests && (
        <span>
          <svg viewBox="-7 -7 14 14" aria-hidden="true">
            <path className="graph-legend-response" d="M 0 -5.8 L 5.8 0 L 0 5.8 L -5.8 0 Z" />
          </svg>
          response
        </span>
      )}
      {chatter && (
        <span>
          <svg viewBox="-6 -6 12 12" aria-hidden="true">
            <circle className="graph-legend-control" r={2.7} />
          </svg>
          {chatter}
        </span>
      )}
      {traffic.writes && (
        <span>
          <svg viewBox="-6 -6 12 12" aria-hidden="true">
            <rect className="graph-legend-write" x={-3.6} y={-3.6} width={7.2} height={7.2} />
          </svg>
          write
        </span>
      )}
      {traffic.refusals && (
        <span>
          <svg className="graph-legend-bar" viewBox="-7 -6 14 12" aria-hidden="true">
            <rect className="graph-legend-refusal" x={-6.5} y={-2.5} width={13} height={5} />
          </svg>
          refused write (old token)
        </span>
      )}
      <span className="graph-legend-signal-item">
        <svg className="graph-legend-bar" viewBox="-7 -6 14 12" aria-hidden="true">
          <rect className="graph-legend-signal" x={-6.5} y={-2.5} width={13} height={5} />
        </svg>
        RST / ICMP (the network says no)
      </span>
      <span>
        <svg viewBox="-6 -6 12 12" aria-hidden="true">
          <path className="graph-legend-drop" d="M -4 -4 L 4 4 M 4 -4 L -4 4" />
        </svg>
        dropped
      </span>
    </p>
  );
}
