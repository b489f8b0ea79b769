import { describe, expect, it } from 'vitest';
import type { Cable, ScenarioNode } from '../../scenario/types.ts';
import type { DirectionState, MessageInfo, NodeState } from '../../sim/index.ts';
import {
  collectMessages,
  dropPoint,
  JOB,
  CONTROL,
  KIND_COUNT,
  kindCode,
  MessagePoints,
  QUEUE_SHOWN,
  REFUSAL,
  REQUEST,
  RESPONSE,
  SIGNAL,
  WRITE,
  type MessageState,
} from './message-points.ts';
import { buildScene } from './scene.ts';

const link = { latencyUs: 1, jitterUs: 0, lossPercent: 0, bandwidthMbps: 1, queueCapacity: 9 };
const nodes: ScenarioNode[] = [
  { id: 'c', label: 'client', kind: 'client' },
  { id: 's', label: 'server', kind: 'switch' },
];
const cables: Cable[] = [{ a: 'c', b: 's', ...link }];
// 200 apart; lanes trimmed 32 at each end and 6 either side: a→b runs x 32..168 at y 6.
const scene = buildScene(
  nodes,
  cables,
  new Map([
    ['c', { x: 0, y: 0 }],
    ['s', { x: 200, y: 0 }],
  ]),
  1,
);

const idle = (): DirectionState => ({
  up: true,
  degraded: false,
  params: { ...link },
  queue: [],
  sending: -1,
  sendingSinceUs: -1,
  sendingUntilUs: -1,
  inFlight: [],
  lastArrivalUs: 0,
  sendEpoch: 0,
  wireEpoch: 0,
  slotsBusy: 0,
});

const message = (id: number, kind: MessageInfo['kind'], request = id): MessageInfo => ({
  id,
  kind,
  request,
  attempt: 0,
  source: 0,
  target: 1,
  bytes: 100,
  sentAtUs: 0,
});

function state(forward: Partial<DirectionState>, messages: MessageInfo[]): MessageState {
  return {
    directions: [{ ...idle(), ...forward }, idle()],
    messages: new Map(messages.map((m) => [m.id, m])),
    nodes: [] as NodeState[],
  };
}

describe('collectMessages', () => {
  it('puts messages on the wire at their true fraction of the lane', () => {
    const s = state(
      {
        inFlight: [
          { id: 1, departUs: 0, arriveUs: 100, lost: false },
          { id: 2, departUs: 0, arriveUs: 100, lost: true },
        ],
      },
      [message(1, 'request'), message(2, 'response')],
    );
    const out = new MessagePoints();
    collectMessages(scene, s, 25, -1, out);
    expect(out.count).toBe(2);
    expect([out.x[0], out.y[0], out.kind[0]]).toEqual([32 + 136 * 0.25, 6, REQUEST]);
    // Lost: it covers only half the lane by its arriveUs (its death).
    expect(out.x[1]).toBeCloseTo(32 + 136 * 0.125);
    expect(out.kind[1]).toBe(RESPONSE);
  });

  it('stacks waiting messages at the sending end and counts the rest', () => {
    const ids = [1, 2, 3, 4, 5, 6, 7];
    const s = state({ sending: 10, queue: ids }, [
      message(10, 'request'),
      ...ids.map((i) => message(i, 'request')),
    ]);
    const out = new MessagePoints();
    collectMessages(scene, s, 0, -1, out);
    // One being sent at the lane's start, QUEUE_SHOWN - 1 waiting, "+4".
    expect(out.count).toBe(QUEUE_SHOWN);
    expect([out.x[0], out.y[0]]).toEqual([32, 6]);
    expect([out.x[1], out.y[1]]).toEqual([32, 6 + scene.queueSpacing]);
    expect(out.moreCount).toBe(1);
    expect(out.moreN[0]).toBe(ids.length - (QUEUE_SHOWN - 1));
  });

  it('keeps the highlighted request in sight deep in a queue', () => {
    const ids = [1, 2, 3, 4, 5, 6, 7];
    const s = state(
      { queue: ids },
      ids.map((i) => message(i, 'request')),
    );
    const out = new MessagePoints();
    collectMessages(scene, s, 0, 7, out);
    expect(out.highlighted[out.count - 1]).toBe(1);
    expect(out.moreN[0]).toBe(ids.length - QUEUE_SHOWN);
  });

  it('grows its buffers without losing points', () => {
    const wire = Array.from({ length: 3000 }, (_, i) => ({
      id: i,
      departUs: 0,
      arriveUs: 3000,
      lost: false,
    }));
    const s = state(
      { inFlight: wire },
      wire.map((w) => message(w.id, 'request')),
    );
    const out = new MessagePoints();
    collectMessages(scene, s, 1500, -1, out);
    expect(out.count).toBe(3000);
    expect(out.x[0]).toBeCloseTo(100);
    expect(out.kind[2999]).toBe(REQUEST);
  });

  it('shows a server queue under its bar, overload jobs as jobs', () => {
    const serverScene = buildScene(
      [
        {
          ...nodes[0]!,
          kind: 'server',
          workers: 1,
          queueCapacity: 9,
          service: { kind: 'constant', us: 1 },
          restartUs: 1,
        },
      ],
      [],
      new Map([['c', { x: 0, y: 0 }]]),
      1,
    );
    const node = {
      queue: [
        { info: null, sinceUs: 0 },
        { info: message(3, 'request'), sinceUs: 0 },
      ],
      workers: [{ entry: null, doneAtUs: -1, remainingUs: -1, epoch: 0 }],
    } as unknown as NodeState;
    const out = new MessagePoints();
    collectMessages(serverScene, { directions: [], messages: new Map(), nodes: [node] }, 0, 3, out);
    expect(Array.from(out.kind.slice(0, out.count))).toEqual([JOB, REQUEST]);
    expect(out.highlighted[1]).toBe(1);
    expect(out.y[0]).toBe(out.y[1]);
  });
});

describe('kinds of message', () => {
  it('gives the signals (RST, ICMP) a code of their own', () => {
    expect(kindCode('request')).toBe(REQUEST);
    expect(kindCode('response')).toBe(RESPONSE);
    for (const kind of ['refused', 'reset', 'unreachable'] as const) {
      expect(kindCode(kind)).toBe(SIGNAL);
    }
    expect(new Set([REQUEST, RESPONSE, JOB, SIGNAL]).size).toBe(4);
  });

  it('gives the traffic of no request shapes of its own, apart from requests and responses', () => {
    for (const kind of ['heartbeat', 'stale', 'check', 'check-ok'] as const) {
      expect(kindCode(kind)).toBe(CONTROL);
    }
    expect([kindCode('write'), kindCode('write-ok'), kindCode('write-refused')]).toEqual([
      WRITE,
      WRITE,
      REFUSAL,
    ]);
    const codes = [REQUEST, RESPONSE, JOB, SIGNAL, CONTROL, WRITE, REFUSAL];
    expect(new Set(codes).size).toBe(KIND_COUNT);
    expect(Math.max(...codes)).toBe(KIND_COUNT - 1);
  });

  it('notes which kinds are present, so a kind absent costs no pass', () => {
    const s = state(
      {
        inFlight: [
          { id: 1, departUs: 0, arriveUs: 100, lost: false },
          { id: 2, departUs: 0, arriveUs: 100, lost: false },
        ],
      },
      [message(1, 'heartbeat', 0), message(2, 'write', 0)],
    );
    const out = new MessagePoints();
    collectMessages(scene, s, 50, -1, out);
    expect([out.kind[0], out.kind[1]]).toEqual([CONTROL, WRITE]);
    expect(out.present).toBe((1 << CONTROL) | (1 << WRITE));
    out.clear();
    expect(out.present).toBe(0);
  });

  it('draws a signal as a signal on the wire, being sent and waiting, highlighted with its request', () => {
    const s = state(
      {
        inFlight: [{ id: 1, departUs: 0, arriveUs: 100, lost: false }],
        sending: 2,
        queue: [3, 4],
      },
      [
        message(1, 'reset', 7),
        message(2, 'refused', 8),
        message(3, 'unreachable', 9),
        message(4, 'request'),
      ],
    );
    const out = new MessagePoints();
    collectMessages(scene, s, 50, 8, out);
    expect(Array.from(out.kind.slice(0, out.count))).toEqual([SIGNAL, SIGNAL, SIGNAL, REQUEST]);
    expect(Array.from(out.highlighted.slice(0, out.count))).toEqual([0, 1, 0, 0]);
    expect([out.x[0], out.y[0]]).toEqual([100, 6]);
  });
});

describe('dropPoint', () => {
  const index = new Map([
    ['c', 0],
    ['s', 1],
  ]);
  it('marks a loss halfway, a cut just before the gap, a node drop at the node', () => {
    const spot = { x: 0, y: 0 };
    dropPoint(scene, { direction: 0, reason: 'loss' }, index, spot);
    expect(spot).toEqual({ x: 100, y: 6 });
    dropPoint(scene, { direction: 0, reason: 'cable cut' }, index, spot);
    expect(spot.x).toBeLessThan(100);
    expect(dropPoint(scene, { node: 's', reason: 'machine off' }, index, spot)).toBe(true);
    expect(spot.x).toBeGreaterThan(150);
    expect(dropPoint(scene, { node: 'nowhere', reason: 'machine off' }, index, spot)).toBe(false);
  });
});
