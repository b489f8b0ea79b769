/** Placeholder until the page is built. */
export function SixWorldsPage({ lecture }: { lecture: boolean }) {
  return <p>{lecture ? 'Lecture' : 'Coming'}</p>;
}
