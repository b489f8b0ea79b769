import { useCallback, useMemo, useState } from 'react';
import { loadPreferences, savePreferences } from '../app/preferences.ts';
import { QuizRound } from '../components/quiz/QuizRound.tsx';
import { DEFAULT_VIEW, type LinkState } from '../links/link-state.ts';
import type { Verdict } from '../quiz/grade.ts';
import { nextSeed, randomSeed, seedFromHash } from '../quiz/pick.ts';
import { questionFor } from '../quiz/question.ts';
import { loadScore, saveScore, scoreAfter } from '../quiz/score.ts';
import { LabProvider } from '../store/LabProvider.tsx';
import type { LabPreferences } from '../store/lab-store.ts';

/** Only the theme is the quiz's to change; the lab's reveal setting stays as it was. */
const saveTheme = (p: LabPreferences) => savePreferences({ ...loadPreferences(), theme: p.theme });

/**
 * "Which of the six?": a cause preset on a random seed, paused just after r3's timeout with
 * the truth hidden. The seed is the page's state (`#quiz&seed=N` opens a given one), each
 * question gets a fresh lab, and the score lives in the browser (not in lecture mode: the
 * room answers, not the lecturer).
 */
export function QuizPage({ lecture }: { lecture: boolean }) {
  const [seed, setSeed] = useState(() => seedFromHash(window.location.hash) ?? randomSeed());
  const [asked, setAsked] = useState(1);
  const [score, setScore] = useState(() => loadScore());
  const question = useMemo(() => questionFor(seed), [seed]);
  const link = useMemo<LinkState>(
    () => ({
      ...DEFAULT_VIEW,
      scenario: question.scenario,
      // No preset id: it names the cause.
      presetId: null,
      atUs: question.timeoutUs,
      revealed: false,
      stage: 'spacetime',
      clientView: true,
    }),
    [question],
  );
  // Read when each question's lab mounts, so a theme changed during the last one is kept; the
  // diagram draws in the store's theme, so lecture mode's dark is set here too.
  const preferences: LabPreferences = {
    theme: lecture ? 'dark' : loadPreferences().theme,
    revealByDefault: false,
  };

  const onGraded = useCallback(
    (verdict: Verdict) => {
      if (lecture) return;
      setScore((before) => {
        const after = scoreAfter(before, verdict);
        saveScore(after);
        return after;
      });
    },
    [lecture],
  );
  const onNext = useCallback(() => {
    setSeed(nextSeed);
    setAsked((n) => n + 1);
  }, []);

  return (
    <LabProvider key={asked} link={link} preferences={preferences} savePreferences={saveTheme}>
      <QuizRound
        question={question}
        lecture={lecture}
        score={score}
        takeFocus={asked > 1}
        onGraded={onGraded}
        onNext={onNext}
      />
    </LabProvider>
  );
}
