/**
 * Drawing the messages and their marks on the canvas: pure functions of a 2D context and data,
 * in world units (the caller set the zoom transform). One path per kind of message, filled once,
 * so five thousand dots cost a handful of draw calls; no shadows, no per-dot state changes.
 *
 * Requests are circles, responses diamonds, overload jobs small squares, signals (an RST or an
 * ICMP message: the network saying no) flat bars, like a no-entry sign's: the shape tells them
 * apart as well as the colour. The traffic of no request is smaller: heartbeats and health
 * checks little muted dots under everything, a replica's writes small squares in their own
 * colour, a storage's refusal of a stale write a bar in the danger colour.
 */

import {
  CONTROL,
  JOB,
  REFUSAL,
  REQUEST,
  RESPONSE,
  SIGNAL,
  WRITE,
  type MessagePoints,
} from './message-points.ts';
import type { Palette } from './palette.ts';

export interface DotSizes {
  /** Radius of a message, world units. */
  radius: number;
  /** One screen pixel, in world units. */
  pixel: number;
}

/** A diamond is drawn a little larger than a circle of the same radius, so both weigh the same. */
const DIAMOND = 1.3;

function addCircle(ctx: CanvasRenderingContext2D, x: number, y: number, r: number): void {
  ctx.moveTo(x + r, y);
  ctx.arc(x, y, r, 0, Math.PI * 2);
}

function addDiamond(ctx: CanvasRenderingContext2D, x: number, y: number, r: number): void {
  const d = r * DIAMOND;
  ctx.moveTo(x, y - d);
  ctx.lineTo(x + d, y);
  ctx.lineTo(x, y + d);
  ctx.lineTo(x - d, y);
  // Back to the start by hand: closePath() costs Chromium time that grows with the path's
  // length (it was most of a frame with 2,500 diamonds); fill() closes the shape anyway.
  ctx.lineTo(x, y - d);
}

function addSquare(ctx: CanvasRenderingContext2D, x: number, y: number, r: number): void {
  ctx.rect(x - r * 0.75, y - r * 0.75, r * 1.5, r * 1.5);
}

/**
 * A signal's bar: wide and flat, about a circle's area, so it stays a bar (never a square or a
 * dot) when specks are small. Always level: on a lane that runs up and down (a phone) it bars
 * the way, on one that runs across it reads as a dash between the dots.
 */
const BAR_HALF_WIDTH = 1.45;
const BAR_HALF_HEIGHT = 0.55;

function addBar(ctx: CanvasRenderingContext2D, x: number, y: number, r: number): void {
  ctx.rect(
    x - r * BAR_HALF_WIDTH,
    y - r * BAR_HALF_HEIGHT,
    r * 2 * BAR_HALF_WIDTH,
    r * 2 * BAR_HALF_HEIGHT,
  );
}

/** The colour of a kind of message (the shape says it too). */
export function kindColour(kind: number, palette: Palette): string {
  if (kind === RESPONSE) return palette.response;
  if (kind === SIGNAL) return palette.signal;
  if (kind === JOB || kind === CONTROL) return palette.muted;
  if (kind === WRITE) return palette.write;
  if (kind === REFUSAL) return palette.danger;
  return palette.request;
}

/** A kind's size, as a share of a request's: control chatter stays small beside the requests. */
export function kindScale(kind: number): number {
  if (kind === CONTROL) return 0.6;
  if (kind === JOB || kind === WRITE) return 0.8;
  return 1;
}

export function addShape(
  ctx: CanvasRenderingContext2D,
  kind: number,
  x: number,
  y: number,
  r: number,
): void {
  if (kind === RESPONSE) addDiamond(ctx, x, y, r);
  else if (kind === JOB || kind === WRITE) addSquare(ctx, x, y, r);
  else if (kind === SIGNAL || kind === REFUSAL) addBar(ctx, x, y, r);
  else addCircle(ctx, x, y, r);
}

/**
 * Above this many dots the thin outline that separates a dot from the cable under it is left
 * out: at that density the dots are small and the outline would double the cost.
 */
const OUTLINE_LIMIT = 1500;
/** Dots with a radius under this many screen pixels are specks (see drawKind). */
const SPECK_PIXELS = 3;
/** The smallest a smaller kind (a heartbeat, a write) is drawn, in screen pixels: still a dot. */
const SMALL_MIN_PIXELS = 1.8;

/** All messages of one kind in one path: outlined in the background colour, then filled. */
function drawKind(
  ctx: CanvasRenderingContext2D,
  points: MessagePoints,
  kind: number,
  fill: string,
  palette: Palette,
  sizes: DotSizes,
): void {
  if ((points.present & (1 << kind)) === 0) return;
  const scale = kindScale(kind);
  const r =
    scale < 1 ? Math.max(sizes.radius * scale, sizes.pixel * SMALL_MIN_PIXELS) : sizes.radius;
  // Specks: a crowd of dots a few pixels wide, where a circle and a square look alike and arcs
  // cost several times more to rasterize (software canvas, no GPU). Requests are then squares,
  // responses still diamonds, signals still bars; zoom in and the circles come back.
  const speck = points.count > OUTLINE_LIMIT && r / sizes.pixel < SPECK_PIXELS;
  const shape = speck && kind === REQUEST ? JOB : kind;
  ctx.beginPath();
  let any = false;
  for (let i = 0; i < points.count; i++) {
    if (points.kind[i] !== kind || points.highlighted[i] === 1) continue;
    addShape(ctx, shape, points.x[i]!, points.y[i]!, r);
    any = true;
  }
  if (!any) return;
  if (points.count <= OUTLINE_LIMIT) {
    ctx.lineWidth = sizes.pixel * 3;
    ctx.strokeStyle = palette.surface;
    ctx.stroke();
  }
  ctx.fillStyle = fill;
  ctx.fill();
}

/** The messages of the highlighted request: larger, each with a ring, drawn last (on top). */
function drawHighlighted(
  ctx: CanvasRenderingContext2D,
  points: MessagePoints,
  palette: Palette,
  sizes: DotSizes,
): void {
  const r = sizes.radius * 1.6;
  for (let i = 0; i < points.count; i++) {
    if (points.highlighted[i] !== 1) continue;
    const kind = points.kind[i]!;
    const x = points.x[i]!;
    const y = points.y[i]!;
    ctx.beginPath();
    ctx.arc(x, y, r * 1.9, 0, Math.PI * 2);
    ctx.lineWidth = sizes.pixel * palette.strokeWidth * 1.25;
    ctx.strokeStyle = palette.text;
    ctx.stroke();
    ctx.beginPath();
    addShape(ctx, kind, x, y, r);
    ctx.fillStyle = kindColour(kind, palette);
    ctx.fill();
  }
}

export function drawMessagePoints(
  ctx: CanvasRenderingContext2D,
  points: MessagePoints,
  palette: Palette,
  sizes: DotSizes,
): void {
  // Heartbeats and health checks first: the background chatter, under everything else.
  drawKind(ctx, points, CONTROL, palette.muted, palette, sizes);
  drawKind(ctx, points, JOB, palette.muted, palette, sizes);
  drawKind(ctx, points, REQUEST, palette.request, palette, sizes);
  drawKind(ctx, points, RESPONSE, palette.response, palette, sizes);
  drawKind(ctx, points, WRITE, palette.write, palette, sizes);
  // Signals last: few, and the news of the moment, they stay on top of a crowd of requests.
  drawKind(ctx, points, SIGNAL, palette.signal, palette, sizes);
  drawKind(ctx, points, REFUSAL, palette.danger, palette, sizes);
  drawHighlighted(ctx, points, palette, sizes);
  drawMoreLabels(ctx, points, palette, sizes);
}

/** "+12" after a queue too long to show. */
function drawMoreLabels(
  ctx: CanvasRenderingContext2D,
  points: MessagePoints,
  palette: Palette,
  sizes: DotSizes,
): void {
  // "+12" smaller than 6 px on screen is a speck: leave it out.
  if (points.moreCount === 0 || (sizes.radius * 2.6) / sizes.pixel < 6) return;
  ctx.font = `600 ${sizes.radius * 2.6}px ${palette.font}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.lineWidth = sizes.pixel * 3;
  ctx.strokeStyle = palette.surface;
  ctx.fillStyle = palette.text;
  for (let i = 0; i < points.moreCount; i++) {
    const text = `+${points.moreN[i]}`;
    const x = points.moreX[i]! - sizes.radius;
    const y = points.moreY[i]!;
    ctx.strokeText(text, x, y);
    ctx.fillText(text, x, y);
  }
}

/** Where a message died: its shape, hollow, under a cross. */
export function drawDropMark(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  kind: number,
  alpha: number,
  palette: Palette,
  sizes: DotSizes,
): void {
  const r = sizes.radius * 1.8;
  ctx.globalAlpha = alpha;
  ctx.beginPath();
  addShape(ctx, kind, x, y, r);
  ctx.lineWidth = sizes.pixel * 2;
  ctx.strokeStyle = kindColour(kind, palette);
  ctx.stroke();
  ctx.beginPath();
  ctx.moveTo(x - r, y - r);
  ctx.lineTo(x + r, y + r);
  ctx.moveTo(x + r, y - r);
  ctx.lineTo(x - r, y + r);
  ctx.lineCap = 'round';
  ctx.lineWidth = sizes.pixel * 6;
  ctx.strokeStyle = palette.surface;
  ctx.stroke();
  ctx.lineWidth = sizes.pixel * (palette.strokeWidth + 1.5);
  ctx.strokeStyle = palette.danger;
  ctx.stroke();
  ctx.lineCap = 'butt';
  ctx.globalAlpha = 1;
}
