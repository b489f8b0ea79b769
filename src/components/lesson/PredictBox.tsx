import { useId } from 'react';
import type { Prediction } from '../../lessons/index.ts';

interface Props {
  predict: Prediction;
  chosen: number | null;
  revealed: boolean;
  onChoose(choice: number): void;
  onReveal(): void;
}

/**
 * Predict, then reveal: the learner picks an answer (or the room votes), then `Reveal` shows the
 * right one, why, and what really happened in the lab.
 */
export function PredictBox({ predict, chosen, revealed, onChoose, onReveal }: Props) {
  const questionId = useId();
  const right = chosen === predict.answer;
  return (
    <div className="lesson-predict" role="group" aria-labelledby={questionId}>
      <p id={questionId} className="lesson-question">
        {predict.question}
      </p>
      <div className="lesson-choices">
        {predict.choices.map((choice, i) => (
          <button
            key={choice}
            type="button"
            className="ctl-button lesson-choice"
            aria-pressed={chosen === i}
            data-answer={revealed && i === predict.answer ? true : undefined}
            onClick={() => onChoose(i)}
          >
            {revealed && i === predict.answer && <span aria-hidden="true">✓ </span>}
            {choice}
          </button>
        ))}
      </div>
      {!revealed && (
        <button type="button" className="ctl-button ctl-button-primary" onClick={onReveal}>
          Reveal
        </button>
      )}
      <div role="status" className="lesson-verdict">
        {revealed && (
          <>
            <p>
              <strong>{chosen === null ? 'The answer:' : right ? 'Right.' : 'Not quite.'}</strong>{' '}
              {right
                ? ''
                : `${chosen === null ? '' : 'It is: '}${predict.choices[predict.answer]}.`}
            </p>
            <p>{predict.explain}</p>
          </>
        )}
      </div>
    </div>
  );
}
