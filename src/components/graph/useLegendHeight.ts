import { useCallback, useEffect, useState } from 'react';

/**
 * The height in pixels of the legend over the graph, kept up to date, and the callback ref that
 * points it out: the fit keeps that much of the top free. A legend on two lines (a phone) needs
 * more than one on one line; one hidden by a page's own CSS (the six worlds' tiles) measures
 * 0, and null means not measured yet: the fit then keeps the room of one line (fit.ts).
 */
export function useLegendHeight(): [(element: HTMLElement | null) => void, number | null] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [height, setHeight] = useState<number | null>(null);
  const ref = useCallback((next: HTMLElement | null) => setElement(next), []);
  useEffect(() => {
    if (!element) return;
    // offsetHeight: the legend's whole box with its padding, and 0 when it is not displayed.
    const measure = () => setHeight(Math.round(element.offsetHeight));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [ref, height];
}
