import { traceHash } from '../../sim/index.ts';
import { useController, useLab } from '../../store/hooks.ts';

/**
 * The run's fingerprint: a hash of the trace so far. Computed only while paused (it reads the
 * whole trace, too much for every frame); the same scenario, seed and time give the same one.
 */
export function RunFingerprint() {
  const controller = useController();
  const playing = useLab((s) => s.view.playing);
  // Re-render after a step, an action or a reset, which change the trace while paused.
  useLab((s) => s.view.revision);
  const hash = playing ? null : traceHash(controller.sim.trace);

  return (
    <p className="panel-fingerprint">
      Run fingerprint{' '}
      {hash === null ? (
        <span className="panel-muted">(shown when paused)</span>
      ) : (
        <code data-testid="run-fingerprint">{hash}</code>
      )}
      <span className="panel-muted panel-small">
        The same scenario, seed and time always give the same one.
      </span>
    </p>
  );
}
