import { useLab } from '../../store/hooks.ts';

/**
 * Which request the drawing shows larger and ringed (one chosen in the diagram or a panel), in
 * words, with a way to let go: the canvas alone would say it only in pixels.
 */
export function ChosenRequest() {
  const chosen = useLab((s) => s.chosenRequest);
  const choose = useLab((s) => s.chooseRequest);
  if (chosen === null) return null;
  return (
    <p className="graph-chosen">
      <span>
        <strong>{chosen}</strong> highlighted
      </span>
      <button
        type="button"
        className="ctl-button ctl-button-small"
        aria-label={`Let go of ${chosen}`}
        onClick={() => choose(null)}
      >
        Let go
      </button>
    </p>
  );
}
