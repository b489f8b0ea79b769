import { useController, useLab } from '../../store/hooks.ts';
import { ActionButton } from './ActionButton.tsx';
import { cableFacts, paramsWords } from './cable-facts.ts';
import { DirectionRow } from './DirectionRow.tsx';
import { DegradeForm } from './DegradeForm.tsx';
import { StatusLine } from './StatusLine.tsx';
import { useApply } from './useApply.ts';

/** A cable: each direction's state, cutting and restoring it, and degrading it. */
export function CableActions({ a, b }: { a: string; b: string }) {
  const controller = useController();
  useLab((s) => s.view.revision);
  const { status, apply, refuse } = useApply();
  const directions = cableFacts(controller.sim, a, b);
  if (!directions)
    return <p className="ctl-hint-block">This cable is not in the scenario any more.</p>;
  const [ab, ba] = directions;
  const name = `cable ${ab.from}–${ab.to}`;
  const cable: [string, string] = [a, b];
  const allCut = ab.state === 'cut' && ba.state === 'cut';
  const allWorking = ab.state === 'up' && ba.state === 'up';

  return (
    <>
      <div className="ctl-scroll">
        <h2 className="ctl-inspector-title">{name}</h2>
        <p className="ctl-kind">Cable, its own numbers: {paramsWords(ab.base)}</p>
        <div className="ctl-button-row">
          <ActionButton
            reason={allCut ? `The ${name} is already cut both ways.` : null}
            tone="danger"
            onRefused={refuse}
            onPress={() => apply({ kind: 'cut', cable }, `Cut the ${name}`)}
          >
            Cut cable
          </ActionButton>
          <ActionButton
            reason={allWorking ? `The ${name} is working both ways, with its own numbers.` : null}
            onRefused={refuse}
            onPress={() => apply({ kind: 'restore', cable }, `Restored the ${name}`)}
          >
            Restore cable
          </ActionButton>
        </div>
        <ul className="ctl-directions">
          {directions.map((d) => (
            <DirectionRow key={d.fromId} cable={cable} facts={d} apply={apply} refuse={refuse} />
          ))}
        </ul>
        <DegradeForm
          cable={cable}
          name={name}
          directions={directions}
          apply={apply}
          refuse={refuse}
        />
      </div>
      <StatusLine status={status} />
    </>
  );
}
