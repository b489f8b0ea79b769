/**
 * The pending events of a simulation, as a binary min-heap ordered by (timeUs, seq).
 *
 * `seq` grows by one for every event pushed, so events at the same microsecond run in the
 * order they were scheduled. That tie-break is part of the semantics: a queue ordered by time
 * alone runs simultaneous events in another order and produces another history.
 *
 * Events are plain objects of one shape (kind and three integer arguments) that are never
 * changed once pushed, so the heap is plain data that a snapshot can copy cheaply.
 */

export interface SimEvent {
  timeUs: number;
  seq: number;
  kind: number;
  a: number;
  b: number;
  c: number;
}

export interface EventQueue {
  heap: SimEvent[];
  nextSeq: number;
}

export function createEventQueue(): EventQueue {
  return { heap: [], nextSeq: 0 };
}

function before(x: SimEvent, y: SimEvent): boolean {
  return x.timeUs < y.timeUs || (x.timeUs === y.timeUs && x.seq < y.seq);
}

export function pushEvent(
  queue: EventQueue,
  timeUs: number,
  kind: number,
  a = 0,
  b = 0,
  c = 0,
): void {
  pushEventAt(queue, { timeUs, seq: queue.nextSeq++, kind, a, b, c });
}

/**
 * Sequence numbers from here on are for events that run after every other event of their
 * microsecond (scheduled actions, see simulation.ts). Ordinary events never reach it: at a
 * billion events a second it would take more than a week.
 */
export const LATE_SEQ = 2 ** 50;

/** Push an event with a sequence number of its own (only `LATE_SEQ + n`). */
export function pushEventAt(queue: EventQueue, event: SimEvent): void {
  const heap = queue.heap;
  let i = heap.length;
  heap.push(event);
  // Sift up.
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = heap[parent]!;
    if (!before(event, p)) break;
    heap[i] = p;
    i = parent;
  }
  heap[i] = event;
}

export function peekEvent(queue: EventQueue): SimEvent | undefined {
  return queue.heap[0];
}

export function popEvent(queue: EventQueue): SimEvent | undefined {
  const heap = queue.heap;
  const top = heap[0];
  if (top === undefined) return undefined;
  const last = heap.pop()!;
  const n = heap.length;
  if (n > 0) {
    // Sift the last event down from the root.
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && before(heap[right]!, heap[left]!) ? right : left;
      if (!before(heap[child]!, last)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
  }
  return top;
}

/** A copy for a snapshot. Events are never changed once pushed, so they can be shared. */
export function copyEventQueue(queue: EventQueue): EventQueue {
  return { heap: queue.heap.slice(), nextSeq: queue.nextSeq };
}
