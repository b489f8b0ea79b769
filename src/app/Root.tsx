import { useEffect, useState } from 'react';
import { HpcPage } from '../pages/HpcPage.tsx';
import { LabPage } from '../pages/LabPage.tsx';
import { LessonPage } from '../pages/LessonPage.tsx';
import { QuizPage } from '../pages/QuizPage.tsx';
import { SixWorldsPage } from '../pages/SixWorldsPage.tsx';
import { SwitchingPage } from '../pages/SwitchingPage.tsx';
import { routeOf, type Route } from './route.ts';

/** The same page kind keeps its state across navigations; another kind mounts afresh. */
const keyOf = (route: Route) => (route.page === 'lesson' ? `lesson ${route.lesson}` : route.page);

/**
 * Which page the address names: the lab, a lesson, the six worlds, the quiz, supercomputers
 * and the cloud, or packets and circuits. Following a link inside the app (Back, Forward, the site menu) switches pages
 * as a fresh load would.
 */
export function Root() {
  const [route, setRoute] = useState(() => routeOf(window.location.hash));
  useEffect(() => {
    const onNavigate = () => setRoute(routeOf(window.location.hash));
    window.addEventListener('popstate', onNavigate);
    window.addEventListener('hashchange', onNavigate);
    return () => {
      window.removeEventListener('popstate', onNavigate);
      window.removeEventListener('hashchange', onNavigate);
    };
  }, []);
  switch (route.page) {
    case 'lesson':
      return <LessonPage key={keyOf(route)} {...route} />;
    case 'six':
      return <SixWorldsPage key={keyOf(route)} lecture={route.lecture} />;
    case 'quiz':
      return <QuizPage key={keyOf(route)} lecture={route.lecture} />;
    case 'hpc':
      return <HpcPage key={keyOf(route)} />;
    case 'switching':
      return <SwitchingPage key={keyOf(route)} />;
    default:
      return <LabPage key={keyOf(route)} />;
  }
}
