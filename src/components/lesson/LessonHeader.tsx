import { LectureToggle } from '../controls/LectureToggle.tsx';
import { SiteMenu } from '../controls/SiteMenu.tsx';
import { ThemeToggle } from '../controls/ThemeToggle.tsx';

interface Props {
  title: string;
  lecture: boolean;
  onLecture(on: boolean): void;
  onQr(): void;
}

/** The lesson's header: the menu, the lesson's name, lecture mode, the QR code, the theme. */
export function LessonHeader({ title, lecture, onLecture, onQr }: Props) {
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
        <button type="button" className="ctl-button" onClick={onQr}>
          Show QR code
        </button>
        <LectureToggle lecture={lecture} onLecture={onLecture} />
        <span className="lecture-chrome">
          <ThemeToggle />
        </span>
      </div>
    </header>
  );
}
