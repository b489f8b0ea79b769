import { useId, useMemo, useRef } from 'react';
import type { NetworkRun } from '../../lab/switching.ts';
import { useElementSize } from '../graph/useElementSize.ts';
import { PlotAxes } from '../timeouts/PlotAxes.tsx';
import { PlotBars } from '../timeouts/PlotBars.tsx';
import { SwitchMarks } from './SwitchMarks.tsx';
import { switchFrame } from './switch-frame.ts';

interface Props {
  run: NetworkRun;
  /** The other network's run: the two plots share their axes. */
  other: NetworkRun;
  domainUs: readonly [number, number];
  /** The plot in words, for screen readers (the table under it has the numbers). */
  description: string;
}

/**
 * The round trips the client measured on one network, as the lab's Round trips view draws
 * them (log time, square-root counts), with the calls refused in a slot of their own at the
 * right.
 */
export function SwitchPlot({ run, other, domainUs, description }: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(boxRef);
  const ids = useId();
  const frame = useMemo(
    () => switchFrame(width, height, run, other, domainUs),
    [width, height, run, other, domainUs],
  );
  return (
    <div className="sw-plot" ref={boxRef}>
      {width > 0 && height > 0 && (
        <svg className="rt-svg" width={width} height={height} role="img" aria-label={description}>
          <PlotBars frame={frame} unanswered={run.refused} patternIds={ids} slotLabel="refused" />
          <PlotAxes frame={frame} />
          <SwitchMarks frame={frame} boundUs={run.boundUs} />
        </svg>
      )}
    </div>
  );
}
