import { useCallback, useEffect, type RefObject } from 'react';
import type { Selection } from '../../store/lab-store.ts';
import { useLab } from '../../store/hooks.ts';
import { scrollToShowAbove } from './sheet.ts';

/** The drawing's element for a selection (GraphView marks its nodes and cables for this). */
function graphElement(selection: Selection): HTMLElement | SVGElement | null {
  const q = (value: string) => `"${CSS.escape(value)}"`;
  const selector =
    selection.kind === 'node'
      ? `.graph [data-node-id=${q(selection.id)}]`
      : `.graph [data-cable-a=${q(selection.a)}][data-cable-b=${q(selection.b)}]`;
  return document.querySelector<HTMLElement | SVGElement>(selector);
}

/** Scroll the page so that `target` shows above the sheet, if the sheet covers it. */
function showAbove(sheet: HTMLElement | null, target: Element, behavior: ScrollBehavior): void {
  if (!sheet) return;
  const rect = target.getBoundingClientRect();
  const delta = scrollToShowAbove(rect.top, rect.bottom, window.innerHeight - sheet.offsetHeight);
  if (delta !== 0) window.scrollBy({ top: delta, behavior });
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The inspector as a bottom sheet (`open`): the page scrolls so that what was selected, and
 * whatever gets the focus, stays in sight above it (the focus stays where it is: a keyboard
 * user keeps their place in the drawing); Escape closes it; closing from inside the sheet gives
 * the focus back to the drawing. Returns `close`.
 */
export function useSheet(
  sheetRef: RefObject<HTMLElement | null>,
  selection: Selection | null,
  open: boolean,
): () => void {
  const select = useLab((s) => s.select);
  const shortcutsOpen = useLab((s) => s.shortcutsOpen);

  const close = useCallback(() => {
    const sheet = sheetRef.current;
    const focusInSheet = !!sheet && sheet.contains(document.activeElement);
    if (focusInSheet && selection) graphElement(selection)?.focus({ preventScroll: true });
    select(null);
  }, [sheetRef, selection, select]);

  // After the sheet is laid out: lift the selection above it if the sheet covers it.
  useEffect(() => {
    if (!open || !selection) return;
    const frame = requestAnimationFrame(() => {
      const target = graphElement(selection);
      if (target) showAbove(sheetRef.current, target, reducedMotion() ? 'auto' : 'smooth');
    });
    return () => cancelAnimationFrame(frame);
  }, [open, selection, sheetRef]);

  // The browser scrolls a focused element into the screen, not out from under the sheet.
  useEffect(() => {
    if (!open) return;
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target;
      const sheet = sheetRef.current;
      if (!(target instanceof Element) || !sheet || sheet.contains(target)) return;
      // Only the keyboard's focus: a tap already hit something in sight, and must not move it.
      if (target.matches(':focus-visible')) showAbove(sheet, target, 'auto');
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, [open, sheetRef]);

  useEffect(() => {
    if (!open || !selection || shortcutsOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      close();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open, selection, shortcutsOpen, close]);

  return close;
}
