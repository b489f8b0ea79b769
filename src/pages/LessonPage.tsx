import { useState } from 'react';
import { LessonLab } from '../components/lesson/LessonLab.tsx';
import { loadPreferences, savePreferences } from '../app/preferences.ts';
import { hashOf } from '../app/route.ts';
import { DEFAULT_VIEW } from '../links/link-state.ts';
import { findLesson, LESSONS } from '../lessons/index.ts';
import { LabProvider } from '../store/LabProvider.tsx';

interface Props {
  lesson: string;
  step: number;
  lecture: boolean;
}

/** Go to another page, as a new entry in the browser's history (Back goes back), or in place. */
function goTo(hash: string, replace = false) {
  if (replace) history.replaceState(null, '', hash);
  else history.pushState(null, '', hash);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

const go = (lesson: string, step: number, lecture: boolean, replace = false) =>
  goTo(hashOf({ page: 'lesson', lesson, step, lecture }), replace);

/**
 * A lesson's step, from its link (`#lesson=<id>&step=<n>`). Past the last step of a lesson,
 * Next opens the next lesson, and after the last lesson the quiz; an unknown lesson or step
 * opens the nearest there is.
 */
export function LessonPage({ lesson: lessonId, step, lecture }: Props) {
  const [preferences] = useState(loadPreferences);
  const found = findLesson(lessonId);
  const lesson = found ?? LESSONS[0]!;
  const stepNumber = Math.min(Math.max(1, step), lesson.steps.length);
  const notice = !found
    ? `There is no lesson called "${lessonId.slice(0, 60)}"; here is the first one.`
    : stepNumber !== step
      ? `${lesson.title} has ${lesson.steps.length} steps; here is step ${stepNumber}.`
      : null;
  const current = lesson.steps[stepNumber - 1]!;

  const onGo = (to: string, n: number) => {
    const target = findLesson(to) ?? lesson;
    const index = LESSONS.indexOf(target);
    if (n > target.steps.length && index + 1 < LESSONS.length)
      go(LESSONS[index + 1]!.id, 1, lecture);
    else if (n > target.steps.length) goTo(hashOf({ page: 'quiz', lecture }));
    else if (n < 1 && index > 0)
      go(LESSONS[index - 1]!.id, LESSONS[index - 1]!.steps.length, lecture);
    else go(target.id, Math.min(Math.max(1, n), target.steps.length), lecture);
  };
  const address = `${window.location.origin}${window.location.pathname}${hashOf({
    page: 'lesson',
    lesson: lesson.id,
    step: stepNumber,
    lecture: false,
  })}`;

  return (
    <LabProvider
      key={`${lesson.id} ${stepNumber}`}
      link={{
        ...DEFAULT_VIEW,
        scenario: current.scenario,
        presetId: null,
        atUs: current.atUs,
        revealed: current.revealed,
        stage: current.stage ?? 'network',
      }}
      preferences={preferences}
      savePreferences={savePreferences}
    >
      <LessonLab
        lesson={lesson}
        stepNumber={stepNumber}
        lecture={lecture}
        onGo={onGo}
        onLecture={(on) => go(lesson.id, stepNumber, on, true)}
        stepAddress={address}
        notice={notice}
      />
    </LabProvider>
  );
}
