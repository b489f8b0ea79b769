import { useEffect, useMemo, useRef, useState } from 'react';
import { BlankScreen } from '../../app/BlankScreen.tsx';
import { useLectureKeys } from '../../app/useLectureKeys.ts';
import { grade, type Answer, type Verdict } from '../../quiz/grade.ts';
import type { Question } from '../../quiz/question.ts';
import type { Score } from '../../quiz/score.ts';
import { useController, useLab } from '../../store/hooks.ts';
import { ClientPanel } from '../panels/ClientPanel.tsx';
import { QuizDiagram } from './QuizDiagram.tsx';
import { QuizHeader } from './QuizHeader.tsx';
import { QuizQuestion } from './QuizQuestion.tsx';
import { QuizTruth } from './QuizTruth.tsx';
import './quiz.css';
import './quiz-lecture.css';
import './quiz-phone.css';

interface Props {
  question: Question;
  lecture: boolean;
  score: Score;
  /** Not the first question: the new question takes the focus (the old one's buttons left). */
  takeFocus: boolean;
  onGraded: (verdict: Verdict) => void;
  onNext: () => void;
}

/**
 * One question, in its own lab (mounted afresh for each): the evidence the client has, the
 * answers, and the reveal. In lecture mode the room votes by hands and the keys drive it:
 * V or Enter reveals (again: watch it happen), Space or Page Down asks the next, B blanks.
 */
export function QuizRound({ question, lecture, score, takeFocus, onGraded, onNext }: Props) {
  const controller = useController();
  const theme = useLab((s) => s.theme);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [revealed, setRevealed] = useState(false);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const verdictRef = useRef<HTMLHeadingElement>(null);
  const verdict = answer === null ? null : grade(answer, question.cause);

  const onAnswer = (chosen: Answer) => {
    if (revealed) return;
    setAnswer(chosen);
    setRevealed(true);
    onGraded(grade(chosen, question.cause));
  };

  const keys = useMemo(
    () => ({
      next: onNext,
      reveal: () => {
        if (!revealed) setRevealed(true);
        else if (controller.view().playing) controller.pause();
        else controller.play();
      },
    }),
    [onNext, revealed, controller],
  );
  const blank = useLectureKeys(lecture, keys);

  useEffect(() => {
    if (takeFocus) questionRef.current?.focus();
  }, [takeFocus]);
  // The answer's button is now inert: go on from the verdict, which the live region also says.
  useEffect(() => {
    if (revealed) verdictRef.current?.focus();
  }, [revealed]);

  return (
    <div className="lab quiz" data-theme={theme} data-lecture={lecture || undefined}>
      {blank && <BlankScreen />}
      <QuizHeader score={score} />
      <main className="quiz-main" data-revealed={revealed || undefined}>
        <QuizDiagram revealed={revealed} />
        <ClientPanel />
        <QuizQuestion
          question={question}
          lecture={lecture}
          revealed={revealed}
          answer={answer}
          verdict={verdict}
          questionRef={questionRef}
          verdictRef={verdictRef}
          onAnswer={onAnswer}
          onNext={onNext}
        />
        <QuizTruth revealed={revealed} />
      </main>
    </div>
  );
}
