import { ActionButton } from './ActionButton.tsx';
import { directionDetail, type DirectionFacts } from './cable-facts.ts';
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
 * One direction of a cable on two short lines: its state and a Cut button (named in full,
 * `Cut a → b`, for screen readers and tests), then what differs from the cable's own numbers
 * and what is on it.
 */
export function DirectionRow({ cable, facts, apply, refuse }: Props) {
  const arrow = `${facts.from} → ${facts.to}`;
  const detail = directionDetail(facts);
  return (
    <li data-state={facts.state}>
      <div className="ctl-direction-head">
        <p className="ctl-direction-state">
          <DirectionMark state={facts.state} /> <strong>{arrow}</strong>{' '}
          <span className="ctl-direction-word">{facts.state}</span>
        </p>
        <ActionButton
          label={`Cut ${arrow}`}
          small
          reason={facts.state === 'cut' ? `${arrow} is already cut.` : null}
          tone="danger"
          onRefused={refuse}
          onPress={() => apply({ kind: 'cut', cable, from: facts.fromId }, `Cut ${arrow}`)}
        >
          Cut
        </ActionButton>
      </div>
      <p className="ctl-direction-detail">
        {detail && `${detail}; `}
        {facts.queued} waiting, {facts.onWire} on the wire
      </p>
    </li>
  );
}
