import { useCallback, useState } from 'react';
import { formatClock } from '../../lab/clock-format.ts';
import type { Action } from '../../scenario/types.ts';
import { validateAction } from '../../scenario/validate-action.ts';
import { useController } from '../../store/hooks.ts';
import { echoOf } from './action-echo.ts';

export interface ApplyStatus {
  text: string;
  tone: 'done' | 'refused';
}

/**
 * Applying an action from the inspector, and the sentence its status line shows afterwards:
 * what was done and when (`done` may be a function, to name what the action created), or
 * politely why not. Each action is checked against the scenario
 * first, so a bad one is refused here and never reaches (or is recorded by) the simulation.
 * An action that applied is also told to the lab's echo (see action-echo.ts): on a phone the
 * inspector then closes, and the playback bar repeats the sentence.
 */
export function useApply() {
  const controller = useController();
  const [status, setStatus] = useState<ApplyStatus | null>(null);

  const refuse = useCallback((text: string) => setStatus({ text, tone: 'refused' }), []);

  const apply = useCallback(
    (action: Action, done: string | (() => string)) => {
      const { problems } = validateAction(controller.view().scenario, action);
      const problem = problems.find((p) => p.level === 'error');
      if (problem) {
        refuse(`Not done: ${problem.message}.`);
        return;
      }
      try {
        const result = controller.apply(action);
        if (result.applied) {
          const text = typeof done === 'string' ? done : done();
          const status: ApplyStatus = {
            text: `${text} at ${formatClock(controller.sim.nowUs)}.`,
            tone: 'done',
          };
          setStatus(status);
          echoOf(controller).applied(status);
        } else {
          refuse(`Nothing to do: ${result.reason}.`);
        }
      } catch (error) {
        refuse(`Not done: ${error instanceof Error ? error.message : String(error)}.`);
      }
    },
    [controller, refuse],
  );

  return { status, apply, refuse };
}
