/**
 * The client's view: the client's own lane and what it saw, nothing more. Its requests leave
 * into a fog and its responses, and the signals that ended its attempts, come out of it: it cannot see where they went, how long they
 * waited or whether they died, so that part of the drawing is blank and says so.
 */

import { round1, roundRect, segment } from './frame.ts';
import type { Builder } from './layout.ts';
import { layoutLanes } from './layout-network.ts';
import { isSignalKind } from './signal-words.ts';
import type { MessageKind } from './story.ts';

/** Room between the lane and the fog, for the timers and the words under the lane. */
const FOG_GAP_PX = 62;
/** The fog's lines of words, apart. */
const LINE_PX = 18;
/** How far along the time axis a stub into (or out of) the fog leans. */
const STUB_LEAN_PX = 10;

export function layoutClientView(b: Builder, client: number): void {
  const { frame, story, scene } = b;
  const { plot, across, time } = frame;
  layoutLanes(b, [client]);
  const lanePx = frame.lanes[0]!;
  const fogPx = lanePx + FOG_GAP_PX;
  const fogEnd = across ? plot.y + plot.height : plot.x + plot.width;
  if (fogEnd - fogPx > 20) {
    const rect = across
      ? { x: plot.x, y: fogPx, width: plot.width, height: fogEnd - fogPx }
      : { x: fogPx, y: plot.y, width: fogEnd - fogPx, height: plot.height };
    // Across, one line; down, the fog is narrow, so the words are stacked.
    const lines = across
      ? ['the network: what happens here is hidden from the client']
      : ['the network:', 'what happens here', 'is hidden from', 'the client'];
    const mid = frame.at((time.startPx + time.endPx) / 2, (fogPx + fogEnd) / 2);
    const firstY = mid.y + 5 - ((lines.length - 1) * LINE_PX) / 2;
    scene.fog = {
      rect: roundRect(rect),
      labels: lines.map((text, i) => ({
        x: mid.x,
        y: round1(firstY + i * LINE_PX),
        text,
        anchor: 'middle',
      })),
    };
  }
  const id = b.world.nodes[client]!.id;
  // A stub from the lane into the fog at a send, and out of it at a response or a signal.
  const stub = (
    message: { message: number; request: number; attempt: number; timeUs: number },
    kind: MessageKind,
    end: 'head' | 'late',
  ) => {
    const out = kind === 'request';
    const t = time(message.timeUs);
    const lane = frame.at(t, lanePx);
    const fog = frame.at(out ? t + STUB_LEAN_PX : t - STUB_LEAN_PX, fogPx);
    b.drawn(message.request);
    scene.arrows.push({
      key: `${kind}${message.message}`,
      message: message.message,
      request: `r${message.request}`,
      kind,
      attempt: message.attempt,
      from: out ? id : 'network',
      to: out ? 'network' : id,
      line: out ? segment(lane, fog) : segment(fog, lane),
      end,
    });
  };
  const mine = (m: { client: number; timeUs: number }) =>
    m.client === client && frame.inside(m.timeUs);
  for (const send of story.sends.filter(mine)) stub(send, 'request', 'head');
  for (const got of story.receives.filter(mine)) {
    // A signal after the timeout reached a connection already closed: the client never saw it.
    if (isSignalKind(got.kind) && !got.ended) continue;
    stub(got, got.kind, got.late ? 'late' : 'head');
  }
}
