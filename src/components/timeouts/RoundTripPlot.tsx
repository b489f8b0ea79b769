import { useId, useMemo, useRef, type PointerEvent } from 'react';
import { useElementSize } from '../graph/useElementSize.ts';
import { PlotAxes } from './PlotAxes.tsx';
import { PlotBars } from './PlotBars.tsx';
import { PlotMarks } from './PlotMarks.tsx';
import { plotFrame, type PlotFrame } from './plot-frame.ts';
import { snapTimeout } from './timeout-steps.ts';
import type { RoundTripData } from './useRoundTrips.ts';

interface Props {
  data: RoundTripData;
  timeoutUs: number;
  rtoUs: number | null;
  /** A picked summary of the plot, for screen readers (the table beside it has the numbers). */
  description: string;
  onPick: (timeoutUs: number) => void;
}

/** The timeout under the pointer, on the slider's steps. */
function pickedUs(frame: PlotFrame, event: PointerEvent<SVGSVGElement>): number {
  const box = event.currentTarget.getBoundingClientRect();
  const px = Math.min(frame.right, Math.max(frame.left, event.clientX - box.left));
  return snapTimeout(frame.x.invert(px));
}

/**
 * The histogram of round trips with the timeout drawn on it. Pressing or dragging on the plot
 * moves the timeout there (the `Timeout` slider does the same from the keyboard).
 */
export function RoundTripPlot({ data, timeoutUs, rtoUs, description, onPick }: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(boxRef);
  const ids = useId();
  const frame = useMemo(
    () =>
      plotFrame({
        width,
        height,
        sortedUs: data.sortedUs,
        unanswered: data.unanswered.length,
        percentiles: data.percentiles,
        timeoutUs,
        currentTimeoutUs: data.currentTimeoutUs,
        rtoUs,
      }),
    [width, height, data, timeoutUs, rtoUs],
  );
  const dragging = useRef(false);
  const pick = (event: PointerEvent<SVGSVGElement>) => onPick(pickedUs(frame, event));

  return (
    <div className="rt-plot" ref={boxRef}>
      {width > 0 && height > 0 && (
        <svg
          className="rt-svg"
          width={width}
          height={height}
          role="img"
          aria-label={description}
          onPointerDown={(event) => {
            dragging.current = true;
            event.currentTarget.setPointerCapture(event.pointerId);
            pick(event);
          }}
          onPointerMove={(event) => {
            if (dragging.current) pick(event);
          }}
          onPointerUp={() => (dragging.current = false)}
          onPointerCancel={() => (dragging.current = false)}
        >
          <PlotBars frame={frame} unanswered={data.unanswered.length} patternIds={ids} />
          <PlotAxes frame={frame} />
          <PlotMarks frame={frame} timeoutUs={timeoutUs} />
        </svg>
      )}
      {data.answered.length === 0 && data.unanswered.length === 0 && (
        <p className="st-empty rt-empty">
          No round trips yet. Press Play: each response {data.label} gets is counted here, by how
          long it took.
        </p>
      )}
    </div>
  );
}
