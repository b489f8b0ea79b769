import { LectureToggle } from '../controls/LectureToggle.tsx';
import type { World } from '../../six/six-worlds.ts';
import { LabContext } from '../../store/context.ts';
import { PageTitle } from '../controls/PageTitle.tsx';
import { ThemeToggle } from '../controls/ThemeToggle.tsx';
import { SixLegend } from './SixLegend.tsx';

interface Props {
  /** World 1 holds the page's theme setting (the others follow it). */
  first: World;
  lecture: boolean;
  revealed: boolean;
  onReveal(revealed: boolean): void;
  onLecture(on: boolean): void;
  onQr(): void;
}

/**
 * The page's header: the site menu, the title, the drawings' legend in lecture mode, the one
 * truth switch for all six worlds (kept in lecture mode, where it also says what the room is
 * looking at), the QR code, lecture mode and the theme.
 */
export function SixHeader({ first, lecture, revealed, onReveal, onLecture, onQr }: Props) {
  return (
    <header className="ctl-header six-header">
      <PageTitle title="Six worlds, one timeout" />
      {/* In lecture mode the header has room for the legend (its other tools are hidden). */}
      {lecture && <SixLegend revealed={revealed} />}
      <div className="ctl-header-tools">
        <button
          type="button"
          className={`ctl-button${revealed ? '' : ' ctl-button-primary'}`}
          onClick={() => onReveal(!revealed)}
        >
          {revealed ? 'Hide what really happened' : 'Reveal what really happened'}
        </button>
        {/* Not on a phone: nobody lectures from one, and the truth switch needs the room. */}
        <span className="lecture-chrome six-wide-only">
          <button type="button" className="ctl-button" onClick={onQr}>
            Show QR code
          </button>
        </span>
        <LectureToggle lecture={lecture} onLecture={onLecture} className="six-wide-only" />
        <span className="lecture-chrome">
          <LabContext.Provider value={first}>
            <ThemeToggle />
          </LabContext.Provider>
        </span>
      </div>
    </header>
  );
}
