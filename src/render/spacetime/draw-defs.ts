/**
 * The drawing's shared definitions: arrowheads per kind of message, and the fill patterns
 * that tell the bands apart by texture as well as colour (diagonal hatching for a pause,
 * cross-hatching for a crash or a machine off, dots while restarting, and so on).
 */

import type { DiagramPalette } from './palette.ts';
import type { BandState, MessageKind } from './story.ts';
import { el, type SvgNode } from './svg-node.ts';

/**
 * How a message is drawn: a request, a response, a signal (RST or ICMP, all alike), a load
 * balancer's health check or its answer (thin and grey: secondary), a crash notice, a replica's
 * heartbeat (thinner still: there are many), a write to a storage or its answer, or a storage's
 * refusal of a write with an old token, or a clock's question to its time server or the answer
 * (dotted teal: routine, but not a health check).
 */
export type ArrowLook =
  | 'request'
  | 'response'
  | 'signal'
  | 'check'
  | 'notice'
  | 'heartbeat'
  | 'write'
  | 'refusal'
  | 'sync';

/** A record, so that a new kind of message must be given a look. */
const LOOKS: Record<MessageKind, ArrowLook> = {
  request: 'request',
  response: 'response',
  refused: 'signal',
  reset: 'signal',
  unreachable: 'signal',
  check: 'check',
  'check-ok': 'check',
  notice: 'notice',
  // A clock's question to a time server and its answer (concepts.md F4): as routine as a health
  // check, yet another conversation, so a look of its own.
  ntp: 'sync',
  'ntp-reply': 'sync',
  // A replicated service's own traffic (concepts.md C3, G7). A stale term's answer to a
  // heartbeat is as routine as the heartbeat; a write's answer goes with the write.
  heartbeat: 'heartbeat',
  stale: 'heartbeat',
  // An election's questions and answers: the replicas' own chatter, as heartbeats are.
  'vote-request': 'heartbeat',
  vote: 'heartbeat',
  write: 'write',
  'write-ok': 'write',
  'write-refused': 'refusal',
};

export const arrowLook = (kind: MessageKind): ArrowLook => LOOKS[kind];
export const lookColor = (look: ArrowLook, p: DiagramPalette): string =>
  look === 'refusal' ? p.danger : p[look];
export const headId = (look: ArrowLook) => `st-head-${look}`;
export const patternId = (name: string) => `st-fill-${name}`;

const POINT = 'M0,0 L10,5 L0,10 z';

/**
 * A signal's head is hollow, so it differs from a response's by shape as well as colour; so is a
 * storage's refusal, which is its own way of saying no.
 */
const hollowHead = (p: DiagramPalette, color: string): SvgNode =>
  el('path', {
    d: 'M1,1.2 L9,5 L1,8.8 z',
    fill: p.ground,
    stroke: color,
    'stroke-width': 1.8,
    'stroke-linejoin': 'miter',
  });

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

/**
 * `extra`: the heads the drawing needs beyond a request's and a response's (a picture without
 * signals or health checks keeps its old definitions).
 */
export function drawDefs(p: DiagramPalette, extra: ArrowLook[]): SvgNode {
  const head = (look: ArrowLook) => {
    // A health check's head is small, as its line is thin; a heartbeat's smaller still.
    const sizePx =
      look === 'heartbeat' || look === 'sync'
        ? 6
        : look === 'check'
          ? 7
          : look === 'write'
            ? 9
            : 11;
    return el(
      'marker',
      {
        id: headId(look),
        viewBox: '0 0 10 10',
        refX: 9,
        refY: 5,
        markerWidth: sizePx,
        markerHeight: sizePx,
        markerUnits: 'userSpaceOnUse',
        orient: 'auto-start-reverse',
      },
      [
        look === 'signal' || look === 'refusal'
          ? hollowHead(p, lookColor(look, p))
          : el('path', { d: POINT, fill: lookColor(look, p) }),
      ],
      look,
    );
  };
  const stripes = (name: string, color: string, d: string, size = 8) =>
    el(
      'pattern',
      { id: patternId(name), width: size, height: size, patternUnits: 'userSpaceOnUse' },
      [el('path', { d, stroke: color, 'stroke-width': 1.5, fill: 'none' })],
      name,
    );
  return el('defs', {}, [
    head('request'),
    head('response'),
    ...extra.map(head),
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
