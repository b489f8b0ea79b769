import { useEffect, useRef, type ReactNode } from 'react';
import { useLab } from '../../store/hooks.ts';

interface Props<K> {
  /** The request (`r3`) this row is about; null for a log line about something else. */
  request: string | null;
  rowKey: K;
  /** Whether this row is the list's one Tab stop (see useRovingFocus). */
  tabbable: boolean;
  onRowFocus: (key: K) => void;
  /** The accessible name, starting with the request id; the row's text when absent. */
  name?: string;
  className: string;
  children: ReactNode;
}

/**
 * A row about one request, in either panel or the log: focusable, and hovering or focusing it
 * highlights that request everywhere (graph, panels, log) through the store. Highlighted from
 * elsewhere while paused, the row scrolls into view within its own list (never the page), so
 * pointing at r3 in one panel shows r3 in the others; while playing nothing moves on its own.
 */
export function RequestCard<K>({
  request,
  rowKey,
  tabbable,
  onRowFocus,
  name,
  className,
  children,
}: Props<K>) {
  const highlighted = useLab((s) => request !== null && s.highlight === request);
  const setHighlight = useLab((s) => s.setHighlight);
  const playing = useLab((s) => s.view.playing);
  const rowRef = useRef<HTMLLIElement>(null);
  // Whether the highlight came from this row itself (then it is already where the user looks).
  const fromHere = useRef(false);

  useEffect(() => {
    const row = rowRef.current;
    const list = row?.closest<HTMLElement>('.panel-body');
    if (highlighted && !fromHere.current && !playing && row && list) revealInList(list, row);
  }, [highlighted, playing]);

  const show = () => {
    fromHere.current = true;
    if (request !== null) setHighlight(request);
  };
  const clear = () => {
    fromHere.current = false;
    if (request !== null) setHighlight(null);
  };
  return (
    <li
      ref={rowRef}
      className={`panel-row ${className}`}
      data-row=""
      data-highlight={highlighted ? '' : undefined}
      tabIndex={tabbable ? 0 : -1}
      aria-label={name}
      onPointerEnter={show}
      onPointerLeave={clear}
      onFocus={() => {
        onRowFocus(rowKey);
        show();
      }}
      onBlur={clear}
    >
      {children}
    </li>
  );
}

/** Scroll `list` just enough to show `row`, or its top when it is taller than the list. */
function revealInList(list: HTMLElement, row: HTMLElement): void {
  const view = list.getBoundingClientRect();
  const box = row.getBoundingClientRect();
  if (box.top < view.top || box.height > view.height) list.scrollTop -= view.top - box.top;
  else if (box.bottom > view.bottom) list.scrollTop += box.bottom - view.bottom;
}
