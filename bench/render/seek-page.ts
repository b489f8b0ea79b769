/** The seek benchmark in the browser: the same measurements as in Node, left on `window`. */
import { measureSeeks } from '../seek-core.ts';

// Let the page paint first, then measure.
setTimeout(() => {
  const figures = measureSeeks(() => performance.now());
  (window as unknown as { __seek: unknown }).__seek = figures;
  document.getElementById('status')!.textContent = 'Done.';
}, 100);
