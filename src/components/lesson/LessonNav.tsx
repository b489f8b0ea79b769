interface Props {
  step: number;
  steps: number;
  onBack(): void;
  onNext(): void;
}

/** Back and Next, always in the same place, and where in the lesson this is. */
export function LessonNav({ step, steps, onBack, onNext }: Props) {
  return (
    <nav className="lesson-nav" aria-label="Lesson steps">
      <button type="button" className="ctl-button" disabled={step <= 1} onClick={onBack}>
        Back
      </button>
      <span className="lesson-count">
        Step {step} of {steps}
      </span>
      <button type="button" className="ctl-button ctl-button-primary" onClick={onNext}>
        Next
      </button>
    </nav>
  );
}
