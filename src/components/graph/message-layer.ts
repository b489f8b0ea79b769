/**
 * The canvas over the graph that draws what moves: messages, queues, drop marks, writes a
 * last-write-wins store dropped (lww-marks.ts), the clients' timers and a balancer's link monitor polling (link-polls.ts). It lives outside React: created
 * when the canvas mounts, it draws on every frame of the controller (while playing, and after a
 * step or an action), and on its own animation frame when the view changes (zoom, resize,
 * theme, highlight, speed, the truth shown or hidden). Nothing here sets React state.
 *
 * Marks fade over playback, not wall time (client-timers.ts, playbackAgeMs): paused, they stay
 * put for the class to discuss. While the truth is hidden only the clients' own timers and
 * outcomes are drawn: what the client could know.
 */

import type { LabController } from '../../lab/controller.ts';
import {
  collectTimers,
  firstOutstanding,
  MARK_MS,
  playbackAgeMs,
  TimerRows,
} from './client-timers.ts';
import { drawDropMark, drawMessagePoints, type DotSizes } from './draw-messages.ts';
import { drawTimerRows } from './draw-timers.ts';
import { fadeAlpha, type Transform } from './geometry.ts';
import { drawLinkPolls } from './link-polls.ts';
import { drawLwwLosses } from './lww-marks.ts';
import { collectMessages, dropPoint, kindCode, MessagePoints, REQUEST } from './message-points.ts';
import { FALLBACK_PALETTE, type Palette } from './palette.ts';
import type { GraphScene } from './scene.ts';

/** A message is never less than this radius on screen (its world size is the scene's). */
const DOT_MIN_PIXELS = 2.2;

export class MessageLayer {
  private scene: GraphScene | null = null;
  private transform: Transform = { k: 1, x: 0, y: 0 };
  private width = 0;
  private dpr = 1;
  private palette: Palette = FALLBACK_PALETTE;
  private highlight = -1;
  private reducedMotion = false;
  private revealed = true;
  private speed = 1;
  private readonly points = new MessagePoints();
  private readonly rows = new TimerRows();
  private used = new Int32Array(0);
  private readonly spot = { x: 0, y: 0 };
  private readonly clock = { nowUs: 0, speed: 1, reducedMotion: false };
  private cursor = 0;
  private cursorRequests: unknown = null;
  private frame = 0;
  private readonly stopFrames: () => void;
  private readonly canvas: HTMLCanvasElement;
  private readonly controller: LabController;

  constructor(canvas: HTMLCanvasElement, controller: LabController) {
    this.canvas = canvas;
    this.controller = controller;
    this.stopFrames = controller.onFrame(() => this.draw());
  }

  destroy(): void {
    this.stopFrames();
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  setScene(scene: GraphScene): void {
    this.scene = scene;
    if (this.used.length < scene.nodeCount) this.used = new Int32Array(scene.nodeCount);
    this.request();
  }

  setTransform(transform: Transform): void {
    this.transform = transform;
    this.request();
  }

  setSize(width: number, height: number, dpr: number): void {
    this.width = width;
    this.dpr = dpr;
    this.canvas.width = Math.max(1, Math.round(width * dpr));
    this.canvas.height = Math.max(1, Math.round(height * dpr));
    this.draw();
  }

  setPalette(palette: Palette): void {
    this.palette = palette;
    this.request();
  }

  setMarks(highlight: number, reducedMotion: boolean): void {
    this.highlight = highlight;
    this.reducedMotion = reducedMotion;
    this.request();
  }

  /** Whether the truth is shown (messages, queues, drops), and the playback speed (for fading). */
  setPlayback(revealed: boolean, speed: number): void {
    this.revealed = revealed;
    this.speed = speed;
    this.request();
  }

  /** Draw on the next animation frame (several requests in one frame draw once). */
  request(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  draw(): void {
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    const scene = this.scene;
    const sim = this.controller.sim;
    // Right after a new scenario loads, the scene may still be the old one's for a frame.
    if (
      !scene ||
      this.width === 0 ||
      sim.world.nodes.length !== scene.nodeCount ||
      sim.world.directions.length !== scene.directionCount
    ) {
      return;
    }
    const { k, x, y } = this.transform;
    const d = this.dpr;
    ctx.setTransform(d * k, 0, 0, d * k, d * x, d * y);
    const pixel = 1 / k;
    const clock = this.clock;
    clock.nowUs = sim.nowUs;
    clock.speed = this.speed;
    clock.reducedMotion = this.reducedMotion;
    if (this.revealed) {
      // Under the messages: a balancer's link monitor polling the switches, as a ring.
      drawLinkPolls(ctx, scene, sim, clock, this.palette, pixel);
      const sizes: DotSizes = {
        radius: Math.max(scene.dotRadius * scene.glyphScale, DOT_MIN_PIXELS * pixel),
        pixel,
      };
      collectMessages(scene, sim.state, sim.nowUs, this.highlight, this.points);
      drawMessagePoints(ctx, this.points, this.palette, sizes);
      this.drawDrops(ctx, scene, sizes);
      const { reader } = this.controller;
      drawLwwLosses(ctx, reader.log, scene, sim.world.index, clock, this.palette, sizes);
    }
    this.drawTimers(ctx, scene, pixel);
  }

  /** The drop marks of the last MARK_MS of playback. */
  private drawDrops(ctx: CanvasRenderingContext2D, scene: GraphScene, sizes: DotSizes): void {
    const { sim, reader } = this.controller;
    const flashes = reader.flashes;
    for (let i = flashes.length - 1; i >= 0; i--) {
      const flash = flashes[i]!;
      const ageMs = playbackAgeMs(sim.nowUs, flash.timeUs, this.speed);
      if (ageMs >= MARK_MS) break;
      if (flash.kind !== 'drop' || !dropPoint(scene, flash, sim.world.index, this.spot)) continue;
      // Marked in the shape it had on the wire: a lost RST is a crossed bar, not a crossed dot.
      const info = sim.trace.messages[flash.message];
      const kind = info ? kindCode(info.kind) : REQUEST;
      const alpha = fadeAlpha(ageMs, MARK_MS, this.reducedMotion);
      drawDropMark(ctx, this.spot.x, this.spot.y, kind, alpha, this.palette, sizes);
    }
  }

  private drawTimers(ctx: CanvasRenderingContext2D, scene: GraphScene, pixel: number): void {
    const { sim, reader } = this.controller;
    const requests = sim.state.requests;
    // A new simulation (reset, new seed, new scenario) starts the scan from its first request.
    if (this.cursorRequests !== sim) {
      this.cursorRequests = sim;
      this.cursor = 0;
    }
    this.cursor = firstOutstanding(requests, this.cursor);
    this.rows.clear(scene.nodeCount);
    collectTimers(requests, this.cursor, reader.flashes, sim.world.index, this.clock, this.rows);
    drawTimerRows(ctx, this.rows, scene, this.used, this.highlight, this.palette, pixel);
  }
}
