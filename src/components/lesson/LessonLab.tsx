import { useCallback, useEffect, useMemo, useState } from 'react';
import { BlankScreen } from '../../app/BlankScreen.tsx';
import { useLectureKeys } from '../../app/useLectureKeys.ts';
import { useLectureTheme } from '../../app/useLectureTheme.ts';
import type { Lesson } from '../../lessons/index.ts';
import { useController, useLab } from '../../store/hooks.ts';
import { PlaybackBar } from '../controls/PlaybackBar.tsx';
import { useShortcuts } from '../controls/useShortcuts.ts';
import { ClientPanel } from '../panels/ClientPanel.tsx';
import { EventLog } from '../panels/EventLog.tsx';
import { TruthPanel } from '../panels/TruthPanel.tsx';
import { QrDialog } from '../share/QrDialog.tsx';
import { Stage } from '../spacetime/Stage.tsx';
import { LessonHeader } from './LessonHeader.tsx';
import { LessonPanel } from './LessonPanel.tsx';
import { LessonSide } from './LessonSide.tsx';
import './lesson.css';

interface Props {
  lesson: Lesson;
  stepNumber: number;
  lecture: boolean;
  onGo(lesson: string, step: number): void;
  onLecture(on: boolean): void;
  /** The address of this step for students: without lecture mode. */
  stepAddress: string;
  /** Why the link opened another step than it named, if it did. */
  notice: string | null;
}

/** The lessons' worlds last about 2 s: at 0.2× one plays in about ten seconds. */
const LESSON_SPEED = 0.2;

/**
 * One step of a lesson, in a lab of its own: the stage and the panels as in the lab, and the
 * lesson's column in the inspector's place. In lecture mode a clicker drives it: Next reveals a
 * pending prediction first, then goes on.
 */
export function LessonLab(props: Props) {
  const { lesson, stepNumber, lecture, onGo, onLecture, stepAddress, notice } = props;
  const step = lesson.steps[stepNumber - 1]!;
  const controller = useController();
  const theme = useLab((s) => s.theme);
  const setRevealed = useLab((s) => s.setRevealed);
  const [chosen, setChosen] = useState<number | null>(null);
  const [predicted, setPredicted] = useState(false);
  const [qr, setQr] = useState(false);
  useShortcuts(!lecture);
  useEffect(() => controller.setSpeed(LESSON_SPEED), [controller]);
  useLectureTheme(lecture);

  const reveal = useCallback(() => {
    setPredicted(true);
    setRevealed(true);
  }, [setRevealed]);
  const next = useCallback(() => {
    if (step.predict && !predicted) reveal();
    else onGo(lesson.id, stepNumber + 1);
  }, [step, predicted, reveal, onGo, lesson.id, stepNumber]);
  const handlers = useMemo(
    () => ({
      next,
      back: () => onGo(lesson.id, stepNumber - 1),
      reveal,
      qr: () => setQr(true),
      play: () => controller.toggle(),
    }),
    [next, reveal, onGo, lesson.id, stepNumber, controller],
  );
  const blank = useLectureKeys(lecture, handlers);

  return (
    <div
      className="lab lesson"
      data-theme={lecture ? 'dark' : theme}
      data-lecture={lecture || undefined}
    >
      <LessonHeader
        title={lesson.title}
        lecture={lecture}
        onLecture={onLecture}
        address={stepAddress}
      />
      {notice && (
        <p role="status" className="lab-notice">
          {notice}
        </p>
      )}
      <main className="lab-main" data-side>
        <section className="lab-stage" aria-label="The network">
          <Stage />
          <PlaybackBar />
        </section>
        <LessonPanel
          lesson={lesson.id}
          stepNumber={stepNumber}
          steps={lesson.steps.length}
          step={step}
          lecture={lecture}
          chosen={chosen}
          predicted={predicted}
          onChoose={setChosen}
          onReveal={reveal}
          onGo={onGo}
        />
        <LessonSide />
        <ClientPanel />
        <TruthPanel />
        <EventLog />
      </main>
      {lecture && (
        <p className="lesson-keys lecture-only">
          Page Down: next · Page Up: back · Enter: reveal · P: play · B: blank · Q: QR code
        </p>
      )}
      <QrDialog address={qr ? stepAddress : null} message={null} onClose={() => setQr(false)} />
      {blank && <BlankScreen />}
    </div>
  );
}
