interface Props {
  lecture: boolean;
  onLecture(on: boolean): void;
  className?: string;
}

/** `Lecture mode`: large type, chrome hidden, a clicker's keys (pressed while on). */
export function LectureToggle({ lecture, onLecture, className = '' }: Props) {
  return (
    <button
      type="button"
      className={`ctl-button ${className}`.trim()}
      aria-pressed={lecture}
      onClick={() => onLecture(!lecture)}
    >
      Lecture mode
    </button>
  );
}
