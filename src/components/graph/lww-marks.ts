/**
 * A write a last-write-wins store dropped (concepts.md F9), flashed at the store for a while
 * after: a ring with a cross in it, in the danger colour, as the space-time diagram marks it
 * (the request reached the store and was answered ok; its write did not count). It fades like
 * a drop mark, over playback and not wall time (under reduced motion it stays whole, then goes),
 * and is drawn only while the truth is shown: the client heard ok.
 *
 * Called on every frame: it reads the reader's log from its newest entry back and stops at the
 * first one too old, and allocates nothing.
 */

import type { LogEntry } from '../../lab/trace-reader.ts';
import { MARK_MS, playbackAgeMs } from './client-timers.ts';
import type { DotSizes } from './draw-messages.ts';
import { fadeAlpha } from './geometry.ts';
import type { Palette } from './palette.ts';
import type { GraphScene } from './scene.ts';

/** What the marks need to know of the playback. */
export interface LwwClock {
  nowUs: number;
  speed: number;
  reducedMotion: boolean;
}

export function drawLwwLosses(
  ctx: CanvasRenderingContext2D,
  log: readonly LogEntry[],
  scene: GraphScene,
  nodeIndex: ReadonlyMap<string, number>,
  clock: LwwClock,
  palette: Palette,
  sizes: DotSizes,
): void {
  for (let i = log.length - 1; i >= 0; i--) {
    const entry = log[i]!;
    const ageMs = playbackAgeMs(clock.nowUs, entry.timeUs, clock.speed);
    if (ageMs >= MARK_MS) break;
    if (entry.kind !== 'lww-lost') continue;
    const node = nodeIndex.get(entry.store);
    if (node === undefined || node >= scene.nodeCount) continue;
    // At the glyph's lower left corner: a drop mark takes the upper left, the badge the upper
    // right, so a message dropped there at the same time is not hidden by this.
    const s = scene.glyphScale;
    const x = scene.nodeX[node]! - 24 * s;
    const y = scene.nodeY[node]! + 20 * s;
    drawLostWrite(ctx, x, y, fadeAlpha(ageMs, MARK_MS, clock.reducedMotion), palette, sizes);
  }
}

function drawLostWrite(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  alpha: number,
  palette: Palette,
  sizes: DotSizes,
): void {
  const r = sizes.radius * 2.2;
  const c = r * 0.55;
  ctx.globalAlpha = alpha;
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.fillStyle = palette.surface;
  ctx.fill();
  ctx.lineWidth = sizes.pixel * (palette.strokeWidth + 1);
  ctx.strokeStyle = palette.danger;
  ctx.stroke();
  ctx.beginPath();
  ctx.moveTo(x - c, y - c);
  ctx.lineTo(x + c, y + c);
  ctx.moveTo(x + c, y - c);
  ctx.lineTo(x - c, y + c);
  ctx.lineCap = 'round';
  ctx.lineWidth = sizes.pixel * (palette.strokeWidth + 1.5);
  ctx.stroke();
  ctx.lineCap = 'butt';
  ctx.globalAlpha = 1;
}
