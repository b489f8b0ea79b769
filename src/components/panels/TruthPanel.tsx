import { useLab } from '../../store/hooks.ts';
import { Panel } from './Panel.tsx';
import { RevealSetting } from './RevealSetting.tsx';
import { TruthList } from './TruthList.tsx';

/**
 * "What really happened": the omniscient view, hidden on demand so a class can guess first.
 * Hidden means not rendered at all (not merely invisible), so nothing of the truth is in the page.
 */
export function TruthPanel() {
  const revealed = useLab((s) => s.revealed);
  const setRevealed = useLab((s) => s.setRevealed);

  return (
    <Panel
      className="lab-truth panel-truth"
      title="What really happened"
      actions={
        <button
          type="button"
          className={`panel-button${revealed ? '' : ' is-primary'}`}
          onClick={() => setRevealed(!revealed)}
        >
          {revealed ? 'Hide what really happened' : 'Reveal what really happened'}
        </button>
      }
      footer={<RevealSetting />}
    >
      {revealed ? (
        <TruthList />
      ) : (
        <div className="panel-body panel-hidden">
          <p>
            <strong>Hidden, so you can guess first.</strong> What could have happened to a request
            that timed out?
          </p>
        </div>
      )}
    </Panel>
  );
}
