import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  copyEventQueue,
  createEventQueue,
  peekEvent,
  popEvent,
  pushEvent,
  type EventQueue,
  type SimEvent,
} from './event-queue.ts';

/** fast-check seed: FC_SEED from the environment when it is a whole number, else a fixed one. */
const envSeed = Number.parseInt(process.env.FC_SEED ?? '', 10);
const seed = Number.isSafeInteger(envSeed) ? envSeed : 20250101;

/** Pops every remaining event, in order. */
function drain(queue: EventQueue): SimEvent[] {
  const out: SimEvent[] = [];
  for (let e = popEvent(queue); e !== undefined; e = popEvent(queue)) out.push(e);
  return out;
}

/** (timeUs, seq) order: true when x must run before y. */
const before = (x: SimEvent, y: SimEvent): boolean =>
  x.timeUs < y.timeUs || (x.timeUs === y.timeUs && x.seq < y.seq);

function expectStrictlySorted(events: SimEvent[]): void {
  for (let i = 1; i < events.length; i++) {
    const [prev, cur] = [events[i - 1]!, events[i]!];
    expect(
      before(prev, cur),
      `event ${i - 1} (t=${prev.timeUs}, seq=${prev.seq}) vs event ${i} (t=${cur.timeUs}, seq=${cur.seq})`,
    ).toBe(true);
  }
}

const bySeq = (events: SimEvent[]): SimEvent[] => [...events].sort((x, y) => x.seq - y.seq);

type Op =
  { type: 'push'; time: number; kind: number; a: number; b: number; c: number } | { type: 'pop' };

/** Pushes at few distinct times, so that ties are frequent, interleaved with pops. */
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('push' as const),
      time: fc.integer({ min: 0, max: 6 }),
      kind: fc.nat({ max: 9 }),
      a: fc.integer({ min: -5, max: 1000 }),
      b: fc.nat({ max: 1000 }),
      c: fc.nat({ max: 1000 }),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ type: 'pop' as const }) },
);

describe('createEventQueue', () => {
  it('starts empty, with sequence numbers from 0', () => {
    const queue = createEventQueue();
    expect(queue.heap).toEqual([]);
    expect(queue.nextSeq).toBe(0);
    expect(peekEvent(queue)).toBeUndefined();
    expect(popEvent(queue)).toBeUndefined();
  });
});

describe('pushEvent / popEvent', () => {
  it('pops events in time order whatever the push order', () => {
    const queue = createEventQueue();
    pushEvent(queue, 30, 3);
    pushEvent(queue, 10, 1);
    pushEvent(queue, 20, 2);
    pushEvent(queue, 0, 0);
    expect(drain(queue).map((e) => e.timeUs)).toEqual([0, 10, 20, 30]);
    expect(popEvent(queue)).toBeUndefined();
  });

  it('pops events at the same time in push order (FIFO)', () => {
    const queue = createEventQueue();
    pushEvent(queue, 5, 1);
    pushEvent(queue, 5, 2);
    pushEvent(queue, 9, 9);
    pushEvent(queue, 5, 3);
    pushEvent(queue, 1, 0);
    pushEvent(queue, 5, 4);
    expect(drain(queue).map((e) => e.kind)).toEqual([0, 1, 2, 3, 4, 9]);
  });

  it('keeps FIFO order among many ties at one time', () => {
    const queue = createEventQueue();
    for (let i = 0; i < 500; i++) pushEvent(queue, 42, i);
    expect(drain(queue).map((e) => e.kind)).toEqual(Array.from({ length: 500 }, (_, i) => i));
  });

  it('keeps FIFO order for ties pushed between pops', () => {
    const queue = createEventQueue();
    pushEvent(queue, 5, 1);
    pushEvent(queue, 5, 2);
    expect(popEvent(queue)!.kind).toBe(1);
    pushEvent(queue, 5, 3);
    pushEvent(queue, 4, 0); // earlier than the rest: it goes first
    expect(drain(queue).map((e) => e.kind)).toEqual([0, 2, 3]);
  });

  it('numbers events 0, 1, 2, ... and never reuses a number after a pop', () => {
    const queue = createEventQueue();
    pushEvent(queue, 7, 0);
    pushEvent(queue, 3, 0);
    expect(queue.nextSeq).toBe(2);
    expect(popEvent(queue)).toMatchObject({ timeUs: 3, seq: 1 });
    pushEvent(queue, 1, 0);
    expect(queue.nextSeq).toBe(3);
    expect(drain(queue).map((e) => e.seq)).toEqual([2, 0]);
  });

  it('stores the kind and the three arguments, which default to 0', () => {
    const queue = createEventQueue();
    pushEvent(queue, 100, 4, 7, -8, 9);
    pushEvent(queue, 200, 5);
    pushEvent(queue, 300, 6, 1);
    expect(drain(queue)).toEqual([
      { timeUs: 100, seq: 0, kind: 4, a: 7, b: -8, c: 9 },
      { timeUs: 200, seq: 1, kind: 5, a: 0, b: 0, c: 0 },
      { timeUs: 300, seq: 2, kind: 6, a: 1, b: 0, c: 0 },
    ]);
  });

  it('handles times up to 2^53 - 1', () => {
    const queue = createEventQueue();
    pushEvent(queue, Number.MAX_SAFE_INTEGER, 2);
    pushEvent(queue, Number.MAX_SAFE_INTEGER - 1, 1);
    pushEvent(queue, 0, 0);
    expect(drain(queue).map((e) => e.kind)).toEqual([0, 1, 2]);
  });
});

describe('peekEvent', () => {
  it('returns the next event without removing it', () => {
    const queue = createEventQueue();
    pushEvent(queue, 20, 2);
    pushEvent(queue, 10, 1);
    const peeked = peekEvent(queue);
    expect(peeked).toMatchObject({ timeUs: 10, kind: 1 });
    expect(peekEvent(queue)).toBe(peeked);
    expect(queue.heap).toHaveLength(2);
    expect(popEvent(queue)).toBe(peeked);
    expect(peekEvent(queue)).toMatchObject({ timeUs: 20, kind: 2 });
  });
});

describe('ordering properties', () => {
  it(`each pop returns the (time, seq)-least pending event, and every push pops exactly once (seed ${seed})`, () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 300 }), (ops) => {
        const queue = createEventQueue();
        const pending: SimEvent[] = []; // the reference model
        const pushed: SimEvent[] = [];
        const popped: SimEvent[] = [];
        for (const op of ops) {
          if (op.type === 'push') {
            const expected: SimEvent = {
              timeUs: op.time,
              seq: pushed.length,
              kind: op.kind,
              a: op.a,
              b: op.b,
              c: op.c,
            };
            pushEvent(queue, op.time, op.kind, op.a, op.b, op.c);
            pushed.push(expected);
            pending.push(expected);
          } else {
            let least: SimEvent | undefined;
            for (const e of pending) if (least === undefined || before(e, least)) least = e;
            expect(peekEvent(queue)).toEqual(least);
            const got = popEvent(queue);
            expect(got).toEqual(least);
            if (least !== undefined) {
              pending.splice(pending.indexOf(least), 1);
              popped.push(got!);
            }
          }
          expect(queue.heap).toHaveLength(pending.length);
        }
        const rest = drain(queue);
        expectStrictlySorted(rest);
        expect(bySeq([...popped, ...rest])).toEqual(pushed);
      }),
      { seed, numRuns: 1000 },
    );
  });

  it(`never scheduling in the past, the whole pop sequence is sorted by (time, seq) (seed ${seed})`, () => {
    // As in the simulation: new events are scheduled at now + delay, with many zero delays.
    const delayed = fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 0, max: 3 }).map((delay) => ({ delay })) },
      { weight: 2, arbitrary: fc.constant(null) },
    );
    fc.assert(
      fc.property(fc.array(delayed, { maxLength: 400 }), (ops) => {
        const queue = createEventQueue();
        let now = 0;
        let pushes = 0;
        const popped: SimEvent[] = [];
        for (const op of ops) {
          if (op !== null) {
            pushEvent(queue, now + op.delay, pushes % 7, pushes);
            pushes++;
          } else {
            const e = popEvent(queue);
            if (e !== undefined) {
              now = e.timeUs;
              popped.push(e);
            }
          }
        }
        popped.push(...drain(queue));
        expectStrictlySorted(popped);
        // Exactly the events pushed: each argument `a` (the push index) once.
        expect(popped.map((e) => e.a).sort((x, y) => x - y)).toEqual(
          Array.from({ length: pushes }, (_, i) => i),
        );
      }),
      { seed, numRuns: 1000 },
    );
  });

  it(`sorts a large batch of pushes with many ties (seed ${seed})`, () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 500, maxLength: 2000 }),
        (times) => {
          const queue = createEventQueue();
          times.forEach((t, i) => pushEvent(queue, t, 0, i));
          const out = drain(queue);
          expect(out).toHaveLength(times.length);
          expectStrictlySorted(out);
          expect(out.map((e) => e.timeUs)).toEqual([...times].sort((x, y) => x - y));
        },
      ),
      { seed, numRuns: 50 },
    );
  });
});

describe('copyEventQueue', () => {
  function sampleQueue(): EventQueue {
    const queue = createEventQueue();
    [50, 10, 10, 30, 20, 10, 40].forEach((t, i) => pushEvent(queue, t, i));
    popEvent(queue);
    return queue;
  }

  it('pops the same sequence as the original', () => {
    const queue = sampleQueue();
    const copy = copyEventQueue(queue);
    expect(copy.nextSeq).toBe(queue.nextSeq);
    expect(drain(copy)).toEqual(drain(queue));
  });

  it('leaves the original untouched when the copy is popped', () => {
    const queue = sampleQueue();
    const expected = drain(sampleQueue());
    const copy = copyEventQueue(queue);
    drain(copy);
    expect(copy.heap).toHaveLength(0);
    expect(drain(queue)).toEqual(expected);
  });

  it('does not see events pushed into the original after the copy, nor the reverse', () => {
    const queue = sampleQueue();
    const copy = copyEventQueue(queue);
    pushEvent(queue, 0, 100);
    pushEvent(copy, 1, 200);
    pushEvent(copy, 1, 201);
    const fromQueue = drain(queue).map((e) => e.kind);
    const fromCopy = drain(copy).map((e) => e.kind);
    expect(fromQueue[0]).toBe(100);
    expect(fromQueue).not.toContain(200);
    expect(fromCopy.slice(0, 2)).toEqual([200, 201]);
    expect(fromCopy).not.toContain(100);
  });

  it('continues the sequence numbers, so both assign the same seq to the next push', () => {
    const queue = sampleQueue();
    const copy = copyEventQueue(queue);
    pushEvent(queue, 10, 99);
    pushEvent(copy, 10, 99);
    expect(drain(copy)).toEqual(drain(queue));
  });

  it(`a copy taken at any point replays the same future (seed ${seed})`, () => {
    fc.assert(
      fc.property(
        fc.array(opArb, { maxLength: 150 }),
        fc.array(opArb, { maxLength: 150 }),
        (prefix, suffix) => {
          const apply = (queue: EventQueue, ops: Op[]): (SimEvent | undefined)[] =>
            ops.map((op) => {
              if (op.type === 'pop') return popEvent(queue);
              pushEvent(queue, op.time, op.kind, op.a, op.b, op.c);
              return undefined;
            });
          const queue = createEventQueue();
          apply(queue, prefix);
          const copy = copyEventQueue(queue);
          const fromQueue = [...apply(queue, suffix), ...drain(queue)];
          const fromCopy = [...apply(copy, suffix), ...drain(copy)];
          expect(fromCopy).toEqual(fromQueue);
        },
      ),
      { seed, numRuns: 500 },
    );
  });
});
