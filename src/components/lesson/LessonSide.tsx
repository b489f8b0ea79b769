import { useLab } from '../../store/hooks.ts';
import { Inspector } from '../controls/Inspector.tsx';

/**
 * While a node or cable is selected the lesson's column shows the inspector, to try things;
 * `Back to the lesson` lets go of the selection and brings the text back.
 */
export function LessonSide() {
  const selected = useLab((s) => s.selection !== null);
  const select = useLab((s) => s.select);
  if (!selected) return null;
  return (
    <div className="lesson-side">
      <button type="button" className="ctl-button lesson-back" onClick={() => select(null)}>
        Back to the lesson
      </button>
      <Inspector />
    </div>
  );
}
