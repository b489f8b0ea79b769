import { SiteMenu } from '../controls/SiteMenu.tsx';
import { ThemeToggle } from '../controls/ThemeToggle.tsx';
import { scoreWords, type Score } from '../../quiz/score.ts';
import '../controls/controls.css';

/**
 * The quiz's header: the site menu, the page's one heading, the learner's score and the
 * theme. In lecture mode only the heading stays: the room has no score, the theme is dark.
 */
export function QuizHeader({ score }: { score: Score }) {
  return (
    <header className="quiz-header">
      <div className="lecture-chrome">
        <SiteMenu />
      </div>
      <h1 className="quiz-title">
        <span className="ctl-brand">Faultline</span>
        <span className="visually-hidden">: </span>
        <span>Which of the six?</span>
      </h1>
      <p className="quiz-score lecture-chrome">
        <span className="visually-hidden">Your score: </span>
        {scoreWords(score)}
      </p>
      <div className="quiz-header-tools lecture-chrome">
        <ThemeToggle />
      </div>
    </header>
  );
}
