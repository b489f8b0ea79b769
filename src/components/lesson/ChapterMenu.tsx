import { useId } from 'react';
import { LESSONS } from '../../lessons/index.ts';

interface Props {
  lesson: string;
  step: number;
  onGo(lesson: string, step: number): void;
}

/** Every lesson and every step, to jump to; the current one chosen. */
export function ChapterMenu({ lesson, step, onGo }: Props) {
  const id = useId();
  return (
    <div className="lesson-chapters">
      <label htmlFor={id} className="ctl-field-label">
        Chapter
      </label>
      <select
        id={id}
        className="ctl-select"
        value={`${lesson} ${step}`}
        onChange={(e) => {
          const [to, n] = e.target.value.split(' ');
          onGo(to!, Number(n));
        }}
      >
        {LESSONS.map((l, li) => (
          <optgroup key={l.id} label={`${li + 1}. ${l.title}`}>
            {l.steps.map((s, si) => (
              <option key={s.id} value={`${l.id} ${si + 1}`}>
                {si + 1}. {s.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
