import { GraphHiddenNote } from '../graph/GraphHiddenNote.tsx';
import { GraphLegend } from '../graph/GraphLegend.tsx';

/**
 * One legend for the six drawings (each tile's own would take room from its drawing): the
 * marks' meanings once the truth shows, else a note that it is hidden.
 */
export function SixLegend({ revealed }: { revealed: boolean }) {
  return <div className="six-legend">{revealed ? <GraphLegend /> : <GraphHiddenNote />}</div>;
}
