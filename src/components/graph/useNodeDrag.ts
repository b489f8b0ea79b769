import { useEffect, useRef, type RefObject } from 'react';
import { createDrag, type DragPoint } from '../../render/drag.ts';

export interface NodeDragHandlers {
  position(): DragPoint;
  scale(): number;
  onMove(x: number, y: number): void;
  onEnd(moved: boolean, x: number, y: number): void;
}

/**
 * Makes the element draggable (d3-drag). Returns a ref that is true from the end of a drag that
 * moved until the next press, so the click that follows a drag does not also select.
 */
export function useNodeDrag(
  ref: RefObject<SVGGElement | null>,
  handlers: NodeDragHandlers,
): RefObject<boolean> {
  const latest = useRef(handlers);
  const dragged = useRef(false);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const drag = createDrag({
      element,
      position: () => latest.current.position(),
      scale: () => latest.current.scale(),
      onMove: (x, y) => {
        dragged.current = true;
        latest.current.onMove(x, y);
      },
      onEnd: (moved, x, y) => latest.current.onEnd(moved, x, y),
    });
    const onPress = () => {
      dragged.current = false;
    };
    element.addEventListener('pointerdown', onPress, { capture: true });
    return () => {
      drag.destroy();
      element.removeEventListener('pointerdown', onPress, { capture: true });
    };
  }, [ref]);
  return dragged;
}
