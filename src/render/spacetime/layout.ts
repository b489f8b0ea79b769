/**
 * The space-time diagram's geometry, a pure function: the trace and the world in (never the
 * live simulation), plain shapes in pixels out (scene.ts). One lane per node, in the order a
 * request goes (lane-order.ts); an arrow per hop of every message (requests, responses, the
 * signals the network sends back, and the traffic of no request: the load balancers' health
 * checks and notices, a replicated service's heartbeats and writes, in `scene.control`); waits
 * along the lanes; drops, bands, timeouts, signalled failures, late responses, the balancers'
 * verdicts and the replicas' changes of role, stale writes and tokens as marks; the cursor and
 * the lighter known future after it. The client's view keeps the client's lane and what it saw (its
 * sends, its responses and signals, its timers), and nothing else.
 *
 * @example
 * const scene = layoutSpaceTime(sim.trace, sim.world, {
 *   fromUs: 0, toUs: sim.endUs, widthPx: 900, heightPx: 300,
 *   orientation: 'time-across', view: 'omniscient', cursorUs: sim.nowUs,
 * });
 */

import { requestLabel, type Trace, type World } from '../../sim/index.ts';
import { layoutClientMarks } from './client-marks.ts';
import { frameTicks, makeFrame, round1, type Frame, type FrameOptions } from './frame.ts';
import { LabelRoom } from './label-room.ts';
import { laneOrder } from './lane-order.ts';
import { layoutClientView } from './layout-client.ts';
import { layoutClockSyncs } from './layout-clocks.ts';
import { layoutControl } from './layout-control.ts';
import { layoutNetwork } from './layout-network.ts';
import { layoutLww } from './layout-lww.ts';
import { layoutReplicas } from './layout-replicas.ts';
import { layoutSignalTags } from './layout-signals.ts';
import { layoutLegend } from './legend.ts';
import { legendKinds } from './legend-kinds.ts';
import { clientName, omniscientName, partsByRequest } from './names.ts';
import { readStory } from './read-trace.ts';
import type { DiagramView, Label, Scene } from './scene.ts';
import { emptyControl } from './scene-control.ts';
import type { Story } from './story.ts';

export { laneOrder } from './lane-order.ts';

export interface LayoutOptions extends FrameOptions {
  view: DiagramView;
  cursorUs: number;
  /** At most this many arrows (hops); the messages beyond are counted in `omittedMessages`. */
  maxArrows?: number;
}

/** Enough for any teaching scenario, few enough for React to draw in a frame or two. */
export const MAX_ARROWS = 2000;

/** What each part of the layout adds to: the scene, the frame, and the room for labels. */
export interface Builder {
  frame: Frame;
  room: LabelRoom;
  scene: Scene;
  story: Story;
  world: World;
  /** The copy number of a message a transport sent again (transport.ts), else 0. */
  resentCopy(message: number): number;
  /** Note that a request has shapes in the window (so it gets a focusable group). */
  drawn(request: number): void;
  /** Each request's id, written beside its first send when there is room. */
  idLabels: Map<number, Label>;
  /** Where a node's lane is across the time axis; null when it has none in this view. */
  lanePx(node: number): number | null;
}

export function layoutSpaceTime(trace: Trace, world: World, options: LayoutOptions): Scene {
  const story = readStory(trace, world, {
    fromUs: options.fromUs,
    toUs: options.toUs,
    cursorUs: options.cursorUs,
    maxHops: options.maxArrows ?? MAX_ARROWS,
  });
  const client = options.view === 'omniscient' ? null : options.view.client;
  const clientIndex = client === null ? undefined : world.index.get(client);
  const lanes = client === null ? laneOrder(world) : clientIndex === undefined ? [] : [clientIndex];
  const titles = lanes.map((n) => world.nodes[n]!.label);
  const legend = layoutLegend(legendKinds(story, options, client !== null), options.widthPx, 12);
  const frame = makeFrame(options, titles, 0.12, legend.heightPx);
  const drawn = new Set<number>();
  const b: Builder = {
    frame,
    room: new LabelRoom(frame.across),
    scene: emptyScene(options, frame, story, world, client),
    story,
    world,
    // The client's program never sees its TCP send a copy again: only the whole truth says so.
    resentCopy: (message) => (client === null ? (trace.messages[message]?.retransmission ?? 0) : 0),
    drawn: (request) => drawn.add(request),
    idLabels: new Map(),
    lanePx: (node) => {
      const i = lanes.indexOf(node);
      return i < 0 ? null : frame.lanes[i]!;
    },
  };
  b.scene.legend = legend.items;
  if (client === null) layoutNetwork(b, lanes);
  else if (clientIndex !== undefined) layoutClientView(b, clientIndex);
  layoutClientMarks(b, client === null);
  if (client === null) layoutControl(b);
  if (client === null) layoutReplicas(b);
  if (client === null) layoutLww(b);
  if (client === null) layoutClockSyncs(b);
  layoutSignalTags(b);
  const parts = partsByRequest(story);
  b.scene.requests = [...drawn]
    .sort((x, y) => x - y)
    .map((request) => {
      const mine = parts.get(request);
      const name = !mine
        ? `${requestLabel(request)}: under way`
        : client === null
          ? omniscientName(world, request, mine)
          : clientName(request, mine);
      const label = b.idLabels.get(request) ?? null;
      return { id: requestLabel(request), number: request, name, label };
    });
  return b.scene;
}

function emptyScene(
  options: LayoutOptions,
  frame: Frame,
  story: Story,
  world: World,
  client: string | null,
): Scene {
  const { plot, time, across } = frame;
  const { fromUs, toUs, cursorUs } = options;
  const cursorPx = round1(time(Math.min(toUs, Math.max(fromUs, cursorUs))));
  const timeEnd = round1(across ? plot.x + plot.width : plot.y + plot.height);
  const inside = cursorUs >= fromUs && cursorUs <= toUs;
  const cursor = !inside
    ? null
    : across
      ? { x1: cursorPx, y1: plot.y, x2: cursorPx, y2: round1(plot.y + plot.height) }
      : { x1: plot.x, y1: cursorPx, x2: round1(plot.x + plot.width), y2: cursorPx };
  const future =
    cursorUs >= toUs
      ? null
      : across
        ? { x: cursorPx, y: plot.y, width: round1(timeEnd - cursorPx), height: plot.height }
        : { x: plot.x, y: cursorPx, width: plot.width, height: round1(timeEnd - cursorPx) };
  const whose = client === null ? 'what really happened' : `what ${client} knows`;
  return {
    title: `Space-time diagram of ${world.scenario.name}: ${whose}`,
    widthPx: options.widthPx,
    heightPx: options.heightPx,
    orientation: options.orientation,
    view: client === null ? 'omniscient' : 'client',
    client,
    fromUs,
    toUs,
    cursorUs,
    knownUs: story.knownUs,
    plot,
    lanes: [],
    ticks: frameTicks(frame),
    bands: [],
    cableBands: [],
    waits: [],
    arrows: [],
    drops: [],
    timeouts: [],
    failures: [],
    signalTags: [],
    lates: [],
    lwwLosses: [],
    stamps: [],
    requests: [],
    control: emptyControl(),
    fog: null,
    cursor,
    future,
    legend: [],
    omittedMessages: story.omittedMessages,
    omittedLabel:
      story.omittedMessages === 0
        ? null
        : {
            x: round1(plot.x + plot.width - 4),
            y: round1(plot.y + 14),
            text: `${story.omittedMessages} messages not drawn`,
            anchor: 'end',
          },
  };
}
