/**
 * A balancer's link monitor on the graph: at each poll of the switches (over a management
 * network of its own, so no dot on our cables) a ring grows out of the balancer's box and fades,
 * in the muted colour, or the danger colour when the poll found a backend's link down. With
 * reduced motion the ring stands still at its widest for PULSE_MS, then goes.
 *
 * It reads the balancer's last poll from the simulation's state on every frame, so it allocates
 * nothing: a number or two per balancer, and one path.
 */

import type { Simulation } from '../../sim/index.ts';
import { playbackAgeMs } from './client-timers.ts';
import { fadeAlpha } from './geometry.ts';
import type { Palette } from './palette.ts';
import type { GraphScene } from './scene.ts';

/** How long a ring lasts, in milliseconds of playback (see playbackAgeMs). */
export const PULSE_MS = 900;
/** A growing ring ends this share of the way to the next poll, so each poll reads as one. */
const PULSE_SHARE = 0.8;
/** The balancer's box (NodeShape.tsx), half its width and height, and its corners' radius. */
const BOX_HALF_W = 26;
const BOX_HALF_H = 17;
const BOX_RADIUS = 4;
/**
 * How far outside the box the ring starts, and how far it grows (world units at scale 1): at
 * most 29 units below the centre, clear of the label's letters (NODE_LAYOUTS).
 */
const RING_FROM = 3;
const RING_GROWTH = 9;

/** A ring at one moment: how far out from the box, and how opaque (0: none). */
export interface Pulse {
  out: number;
  alpha: number;
}

/**
 * The ring `ageMs` of playback after a poll, with polls `intervalMs` of playback apart, into
 * `pulse` (reused, so a frame allocates nothing). Moving, it grows and fades and is gone before
 * the next poll; still, it stays whole for PULSE_MS, unbroken when polls come faster than that
 * (a ring blinking at every poll would be motion too).
 */
export function pollPulse(
  ageMs: number,
  intervalMs: number,
  reducedMotion: boolean,
  pulse: Pulse,
): Pulse {
  const durationMs = reducedMotion ? PULSE_MS : Math.min(PULSE_MS, intervalMs * PULSE_SHARE);
  pulse.alpha = fadeAlpha(ageMs, durationMs, reducedMotion);
  // Eased out: quickly clear of the box (a ring hugging it would read as the node's state).
  const left = reducedMotion ? 0 : Math.max(0, 1 - ageMs / Math.max(durationMs, 1e-6));
  pulse.out = RING_FROM + RING_GROWTH * (1 - left * left);
  return pulse;
}

const pulse: Pulse = { out: 0, alpha: 0 };

/** A ring round every balancer whose link monitor polled in the last moment of playback. */
export function drawLinkPolls(
  ctx: CanvasRenderingContext2D,
  scene: GraphScene,
  sim: Simulation,
  clock: { nowUs: number; speed: number; reducedMotion: boolean },
  palette: Palette,
  pixel: number,
): void {
  const { nodes } = sim.world;
  for (let i = 0; i < scene.nodeCount; i++) {
    const node = nodes[i];
    if (node?.kind !== 'balancer' || node.linkMonitorUs === undefined) continue;
    const state = sim.state.nodes[i]?.balancer;
    if (!state || state.lastPollUs < 0) continue;
    const ageMs = playbackAgeMs(clock.nowUs, state.lastPollUs, clock.speed);
    const intervalMs = playbackAgeMs(node.linkMonitorUs, 0, clock.speed);
    pollPulse(ageMs, intervalMs, clock.reducedMotion, pulse);
    if (pulse.alpha <= 0) continue;
    const s = scene.glyphScale;
    const out = pulse.out * s;
    ctx.globalAlpha = pulse.alpha;
    ctx.strokeStyle = state.linksDown > 0 ? palette.danger : palette.muted;
    // Never thinner than a screen pixel and a half, however far the view is zoomed out.
    ctx.lineWidth = Math.max(1.5 * pixel, (palette.strokeWidth - 0.5) * s);
    ctx.beginPath();
    ctx.roundRect(
      scene.nodeX[i]! - BOX_HALF_W * s - out,
      scene.nodeY[i]! - BOX_HALF_H * s - out,
      2 * (BOX_HALF_W * s + out),
      2 * (BOX_HALF_H * s + out),
      BOX_RADIUS * s + out,
    );
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}
