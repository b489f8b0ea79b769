import { LectureToggle } from '../controls/LectureToggle.tsx';
import { SiteMenu } from '../controls/SiteMenu.tsx';
import { ShareButtons } from '../share/ShareButtons.tsx';
import { ThemeToggle } from '../controls/ThemeToggle.tsx';

interface Props {
  title: string;
  lecture: boolean;
  onLecture(on: boolean): void;
  /** The step's link for students (without lecture mode). */
  address: string;
}

/** The lesson's header: the menu, the lesson's name, the step's link and QR code, lecture mode, the theme. */
export function LessonHeader({ title, lecture, onLecture, address }: Props) {
  return (
    <header className="ctl-header lesson-header">
      <div className="ctl-header-title">
        <span className="lecture-chrome">
          <SiteMenu />
        </span>
        <h1 className="ctl-title">
          <span className="ctl-brand">Faultline</span>
          <span className="visually-hidden">: </span>
          <span className="ctl-scenario-name">{title}</span>
        </h1>
      </div>
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
