import { ANSWERS, CANNOT_TELL, type Answer } from '../../quiz/grade.ts';
import type { Cause } from '../../sim/index.ts';

interface Props {
  /** Once revealed the buttons stay, marked, and do nothing. */
  revealed: boolean;
  chosen: Answer | null;
  cause: Cause;
  onAnswer: (answer: Answer) => void;
}

/** Words under a button after the reveal; marked with a sign as well as a colour. */
function markOf(answer: Answer, chosen: Answer | null, cause: Cause): string[] {
  const marks: string[] = [];
  if (answer === CANNOT_TELL) marks.push('✓ right answer');
  if (answer === cause) marks.push('★ what happened');
  if (answer === chosen) marks.push('● your pick');
  return marks;
}

/**
 * The seven answers, named exactly by the six causes and `Cannot tell` (the marks added after
 * the reveal are hidden from the name, so the names never change).
 */
export function AnswerButtons({ revealed, chosen, cause, onAnswer }: Props) {
  return (
    <div className="quiz-answers" role="group" aria-label="Answers">
      {ANSWERS.map((answer) => {
        const marks = revealed ? markOf(answer, chosen, cause) : [];
        return (
          <button
            key={answer}
            type="button"
            className="ctl-button quiz-answer"
            data-answer={answer === CANNOT_TELL ? 'cannot-tell' : undefined}
            data-right={(revealed && answer === CANNOT_TELL) || undefined}
            data-cause={(revealed && answer === cause) || undefined}
            data-chosen={(revealed && answer === chosen) || undefined}
            aria-disabled={revealed || undefined}
            onClick={() => {
              if (!revealed) onAnswer(answer);
            }}
          >
            <span className="quiz-answer-name">{answer}</span>
            {marks.length > 0 && (
              <span className="quiz-answer-marks" aria-hidden="true">
                {marks.map((mark) => (
                  <span key={mark}>{mark}</span>
                ))}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
