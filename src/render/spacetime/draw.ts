/**
 * A scene drawn: the tree of SVG elements for both the exported file and the screen. Back to
 * front: the ground, the legend, the time grid, the bands, the fog, the lanes, the messages of
 * no request (health checks, heartbeats, writes), each request's group, the marks of no request
 * (the balancers' verdicts, the replicas' roles, stale writes and tokens), then the cursor.
 */

import { drawControl } from './draw-control.ts';
import {
  arrowLook,
  bandLook,
  drawDefs,
  lookColor,
  patternId,
  type ArrowLook,
} from './draw-defs.ts';
import { drawLegend } from './draw-legend.ts';
import { drawRequests, type RequestDrawOptions } from './draw-requests.ts';
import { drawText } from './draw-text.ts';
import { round1, TEXT_PX } from './frame.ts';
import { PALETTES, type DiagramPalette, type DiagramTheme } from './palette.ts';
import { formatSpan } from './scale.ts';
import type { Label, Scene } from './scene.ts';
import { el, type SvgNode } from './svg-node.ts';

export interface DrawOptions extends Partial<RequestDrawOptions> {
  theme?: DiagramTheme;
}

export function drawScene(scene: Scene, options: DrawOptions = {}): SvgNode {
  const p = PALETTES[options.theme ?? 'light'];
  const across = scene.orientation === 'time-across';
  const cursorPx = scene.cursor ? (across ? scene.cursor.x1 : scene.cursor.y1) : null;
  const requestOptions = {
    emphasis: options.emphasis ?? null,
    interactive: options.interactive ?? false,
    futurePx: scene.future ? cursorPx : null,
    across,
  };
  // The traffic of no request: under the requests, and its marks over them.
  const control = hasControl(scene) ? drawControl(scene, p, requestOptions) : null;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: scene.widthPx,
      height: scene.heightPx,
      viewBox: `0 0 ${scene.widthPx} ${scene.heightPx}`,
    },
    [
      el('title', {}, [scene.title], 'title'),
      drawDefs(p, extraLooks(scene)),
      el('rect', { width: scene.widthPx, height: scene.heightPx, fill: p.ground }, [], 'ground'),
      drawLegend(scene.legend, p, waitColor(scene, p)),
      drawGrid(scene, p, cursorPx),
      drawBands(scene, p),
      ...(scene.fog ? [drawFog(scene.fog, p)] : []),
      ...drawFuture(scene, p),
      drawLanes(scene, p),
      ...(control ? [control.messages] : []),
      el('g', { 'data-part': 'requests' }, drawRequests(scene, p, requestOptions), 'requests'),
      ...(control ? [control.marks] : []),
      ...drawNow(scene, p),
    ],
  );
}

/** The arrowheads the drawing needs beyond a request's and a response's, in a fixed order. */
function extraLooks(scene: Scene): ArrowLook[] {
  const legend = new Set<string>(scene.legend.map((item) => item.kind));
  const looks = new Set([...scene.arrows, ...scene.control.arrows].map((a) => arrowLook(a.kind)));
  const extra: ArrowLook[] = ['signal', 'check', 'notice', 'heartbeat', 'write', 'refusal', 'sync'];
  return extra.filter((look) => legend.has(look) || looks.has(look));
}

/** What waits in the drawing: requests, or (a replicated service paused) control messages. */
function waitColor(scene: Scene, p: DiagramPalette): string {
  const only = scene.waits.length === 0 ? scene.control.waits[0] : undefined;
  return only ? lookColor(arrowLook(only.kind), p) : p.request;
}

const hasControl = (scene: Scene): boolean =>
  Object.values(scene.control).some((list: unknown[]) => list.length > 0);

function drawGrid(scene: Scene, p: DiagramPalette, cursorPx: number | null): SvgNode {
  const across = scene.orientation === 'time-across';
  // The cursor's tag shows its time; a tick's words under it would only show through.
  const underTag = (label: Label) =>
    cursorPx !== null && Math.abs((across ? label.x : label.y) - cursorPx) < (across ? 48 : 14);
  const children = scene.ticks.flatMap((tick) => [
    el('line', { ...tick.grid, stroke: p.grid, 'stroke-width': 1 }, [], `g${tick.us}`),
    ...(underTag(tick.label)
      ? []
      : [{ ...drawText(tick.label, p, { fill: p.muted, sizePx: 12 }), key: `t${tick.us}` }]),
  ]);
  return el('g', { 'data-part': 'time' }, children, 'grid');
}

function drawBands(scene: Scene, p: DiagramPalette): SvgNode {
  const children: SvgNode[] = [];
  for (const band of scene.bands) {
    const look = bandLook(band.state, p);
    const fill = `url(#${patternId(look.pattern)})`;
    children.push(el('rect', { ...band.rect, fill, stroke: look.color }, [], band.key));
    if (band.label) children.push(drawText(band.label, p, { fill: look.color, bold: true }));
  }
  for (const band of scene.cableBands) {
    const fill = `url(#${patternId('hatch-cable')})`;
    const rect = { ...band.rect, fill, stroke: p.danger, 'stroke-dasharray': '4 3' };
    children.push(el('rect', rect, [], band.key));
    if (band.label) children.push(drawText(band.label, p, { fill: p.danger, bold: true }));
  }
  return el('g', { 'data-part': 'bands' }, children, 'bands');
}

function drawFog(fog: NonNullable<Scene['fog']>, p: DiagramPalette): SvgNode {
  return el(
    'g',
    { 'data-part': 'fog' },
    [
      el('rect', { ...fog.rect, fill: p.fog }),
      el('rect', { ...fog.rect, fill: `url(#${patternId('hatch-fog')})`, opacity: 0.5 }),
      ...fog.labels.map((label) =>
        drawText(label, p, { fill: p.text, italic: true, sizePx: TEXT_PX + 1 }),
      ),
    ],
    'fog',
  );
}

function drawLanes(scene: Scene, p: DiagramPalette): SvgNode {
  const children = scene.lanes.flatMap((lane) => [
    el('line', { ...lane.line, stroke: p.lane, 'stroke-width': 2 }, [], `l${lane.id}`),
    {
      ...drawText(lane.title, p, { fill: p.text, bold: true, sizePx: TEXT_PX + 2 }),
      key: `n${lane.id}`,
    },
  ]);
  return el('g', { 'data-part': 'lanes' }, children, 'lanes');
}

/** The time after the cursor, tinted behind the lanes (its marks are drawn lighter). */
function drawFuture(scene: Scene, p: DiagramPalette): SvgNode[] {
  const future = scene.future;
  if (!future || future.width <= 0 || future.height <= 0) return [];
  return [el('rect', { ...future, fill: p.fog, opacity: 0.7 }, [], 'future')];
}

/** The cursor with the time as a tag, and what was left out. */
function drawNow(scene: Scene, p: DiagramPalette): SvgNode[] {
  const out: SvgNode[] = [];
  if (scene.cursor) {
    const c = scene.cursor;
    const across = scene.orientation === 'time-across';
    const text = scene.cursorUs === 0 ? '0 ms' : formatSpan(scene.cursorUs);
    const widthPx = round1(text.length * 7.4 + 10);
    // Centred under the cursor, but kept inside the drawing at its two ends.
    const tagX = Math.min(Math.max(2, c.x1 - widthPx / 2), scene.widthPx - widthPx - 2);
    const tag = across
      ? { x: round1(tagX), y: round1(c.y2 + 4), width: widthPx, height: 19 }
      : { x: round1(c.x1 - widthPx - 4), y: round1(c.y1 - 10), width: widthPx, height: 19 };
    out.push(
      el(
        'g',
        { 'data-part': 'cursor', 'pointer-events': 'none' },
        [
          el('line', { ...c, stroke: p.text, 'stroke-width': 2 }),
          el('rect', { ...tag, rx: 3, fill: p.text }),
          drawText(
            { x: round1(tag.x + widthPx / 2), y: round1(tag.y + 14), text, anchor: 'middle' },
            { ...p, ground: p.text },
            { fill: p.ground, bold: true, sizePx: 12 },
          ),
        ],
        'cursor',
      ),
    );
  }
  if (scene.omittedLabel) {
    const note = drawText(scene.omittedLabel, p, { fill: p.danger, bold: true });
    out.push({ ...note, key: 'omitted' });
  }
  return out;
}
