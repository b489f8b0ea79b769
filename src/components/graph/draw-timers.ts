/**
 * Drawing a client's timers under its label: a ring that empties towards the deadline with
 * "r3 62 ms", or, once the request ended, "✓ r3 ok" / "⏱ r3 timeout" / a bounced arrow and
 * "r4 connection refused" on two lines (a signal came back, as the panels mark it) for a moment.
 * The icons are drawn as paths (fonts on projectors and phones may lack ✓ and ⏱). The rows come
 * capped from client-timers.ts ("+N more" for the countdowns that do not fit), so a busy client
 * stays tidy; their words come from timer-text.ts.
 *
 * An outcome fades by its icon only: its words go from the text colour to the muted one, both
 * readable on the ground of either theme (WCAG AA), never to a faint ghost.
 */

import {
  ENDED_OK,
  ENDED_SIGNAL,
  ENDED_TIMEOUT,
  MORE,
  WAITING,
  type TimerRow,
  type TimerRows,
} from './client-timers.ts';
import { NODE_LAYOUTS } from './node-layout.ts';
import type { Palette } from './palette.ts';
import type { GraphScene } from './scene.ts';
import { timerSecondLine, timerText } from './timer-text.ts';

const MIN_TEXT_PIXELS = 6;

/** An outcome's icon never fades below this, so it is still seen until it goes. */
const ICON_ALPHA_MIN = 0.35;

/** Rows for each client, in the pool's order (its countdowns, "+N more", its outcomes). */
export function drawTimerRows(
  ctx: CanvasRenderingContext2D,
  rows: TimerRows,
  scene: GraphScene,
  used: Int32Array,
  highlight: number,
  palette: Palette,
  pixel: number,
): void {
  const s = scene.glyphScale;
  const fontSize = 13 * s;
  // Text smaller than this on screen is unreadable: leave it out (a big graph seen whole).
  if (fontSize / pixel < MIN_TEXT_PIXELS) return;
  const layout = NODE_LAYOUTS[scene.placement];
  const rowHeight = layout.timerRowHeight * s;
  used.fill(0);
  ctx.font = `600 ${fontSize}px ${palette.font}`;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  for (let i = 0; i < rows.count; i++) {
    const row = rows.rows[i]!;
    if (row.client >= scene.nodeCount) continue;
    const n = used[row.client]!;
    used[row.client] = n + row.lines;
    const x = scene.nodeX[row.client]! + layout.timersX * s;
    const y =
      scene.nodeY[row.client]! +
      layout.timersY * s +
      (n + scene.clockRows[row.client]!) * rowHeight;
    const text = timerText(row);
    if (row.state === MORE) {
      ctx.fillStyle = palette.muted;
      ctx.fillText(text, x, y);
      continue;
    }
    const second = timerSecondLine(row);
    if (row.request === highlight) {
      // A band from before the icon to just past the longest line's end.
      const textWidth = Math.max(ctx.measureText(text).width, ctx.measureText(second).width);
      const left = x - fontSize * 0.7;
      const right = x + 11 * s + textWidth + fontSize * 0.3;
      ctx.fillStyle = palette.highlightBg;
      ctx.fillRect(left, y - rowHeight / 2, right - left, rowHeight * row.lines);
    }
    ctx.globalAlpha = ICON_ALPHA_MIN + (1 - ICON_ALPHA_MIN) * row.alpha;
    drawRowIcon(ctx, row, x, y, 6 * s, palette, pixel);
    ctx.globalAlpha = 1;
    ctx.fillStyle = row.alpha > 0.5 ? palette.text : palette.muted;
    ctx.fillText(text, x + 11 * s, y);
    // The rest of the words under the first line's, where the request id starts.
    if (second) ctx.fillText(second, x + 11 * s, y + rowHeight);
  }
}

function drawRowIcon(
  ctx: CanvasRenderingContext2D,
  row: TimerRow,
  x: number,
  y: number,
  r: number,
  palette: Palette,
  pixel: number,
): void {
  const width = pixel * palette.strokeWidth;
  ctx.lineWidth = width;
  ctx.beginPath();
  if (row.state === WAITING) {
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.strokeStyle = palette.lineStrong;
    ctx.stroke();
    // What is left of the timeout, as a pie that empties clockwise from twelve o'clock.
    const left = Math.min(1, row.leftUs / row.totalUs);
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.arc(x, y, r, -Math.PI / 2, -Math.PI / 2 + left * Math.PI * 2);
    ctx.closePath();
    ctx.fillStyle = palette.text;
    ctx.fill();
  } else if (row.state === ENDED_OK) {
    ctx.moveTo(x - r * 0.9, y);
    ctx.lineTo(x - r * 0.2, y + r * 0.7);
    ctx.lineTo(x + r, y - r * 0.8);
    ctx.lineWidth = width * 1.4;
    ctx.strokeStyle = palette.ok;
    ctx.stroke();
  } else if (row.state === ENDED_TIMEOUT) {
    // A stopwatch: a dial, its hand, and the button on top.
    ctx.arc(x, y + r * 0.1, r * 0.85, 0, Math.PI * 2);
    ctx.moveTo(x, y + r * 0.1);
    ctx.lineTo(x + r * 0.45, y - r * 0.35);
    ctx.moveTo(x - r * 0.3, y - r);
    ctx.lineTo(x + r * 0.3, y - r);
    ctx.strokeStyle = palette.danger;
    ctx.stroke();
  } else if (row.state === ENDED_SIGNAL) {
    // Bounced: a wall, and an arrow leaving it (the panels' mark for a signal).
    ctx.moveTo(x + r * 0.85, y - r * 0.9);
    ctx.lineTo(x + r * 0.85, y + r * 0.9);
    ctx.moveTo(x + r * 0.4, y);
    ctx.lineTo(x - r * 0.9, y);
    ctx.moveTo(x - r * 0.35, y - r * 0.55);
    ctx.lineTo(x - r * 0.9, y);
    ctx.lineTo(x - r * 0.35, y + r * 0.55);
    ctx.strokeStyle = palette.danger;
    ctx.stroke();
  }
}
