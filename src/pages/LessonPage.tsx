/** Placeholder until the page is built. */
export function LessonPage({
  lesson,
  step,
  lecture,
}: {
  lesson: string;
  step: number;
  lecture: boolean;
}) {
  return <p>{`${lesson} ${step} ${lecture}`}</p>;
}
