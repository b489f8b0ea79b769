import { useId, type RefObject } from 'react';
import { formatClock } from '../../lab/clock-format.ts';
import type { Answer, Verdict } from '../../quiz/grade.ts';
import type { Question } from '../../quiz/question.ts';
import { AnswerButtons } from './AnswerButtons.tsx';
import { QuizResult } from './QuizResult.tsx';

interface Props {
  question: Question;
  lecture: boolean;
  revealed: boolean;
  answer: Answer | null;
  verdict: Verdict | null;
  questionRef: RefObject<HTMLHeadingElement | null>;
  verdictRef: RefObject<HTMLHeadingElement | null>;
  onAnswer: (answer: Answer) => void;
  onNext: () => void;
}

/** The question, its seven answers and, once answered, the reveal. */
export function QuizQuestion({
  question,
  lecture,
  revealed,
  answer,
  verdict,
  questionRef,
  verdictRef,
  onAnswer,
  onNext,
}: Props) {
  const headingId = useId();
  return (
    <section className="quiz-question" aria-labelledby={headingId}>
      <h2 id={headingId} ref={questionRef} tabIndex={-1} className="quiz-question-title">
        r3 timed out. Which of the six happened?
      </h2>
      {!revealed && (
        <p className="quiz-prompt">
          The client sent r3 at {formatClock(question.sentAtUs)} and waited 100 ms. No response
          came, so at {formatClock(question.timeoutUs)} it gave up. Something went wrong on the way:
          which one?
        </p>
      )}
      {lecture && !revealed && (
        <p className="quiz-keys">
          Hands up for each answer. V reveals (again: watch it) · Space: next · B blanks
        </p>
      )}
      <AnswerButtons
        revealed={revealed}
        chosen={answer}
        cause={question.cause}
        onAnswer={onAnswer}
      />
      <QuizResult
        question={question}
        revealed={revealed}
        verdict={verdict}
        headingRef={verdictRef}
        onNext={onNext}
      />
    </section>
  );
}
