/** Placeholder until the page is built. */
export function QuizPage({ lecture }: { lecture: boolean }) {
  return <p>{lecture ? 'Lecture' : 'Coming'}</p>;
}
