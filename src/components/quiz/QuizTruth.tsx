import { Panel } from '../panels/Panel.tsx';
import { TruthList } from '../panels/TruthList.tsx';

/**
 * "What really happened", beside what the client knows. Until the reveal it is not rendered at
 * all (only a note), so nothing of the truth is in the page to find.
 */
export function QuizTruth({ revealed }: { revealed: boolean }) {
  return (
    <Panel className="quiz-truth panel-truth" title="What really happened">
      {revealed ? (
        <TruthList />
      ) : (
        <p className="panel-empty quiz-hidden-note">
          Hidden until you answer: this is what the client cannot see.
        </p>
      )}
    </Panel>
  );
}
