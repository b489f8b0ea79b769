import { actionPhrase } from '../panels/log-text.ts';
import { formatClock } from '../../lab/clock-format.ts';
import { useLab } from '../../store/hooks.ts';

/**
 * The scheduled faults as small marks under the `Time` slider, where they fall in the run, so
 * scrubbing lands on them. Drawn for the eye (each says what it is on hover); the editor lists
 * the same faults for everyone. Hidden with the truth: the schedule is part of what to guess.
 */
export function FaultMarks() {
  const schedule = useLab((s) => s.view.scenario.schedule);
  const nodes = useLab((s) => s.view.scenario.nodes);
  const endUs = useLab((s) => s.view.endUs);
  const revealed = useLab((s) => s.revealed);
  if (!revealed || endUs <= 0) return null;
  const labelOf = (id: string) => nodes.find((n) => n.id === id)?.label ?? id;
  return (
    <div className="ctl-fault-marks" aria-hidden="true">
      {schedule
        .filter((a) => a.atUs <= endUs)
        .map((action, i) => (
          <span
            key={i}
            className="ctl-fault-mark"
            style={{ '--at': action.atUs / endUs } as React.CSSProperties}
            title={`${formatClock(action.atUs)}: ${actionPhrase(action, labelOf)}`}
          />
        ))}
    </div>
  );
}
