import type { RefObject } from 'react';
import { SIX_CAUSES_SHORT as CAUSE_WORDS } from '../../lab/words.ts';
import { verdictText, whyText, type Verdict } from '../../quiz/grade.ts';
import type { Question } from '../../quiz/question.ts';
import { WatchButton } from './WatchButton.tsx';

interface Props {
  question: Question;
  revealed: boolean;
  /** Null when revealed without an answer (lecture mode: the room voted by hands). */
  verdict: Verdict | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onNext: () => void;
}

const SIGN: Record<Verdict | 'none', string> = { right: '✓', lucky: '★', wrong: '✗', none: '→' };

/**
 * The reveal: the verdict (in a live region, present from the start so it is announced), what
 * really happened in the vocabulary's words, why the client could not have known, and what to
 * do next.
 */
export function QuizResult({ question, revealed, verdict, headingRef, onNext }: Props) {
  return (
    <div className="quiz-result">
      <div role="status" className="quiz-verdict" data-verdict={verdict ?? 'none'}>
        {revealed && (
          <h3 ref={headingRef} tabIndex={-1} className="quiz-verdict-text">
            <span aria-hidden="true" className="quiz-verdict-sign">
              {SIGN[verdict ?? 'none']}
            </span>{' '}
            {verdictText(verdict, question.cause)}
          </h3>
        )}
      </div>
      {revealed && (
        <>
          <p className="quiz-truth-line">
            What really happened: <strong className="quiz-cause">{question.cause}</strong>
            <span className="quiz-cause-line"> ({CAUSE_WORDS[question.cause]})</span>.
          </p>
          <h3 className="quiz-why-title">Why the client could not have known</h3>
          <p className="quiz-why">{whyText(question.sentAtUs, question.timeoutUs)}</p>
          <div className="quiz-next">
            <WatchButton fromUs={question.timeoutUs} />
            <button type="button" className="ctl-button ctl-button-primary" onClick={onNext}>
              Next question
            </button>
          </div>
        </>
      )}
    </div>
  );
}
