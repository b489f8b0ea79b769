import { formatClock, formatDuration } from '../../lab/clock-format.ts';
import type { Simulation } from '../../sim/index.ts';
import { checkSettingsLine, linkPollLine, rotationRows } from './rotation.ts';

/** A load balancer's backends as it sees them: in or out of rotation, and why. */
export function BalancerRotation({ sim, id }: { sim: Simulation; id: string }) {
  const rows = rotationRows(sim, id);
  const poll = linkPollLine(sim, id, formatClock);
  return (
    <section className="ctl-rotation" aria-label="Rotation">
      <h3 className="ctl-subtitle">What the balancer believes</h3>
      <ul className="ctl-rotation-list">
        {rows.map((row) => (
          <li key={row.backend} data-out={row.inRotation ? undefined : true}>
            <strong>{row.backend}</strong>{' '}
            <span className="ctl-rotation-state">
              {row.inRotation ? '✓ in rotation' : '✕ out of rotation'}
            </span>
            <span className="ctl-rotation-checks">{row.checks}</span>
          </li>
        ))}
      </ul>
      {poll && <p className="ctl-rotation-poll">{poll}</p>}
      <p className="ctl-hint-block">{checkSettingsLine(sim, id, formatDuration)}</p>
    </section>
  );
}
