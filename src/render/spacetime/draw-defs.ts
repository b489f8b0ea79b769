/**
 * The drawing's shared definitions: arrowheads per kind of message, and the fill patterns
 * that tell the bands apart by texture as well as colour (diagonal hatching for a pause,
 * cross-hatching for a crash or a machine off, dots while restarting, and so on).
 */

import type { DiagramPalette } from './palette.ts';
import type { BandState } from './story.ts';
import { el, type SvgNode } from './svg-node.ts';

export const headId = (kind: 'request' | 'response') => `st-head-${kind}`;
export const patternId = (name: string) => `st-fill-${name}`;

/** Which pattern and colour each band takes. */
export function bandLook(state: BandState, p: DiagramPalette): { pattern: string; color: string } {
  switch (state) {
    case 'paused':
      return { pattern: 'hatch-paused', color: p.paused };
    case 'overloaded':
      return { pattern: 'lines-overloaded', color: p.response };
    case 'restarting':
      return { pattern: 'dots-restarting', color: p.muted };
    default:
      return { pattern: 'cross-down', color: p.danger };
  }
}

export function drawDefs(p: DiagramPalette): SvgNode {
  const head = (kind: 'request' | 'response', color: string) =>
    el(
      'marker',
      {
        id: headId(kind),
        viewBox: '0 0 10 10',
        refX: 9,
        refY: 5,
        markerWidth: 11,
        markerHeight: 11,
        markerUnits: 'userSpaceOnUse',
        orient: 'auto-start-reverse',
      },
      [el('path', { d: 'M0,0 L10,5 L0,10 z', fill: color })],
      kind,
    );
  const stripes = (name: string, color: string, d: string, size = 8) =>
    el(
      'pattern',
      { id: patternId(name), width: size, height: size, patternUnits: 'userSpaceOnUse' },
      [el('path', { d, stroke: color, 'stroke-width': 1.5, fill: 'none' })],
      name,
    );
  return el('defs', {}, [
    head('request', p.request),
    head('response', p.response),
    stripes('hatch-paused', p.paused, 'M-2,2 L2,-2 M0,8 L8,0 M6,10 L10,6'),
    stripes('cross-down', p.danger, 'M0,0 L8,8 M8,0 L0,8'),
    stripes('lines-overloaded', p.response, 'M0,2 L8,2 M0,6 L8,6'),
    stripes('hatch-cable', p.danger, 'M-2,2 L2,-2 M0,10 L10,0 M8,12 L12,8', 10),
    stripes('hatch-fog', p.lane, 'M-2,2 L2,-2 M0,14 L14,0 M12,16 L16,12', 14),
    el(
      'pattern',
      { id: patternId('dots-restarting'), width: 6, height: 6, patternUnits: 'userSpaceOnUse' },
      [el('circle', { cx: 3, cy: 3, r: 1.2, fill: p.muted })],
      'dots-restarting',
    ),
  ]);
}
