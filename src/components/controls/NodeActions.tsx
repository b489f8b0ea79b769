import { useId, useState } from 'react';
import { ActionButton } from './ActionButton.tsx';
import { FIELDS, pauseFromFields } from './form-actions.ts';
import { nodeActionReasons, type ServerFacts } from './inspect.ts';
import { NumberField } from './NumberField.tsx';
import type { useApply } from './useApply.ts';

type Apply = ReturnType<typeof useApply>;

/** The node actions that need nothing but the node. */
type SimpleKind = 'resume' | 'crash' | 'power-off' | 'restart';

interface Props {
  id: string;
  facts: ServerFacts;
  apply: Apply['apply'];
  refuse: Apply['refuse'];
}

/**
 * What can be done to a node's process. All buttons are always in the same place; those that
 * do not apply now say why when pressed (see ActionButton).
 */
export function NodeActions({ id, facts, apply, refuse }: Props) {
  const reasons = nodeActionReasons(facts);
  const fieldId = useId();
  const [pauseMs, setPauseMs] = useState('300');
  const [pauseError, setPauseError] = useState<string | undefined>();
  const { label } = facts;
  // Servers and replicas run a process that can pause and crash; other machines only go off.
  const server = facts.kind === 'server' || facts.kind === 'replica';

  const pause = () => {
    const outcome = pauseFromFields(id, { pauseMs });
    if (!outcome.ok) {
      setPauseError(outcome.errors.pauseMs);
      return;
    }
    setPauseError(undefined);
    const { durationUs } = outcome.action;
    apply(
      outcome.action,
      durationUs ? `Paused ${label} for ${pauseMs.trim()} ms` : `Paused ${label} until resumed`,
    );
  };

  const button = (kind: SimpleKind, name: string, done: string, danger = false) => (
    <ActionButton
      reason={reasons[kind]}
      tone={danger ? 'danger' : 'plain'}
      onRefused={refuse}
      onPress={() => apply({ kind, node: id }, done)}
    >
      {name}
    </ActionButton>
  );

  return (
    <div className="ctl-node-actions">
      {server && (
        <form
          className="ctl-pause"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (reasons.pause === null) pause();
          }}
        >
          <NumberField
            id={fieldId}
            label="Pause length"
            spec={FIELDS.pauseMs}
            value={pauseMs}
            onChange={(value) => {
              setPauseMs(value);
              setPauseError(undefined);
            }}
            emptyMeans="0 or empty: until resumed"
            error={pauseError}
          >
            <ActionButton type="submit" reason={reasons.pause} onRefused={refuse} onPress={pause}>
              Pause process
            </ActionButton>
          </NumberField>
        </form>
      )}
      <div className="ctl-button-row">
        {server && button('resume', 'Resume process', `Resumed ${label}`)}
        {server && button('crash', 'Crash process', `Crashed the process on ${label}`, true)}
        {button('power-off', 'Power off', `Powered ${label} off`, true)}
        {button('restart', 'Restart', `Restarting ${label}`)}
      </div>
    </div>
  );
}
