import { useLab } from '../../store/hooks.ts';
import { Panel } from './Panel.tsx';
import { RevealSetting } from './RevealSetting.tsx';
import { TruthGuess } from './TruthGuess.tsx';
import { TruthList } from './TruthList.tsx';

/**
 * "What really happened": the omniscient view, hidden on demand so a class can guess first.
 * Hidden means not rendered at all (not merely invisible), so nothing of the truth is in the page:
 * only the six possibilities, the same for every request, to guess from.
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
      {revealed ? <TruthList /> : <TruthGuess />}
    </Panel>
  );
}
