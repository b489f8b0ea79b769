/**
 * The reference: the least a page must do to show 5,000 moving dots on a canvas of the same
 * size, one arc each, per frame. The lab's frame rate is compared with this page's, in the
 * same browser and the same run.
 */
const DOTS = 5000;
const canvas = document.getElementById('dots') as HTMLCanvasElement;
const ctx = canvas.getContext('2d')!;
const ratio = window.devicePixelRatio || 1;
canvas.width = Math.round(innerWidth * ratio);
canvas.height = Math.round(innerHeight * ratio);

// Straight paths across the canvas, fixed so every run draws the same thing.
let seed = 1;
const random = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
const paths = Array.from({ length: DOTS }, () => [
  random(),
  random(),
  random(),
  random(),
  0.2 + random(),
]);

function frame(t: number) {
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, innerWidth, innerHeight);
  ctx.fillStyle = '#1f5fbf';
  ctx.beginPath();
  for (const [x0, y0, x1, y1, speed] of paths) {
    const f = ((t / 1000) * speed!) % 1;
    const x = (x0! + (x1! - x0!) * f) * innerWidth;
    const y = (y0! + (y1! - y0!) * f) * innerHeight;
    ctx.moveTo(x + 3, y);
    ctx.arc(x, y, 3, 0, Math.PI * 2);
  }
  ctx.fill();
  requestAnimationFrame(frame);
}
requestAnimationFrame(frame);
