import type { LessonStep } from '../../lessons/index.ts';
import { useLab } from '../../store/hooks.ts';
import { ChapterMenu } from './ChapterMenu.tsx';
import { LessonNav } from './LessonNav.tsx';
import { PredictBox } from './PredictBox.tsx';

interface Props {
  lesson: string;
  stepNumber: number;
  steps: number;
  step: LessonStep;
  lecture: boolean;
  chosen: number | null;
  predicted: boolean;
  onChoose(choice: number): void;
  onReveal(): void;
  onGo(lesson: string, step: number): void;
}

/** The lesson's column: where we are, what the step says, the prediction, Back and Next. */
export function LessonPanel(props: Props) {
  const { lesson, stepNumber, steps, step, onGo } = props;
  const selected = useLab((s) => s.selection !== null);
  return (
    <aside className="lab-inspector lesson-panel" aria-label="Lesson" hidden={selected}>
      <div className="lesson-scroll">
        <ChapterMenu lesson={lesson} step={stepNumber} onGo={onGo} />
        <h2 className="lesson-title">{step.title}</h2>
        {step.text.map((paragraph) => (
          <p key={paragraph} className="lesson-text">
            {paragraph}
          </p>
        ))}
        {step.predict && (
          <PredictBox
            predict={step.predict}
            lecture={props.lecture}
            chosen={props.chosen}
            revealed={props.predicted}
            onChoose={props.onChoose}
            onReveal={props.onReveal}
          />
        )}
        {step.tryIt && (
          <p className="lesson-try">
            <strong>Try it:</strong> {step.tryIt}
          </p>
        )}
      </div>
      <LessonNav
        step={stepNumber}
        steps={steps}
        onBack={() => onGo(lesson, stepNumber - 1)}
        onNext={() => onGo(lesson, stepNumber + 1)}
      />
    </aside>
  );
}
