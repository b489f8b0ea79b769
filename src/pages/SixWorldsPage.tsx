import { useCallback, useEffect, useState } from 'react';
import { BlankScreen } from '../app/BlankScreen.tsx';
import { addressOf } from '../app/link-of-lab.ts';
import { loadPreferences, savePreferences } from '../app/preferences.ts';
import { hashOf } from '../app/route.ts';
import { QrDialog } from '../components/share/QrDialog.tsx';
import { LectureHint } from '../components/six/LectureHint.tsx';
import { SameForClient } from '../components/six/SameForClient.tsx';
import { SixLegend } from '../components/six/SixLegend.tsx';
import { SixHeader } from '../components/six/SixHeader.tsx';
import { SixPlayback } from '../components/six/SixPlayback.tsx';
import { WorldGrid } from '../components/six/WorldGrid.tsx';
import { useSixLecture } from '../components/six/useSixLecture.ts';
import { useSixReveal } from '../components/six/useSixReveal.ts';
import { useSixTheme } from '../components/six/useSixTheme.ts';
import { browserScheduler } from '../lab/controller.ts';
import { SIX_CAUSES } from '../scenario/presets/index.ts';
import { createSixWorlds } from '../six/six-worlds.ts';
import type { LabPreferences } from '../store/lab-store.ts';
import '../app/app.css';
import '../app/lecture.css';
import '../components/share/share.css';
import '../components/six/six.css';
import '../components/six/six-controls.css';
import '../components/six/six-phone.css';

/** Only the theme is this page's to change: the lab's reveal setting stays as it was. */
const saveTheme = ({ theme }: LabPreferences) => savePreferences({ ...loadPreferences(), theme });

/** The room scans the page itself, not its lecture view. */
const pageAddress = () => addressOf(hashOf({ page: 'six', lecture: false }).slice(1));

/**
 * Six worlds: the six cause presets side by side, on one clock, with the truth hidden until
 * revealed, so the room sees six clients that saw exactly the same thing, then six different
 * stories. In lecture mode (`#six&lecture=1`): dark, large, keys and clicker (useSixLecture).
 */
export function SixWorldsPage({ lecture }: { lecture: boolean }) {
  const [{ worlds, clock }] = useState(() =>
    createSixWorlds(SIX_CAUSES, browserScheduler, loadPreferences().theme, saveTheme),
  );
  const theme = useSixTheme(worlds, lecture);
  const [revealed, setRevealed] = useSixReveal(worlds);
  const [qr, setQr] = useState<string | null>(null);
  const openQr = useCallback(() => setQr(pageAddress()), []);
  const blank = useSixLecture(lecture, { clock, revealed, setRevealed, openQr });

  // Hidden or left, the six stop: no hot laptops, no surprise jumps.
  useEffect(() => {
    const onVisibility = () => {
      if (document.hidden) clock.pause();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      clock.pause();
    };
  }, [clock]);

  const onLecture = (on: boolean) => {
    window.location.hash = hashOf({ page: 'six', lecture: on });
  };

  return (
    <div className="lab six" data-theme={theme} data-lecture={lecture || undefined}>
      <SixHeader
        first={worlds[0]!}
        lecture={lecture}
        revealed={revealed}
        onReveal={setRevealed}
        onLecture={onLecture}
        onQr={openQr}
      />
      <main className="six-main">
        {!lecture && (
          <div className="six-lede">
            <p>
              One small network, six times. In each world something different goes wrong just before
              request r3 leaves. Play, and watch the six clients.
            </p>
            <SixLegend revealed={revealed} />
          </div>
        )}
        <div className="six-top">
          <SameForClient clock={clock} revealed={revealed} />
        </div>
        <WorldGrid worlds={worlds} revealed={revealed} />
        <SixPlayback clock={clock} />
        {lecture && <LectureHint />}
      </main>
      <QrDialog address={qr} message={null} onClose={() => setQr(null)} />
      {blank && <BlankScreen />}
    </div>
  );
}
