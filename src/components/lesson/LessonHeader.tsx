import { LectureToggle } from '../controls/LectureToggle.tsx';
import { PageTitle } from '../controls/PageTitle.tsx';
import { ShareButtons } from '../share/ShareButtons.tsx';
import { ThemeToggle } from '../controls/ThemeToggle.tsx';

interface Props {
  title: string;
  lecture: boolean;
  onLecture(on: boolean): void;
  /** The step's link for students (without lecture mode). */
  address: string;
}

/** The lesson's header: its name, the step's link and QR code, lecture mode, the theme. */
export function LessonHeader({ title, lecture, onLecture, address }: Props) {
  return (
    <header className="ctl-header lesson-header">
      <PageTitle title={title} />
      <div className="ctl-header-tools">
        <ShareButtons address={() => address} />
        <LectureToggle lecture={lecture} onLecture={onLecture} />
        <span className="lecture-chrome">
          <ThemeToggle />
        </span>
      </div>
    </header>
  );
}
