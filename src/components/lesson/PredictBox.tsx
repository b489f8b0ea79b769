import { useEffect, useId, useRef } from 'react';
import type { Prediction } from '../../lessons/index.ts';

interface Props {
  predict: Prediction;
  /** In lecture mode the question is brought into view on arrival, for the room to read. */
  lecture: boolean;
  chosen: number | null;
  revealed: boolean;
  onChoose(choice: number): void;
  onReveal(): void;
}

function verdict(predict: Prediction, chosen: number | null): string {
  if (chosen === null) return 'The answer:';
  if (chosen === predict.answer) return 'Right.';
  if (chosen === predict.lucky)
    return 'Lucky: that is what happened, but nothing told the client so.';
  return 'Not quite.';
}

/**
 * Predict, then reveal: the learner picks an answer (or the room votes), then `Reveal` shows the
 * right one, why, and what really happened in the lab.
 */
export function PredictBox({ predict, lecture, chosen, revealed, onChoose, onReveal }: Props) {
  const questionId = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  const verdictRef = useRef<HTMLDivElement>(null);
  // The answer shows where the eye is; on a short screen it would land below the fold.
  useEffect(() => {
    if (revealed) verdictRef.current?.scrollIntoView({ block: 'nearest' });
    else if (lecture) boxRef.current?.scrollIntoView({ block: 'nearest' });
  }, [revealed, lecture]);
  return (
    <div ref={boxRef} className="lesson-predict" role="group" aria-labelledby={questionId}>
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
      <div ref={verdictRef} role="status" className="lesson-verdict">
        {revealed && (
          <>
            <p>
              <strong>{verdict(predict, chosen)}</strong>{' '}
              {chosen === predict.answer
                ? ''
                : `${chosen === null ? '' : 'The answer: '}${predict.choices[predict.answer]}.`}
            </p>
            <p>{predict.explain}</p>
          </>
        )}
      </div>
    </div>
  );
}
