/**
 * Which stretch of time the diagram shows: the last second or so, ending a little after the
 * cursor, so what just happened is large enough to read on a projector (5 ms hops and 100 ms
 * timeouts stay apart), and the next moments have room to appear. A run shorter than that is
 * shown whole.
 */

/** The span shown: a timeout and the round trips around it, at a readable scale. */
export const WINDOW_SPAN_US = 1_000_000;
/** Room after the cursor, as a share of the span. */
const LEAD = 0.1;

export interface TimeWindow {
  fromUs: number;
  toUs: number;
}

export function diagramWindow(nowUs: number, endUs: number): TimeWindow {
  const spanUs = endUs > 0 ? Math.min(WINDOW_SPAN_US, endUs) : WINDOW_SPAN_US;
  const lastUs = Math.max(endUs, spanUs);
  const toUs = Math.min(lastUs, Math.max(spanUs, nowUs + spanUs * LEAD));
  return { fromUs: Math.round(toUs - spanUs), toUs: Math.round(toUs) };
}

/** Time across on a wide box; down on a narrow one (a phone), where lanes side by side fit. */
export function orientationFor(widthPx: number, heightPx: number): 'time-across' | 'time-down' {
  return widthPx < 600 && heightPx > widthPx ? 'time-down' : 'time-across';
}
