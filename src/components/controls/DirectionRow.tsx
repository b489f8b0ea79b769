import { ActionButton } from './ActionButton.tsx';
import { directionDetail, stateWords, type DirectionFacts } from './cable-facts.ts';
import { DirectionMark } from './DirectionMark.tsx';
import type { useApply } from './useApply.ts';

type Apply = ReturnType<typeof useApply>;

interface Props {
  cable: [string, string];
  facts: DirectionFacts;
  apply: Apply['apply'];
  refuse: Apply['refuse'];
}

/**
 * One direction of a cable: its name, its state in words (`working`, `cut`, `slowed: +295 ms`),
 * what differs from the cable's own numbers and what is on it; beside them its own Cut and
 * Restore buttons (named in full, `Cut a → b` and `Restore a → b`, for screen readers and
 * tests). Both stay in place; the one that does not apply says why when pressed.
 */
export function DirectionRow({ cable, facts, apply, refuse }: Props) {
  const arrow = `${facts.from} → ${facts.to}`;
  const detail = directionDetail(facts);
  const from = facts.fromId;
  return (
    <li data-state={facts.state}>
      <div className="ctl-direction-text">
        <p className="ctl-direction-name">
          <strong>{arrow}</strong>
        </p>
        <p className="ctl-direction-state">
          <DirectionMark state={facts.state} />{' '}
          <span className="ctl-direction-word">{stateWords(facts)}</span>
        </p>
        <p className="ctl-direction-detail">
          {detail && `${detail}; `}
          {facts.queued} waiting, {facts.onWire} on the wire
        </p>
      </div>
      <div className="ctl-direction-buttons">
        <ActionButton
          label={`Cut ${arrow}`}
          small
          reason={facts.state === 'cut' ? `${arrow} is already cut.` : null}
          tone="danger"
          onRefused={refuse}
          onPress={() => apply({ kind: 'cut', cable, from }, `Cut ${arrow}`)}
        >
          Cut
        </ActionButton>
        <ActionButton
          label={`Restore ${arrow}`}
          small
          reason={facts.state === 'up' ? `${arrow} is working, with its own numbers.` : null}
          onRefused={refuse}
          onPress={() => apply({ kind: 'restore', cable, from }, `Restored ${arrow}`)}
        >
          Restore
        </ActionButton>
      </div>
    </li>
  );
}
