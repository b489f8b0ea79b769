import { useCallback, useLayoutEffect, useRef, useState, type FocusEvent } from 'react';
import { useLab } from '../../store/hooks.ts';

/** Within this many pixels of the bottom counts as "at the bottom". */
const BOTTOM_SLACK_PX = 24;
/** A top row cut by no more than this is shown whole: the newest row gives up its padding. */
const PADDING_SLACK_PX = 6;

/** The row across the list's top edge `top` (page pixels), found by halving: rows are in order. */
function rowAcross(list: HTMLElement, top: number): HTMLElement | null {
  const rows = list.querySelectorAll<HTMLElement>('[data-row]');
  let low = 0;
  let high = rows.length - 1;
  let found: HTMLElement | null = null;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const row = rows[middle]!;
    if (row.getBoundingClientRect().bottom > top) {
      found = row;
      high = middle - 1;
    } else low = middle + 1;
  }
  return found;
}

/** Where a row may meet the list's top edge: its own top, or the top of one of its lines. */
const ROW_LINES = '.panel-detail > *, .panel-attempts > *';

/**
 * Scroll to the newest rows without slicing the top one through a line (a cause's tag cut in
 * two reads as noise on a projector): when the top row would be cut, the list gets room below
 * its newest row, so that the next line of that row (or the next row) meets the list's top.
 * A row cut only in its padding is shown whole instead, the newest row giving up its padding.
 * A newest row taller than the list is shown from its top.
 */
function followBottom(list: HTMLElement): void {
  list.style.paddingBottom = '';
  list.scrollTop = list.scrollHeight;
  const top = list.getBoundingClientRect().top + list.clientTop;
  // A newest row taller than the list (a short panel, a long story): show its beginning.
  const rows = list.querySelectorAll<HTMLElement>('[data-row]');
  const newest = rows[rows.length - 1];
  if (newest && newest.getBoundingClientRect().height >= list.clientHeight) {
    list.scrollTop += newest.getBoundingClientRect().top - top;
    return;
  }
  const row = rowAcross(list, top);
  if (!row) return;
  const box = row.getBoundingClientRect();
  const cut = top - box.top;
  if (cut < 1) return;
  if (cut <= PADDING_SLACK_PX) {
    list.scrollTop -= cut;
    return;
  }
  let edge = box.bottom;
  for (const line of row.querySelectorAll<HTMLElement>(ROW_LINES)) {
    const lineTop = line.getBoundingClientRect().top;
    if (lineTop >= top - 0.5 && lineTop < edge) edge = lineTop;
  }
  list.style.paddingBottom = `${Math.ceil(edge - top)}px`;
  list.scrollTop = list.scrollHeight;
}

/**
 * A list that keeps its newest rows (at the bottom) in view while a run plays, without moving
 * anything under the user: it follows the bottom only while the user is at the bottom and has
 * neither the pointer nor the focus in the list. While held, `held` is the value `latestFirst`
 * had when the hold began (the first row the list showed), so the panels stop dropping old rows
 * from under the user; null otherwise.
 *
 * `contentKey` changes whenever the rows change; the list then scrolls to the bottom if it follows.
 * Pressing Play means "show me what happens next": the list follows the bottom again.
 */
export function useFollowList<T extends HTMLElement>(contentKey: unknown, latestFirst: number) {
  // A callback ref, so the hook hands out a function rather than a ref object.
  const listRef = useRef<T | null>(null);
  const setList = useCallback((element: T | null) => {
    listRef.current = element;
  }, []);
  const atBottom = useRef(true);
  const [pointerIn, setPointerIn] = useState(false);
  const [focusIn, setFocusIn] = useState(false);
  const [held, setHeld] = useState<number | null>(null);
  const holding = pointerIn || focusIn;

  // The hold starts from the rows the user saw: the value of the last render, read in the event.
  const latestFirstRef = useRef(latestFirst);
  useLayoutEffect(() => {
    latestFirstRef.current = latestFirst;
  });
  const hold = useCallback((on: boolean) => setHeld(on ? latestFirstRef.current : null), []);

  const playing = useLab((s) => s.view.playing);
  useLayoutEffect(() => {
    if (playing) atBottom.current = true;
  }, [playing]);

  // Where the list last scrolled itself. Its scroll event arrives a frame later, when a row may
  // have grown (a countdown wrapping, a timeout's note): that is not the user scrolling away.
  const autoTop = useRef(-1);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list || !atBottom.current || holding) return;
    followBottom(list);
    autoTop.current = list.scrollTop;
  }, [contentKey, holding]);

  const onScroll = useCallback(() => {
    const list = listRef.current;
    if (!list || Math.abs(list.scrollTop - autoTop.current) < 1) return;
    autoTop.current = -1;
    atBottom.current = list.scrollHeight - list.scrollTop - list.clientHeight <= BOTTOM_SLACK_PX;
  }, []);

  const listProps = {
    ref: setList,
    onScroll,
    onPointerEnter: () => {
      setPointerIn(true);
      if (!focusIn) hold(true);
    },
    onPointerLeave: () => {
      setPointerIn(false);
      if (!focusIn) hold(false);
    },
    onFocus: () => {
      setFocusIn(true);
      if (!pointerIn) hold(true);
    },
    onBlur: (event: FocusEvent) => {
      // Focus moving between rows of the same list keeps the hold.
      if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
      setFocusIn(false);
      if (!pointerIn) hold(false);
    },
  };
  return { listProps, held: holding ? held : null };
}
