/**
 * Which kinds of mark the drawing will hold, read from the story before any pixel is placed:
 * the legend takes room above the plot, so it must be known first.
 */

import { arrowLook } from './draw-defs.ts';
import type { LegendKind } from './scene.ts';
import { isSignalKind } from './signal-words.ts';
import type { Story } from './story.ts';

interface Window {
  fromUs: number;
  toUs: number;
  cursorUs: number;
}

export function legendKinds(story: Story, window: Window, clientView: boolean): LegendKind[] {
  const { fromUs, toUs } = window;
  const endOf = (us: number | null) => us ?? story.readToUs;
  const overlaps = (a: number, b: number | null) => a <= toUs && endOf(b) >= fromUs;
  const inside = (us: number) => us >= fromUs && us <= toUs;
  const present: [LegendKind, boolean][] = [];
  if (clientView) {
    // The client sees a signal only when it ended an attempt (see layout-client.ts).
    const seen = story.receives.filter((r) => inside(r.timeUs));
    present.push(
      ['request', story.sends.some((s) => inside(s.timeUs))],
      ['response', seen.some((r) => r.kind === 'response')],
      ['signal', seen.some((r) => isSignalKind(r.kind) && r.ended)],
    );
  } else {
    const hops = story.hops.filter((h) => overlaps(h.departUs, h.endUs));
    const waits = story.waits.filter((w) => overlaps(w.fromUs, w.toUs) && isLong(w, story));
    present.push(
      ['request', hops.some((h) => h.kind === 'request')],
      ['response', hops.some((h) => h.kind === 'response')],
      ['signal', hops.some((h) => isSignalKind(h.kind))],
      ['check', hops.some((h) => h.kind === 'check' || h.kind === 'check-ok')],
      ['notice', hops.some((h) => h.kind === 'notice')],
      ['link-poll', story.linkPolls.some((poll) => inside(poll.timeUs))],
      ['heartbeat', hops.some((h) => arrowLook(h.kind) === 'heartbeat')],
      ['write', hops.some((h) => h.kind === 'write' || h.kind === 'write-ok')],
      ['sync', hops.some((h) => h.kind === 'ntp' || h.kind === 'ntp-reply')],
      [
        'fenced',
        hops.some((h) => h.kind === 'write-refused') ||
          story.storeWrites.some((w) => !w.accepted && inside(w.timeUs)),
      ],
      ['lww-lost', story.lwwLosses.some((loss) => inside(loss.timeUs))],
      ['queue', waits.some((w) => w.what === 'queue')],
      ['service', waits.some((w) => w.what === 'service')],
      ['drop', story.drops.some((d) => inside(d.timeUs))],
    );
  }
  present.push(
    ['timeout', story.timeouts.some((t) => overlaps(t.sentUs, t.timeUs))],
    ['future', story.knownUs > window.cursorUs && window.cursorUs < toUs],
  );
  return present.filter(([, shown]) => shown).map(([kind]) => kind);
}

/** Waits shorter than this are not drawn: a switch forwarding at once is not "waiting". */
export const MIN_WAIT_US = 1000;

export function isLong(wait: { fromUs: number; toUs: number | null }, story: Story): boolean {
  return (wait.toUs ?? story.readToUs) - wait.fromUs >= MIN_WAIT_US;
}
