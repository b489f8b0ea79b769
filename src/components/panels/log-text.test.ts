import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../lab/trace-reader.ts';
import type { ScheduledAction } from '../../scenario/types.ts';
import {
  actionPhrase,
  actionSentence,
  limitNotes,
  logLineParts,
  logLineText,
  userActions,
  type LogContext,
} from './log-text.ts';

const labels: Record<string, string> = { c1: 'client', sw: 'switch', s1: 'server' };
const labelOf = (id: string) => labels[id] ?? id;
const context = (revealed: boolean, byUser = false): LogContext => ({
  revealed,
  labelOf,
  byUser: () => byUser,
});
const text = (entry: LogEntry, c: LogContext) => {
  const parts = logLineParts(entry, c);
  return parts && logLineText(parts);
};

const timeout: LogEntry = {
  index: 41,
  timeUs: 1_100_000,
  kind: 'outcome',
  request: 3,
  client: 'c1',
  outcome: 'timeout',
  cause: 'remote paused',
};

describe('outcome lines', () => {
  it('name the request and what the client saw, and the cause only when revealed', () => {
    expect(text(timeout, context(false))).toBe('1.100 s · r3 timeout');
    expect(text(timeout, context(true))).toBe('1.100 s · r3 timeout — remote paused');
  });

  it('keep the cause out of the parts when hidden, not just out of the text', () => {
    expect(logLineParts(timeout, context(false))?.cause).toBeNull();
  });

  it('say ok for a request that succeeded', () => {
    const ok: LogEntry = { ...timeout, outcome: 'ok', cause: null, timeUs: 520_300 };
    expect(text(ok, context(true))).toBe('520.3 ms · r3 ok');
    expect(logLineParts(ok, context(true))?.kind).toBe('ok');
  });
});

describe('aftermath lines', () => {
  const after = (what: 'processed after timeout' | 'late response' | 'duplicate'): LogEntry => ({
    index: 50,
    timeUs: 790_000,
    kind: 'aftermath',
    request: 3,
    what,
  });

  it('show a late response always: the client sees it arrive', () => {
    expect(text(after('late response'), context(false))).toBe('790.0 ms · r3 late response');
  });

  it('show what only the server knows only when revealed', () => {
    for (const what of ['processed after timeout', 'duplicate'] as const) {
      expect(text(after(what), context(false))).toBeNull();
      expect(text(after(what), context(true))).toBe(`790.0 ms · r3 ${what}`);
    }
  });
});

describe('action lines', () => {
  const cut: ScheduledAction = { kind: 'cut', cable: ['sw', 's1'], atUs: 480_000 };
  const entry = (action: ScheduledAction, applied = true): LogEntry => ({
    index: 7,
    timeUs: action.atUs,
    kind: 'action',
    action,
    applied,
  });

  it('say who acted, with node labels and an en dash between the cable ends', () => {
    expect(text(entry(cut), context(false, true))).toBe(
      '480.0 ms · You cut the cable switch–server',
    );
    expect(text(entry(cut), context(true, false))).toBe(
      '480.0 ms · The schedule cut the cable switch–server',
    );
  });

  it("keep the schedule's faults out until revealed: they are part of what to guess", () => {
    expect(logLineParts(entry(cut), context(false, false))).toBeNull();
    expect(text(entry(cut, false), context(false, true))).toBe(
      '480.0 ms · You cut the cable switch–server (no effect)',
    );
  });

  it('say when an action had no effect', () => {
    const sentence = actionSentence(cut, false, { labelOf, byUser: () => true });
    expect(sentence).toBe('You cut the cable switch–server (no effect)');
  });

  it('phrase every kind of action', () => {
    const phrases: [ScheduledAction, string][] = [
      [{ ...cut, from: 's1' }, 'cut the cable switch–server, server → switch only'],
      [{ kind: 'restore', cable: ['sw', 's1'], atUs: 0 }, 'restored the cable switch–server'],
      [
        { kind: 'degrade', cable: ['c1', 'sw'], latencyUs: 50_000, lossPercent: 10, atUs: 0 },
        'degraded the cable client–switch: latency 50 ms, loss 10%',
      ],
      [
        { kind: 'pause', node: 's1', durationUs: 300_000, atUs: 0 },
        'paused process server for 300 ms',
      ],
      [{ kind: 'pause', node: 's1', atUs: 0 }, 'paused process server'],
      [{ kind: 'resume', node: 's1', atUs: 0 }, 'resumed process server'],
      [{ kind: 'crash', node: 's1', atUs: 0 }, 'crashed process server'],
      [{ kind: 'power-off', node: 's1', atUs: 0 }, 'powered off server'],
      [{ kind: 'restart', node: 's1', atUs: 0 }, 'restarted server'],
      [
        { kind: 'overload', node: 's1', intervalUs: 2000, durationUs: 160_000, atUs: 0 },
        'overloaded server: a job every 2 ms, for 160 ms',
      ],
      [
        { kind: 'overload', node: 's1', intervalUs: 2000, serviceUs: 10_000, atUs: 0 },
        'overloaded server: a job every 2 ms, 10 ms of work each, until it restarts',
      ],
      [{ kind: 'send-request', client: 'c1', atUs: 0 }, 'sent a request from client'],
      [
        { kind: 'set-workload', client: 'c1', timeoutUs: 100_000, retries: 2, atUs: 0 },
        "changed client's workload: timeout 100 ms, 2 retries",
      ],
      [
        { kind: 'set-workload', client: 'c1', mode: 'on-demand', atUs: 0 },
        "changed client's workload: on demand only",
      ],
    ];
    for (const [action, phrase] of phrases) expect(actionPhrase(action, labelOf)).toBe(phrase);
  });
});

describe('the log while the truth is hidden', () => {
  const schedule: ScheduledAction = { kind: 'pause', node: 's1', durationUs: 190_000, atUs: 1 };
  const mine: ScheduledAction = { kind: 'cut', cable: ['sw', 's1'], atUs: 2 };
  const entries: LogEntry[] = [
    { index: 1, timeUs: 1, kind: 'action', action: schedule, applied: true },
    { index: 2, timeUs: 2, kind: 'action', action: mine, applied: true },
    { ...timeout, index: 3 },
    { index: 4, timeUs: 4, kind: 'aftermath', request: 3, what: 'processed after timeout' },
    { index: 5, timeUs: 5, kind: 'aftermath', request: 3, what: 'late response' },
    { index: 6, timeUs: 6, kind: 'aftermath', request: 3, what: 'duplicate' },
  ];
  const shown = (revealed: boolean) =>
    entries
      .map((e) => logLineParts(e, { revealed, labelOf, byUser: (a) => a === mine }))
      .filter((line) => line !== null)
      .map((line) => line.key);

  it('shows only what the client could know and what the user did', () => {
    expect(shown(false)).toEqual([2, 3, 5]);
  });

  it('shows everything once revealed', () => {
    expect(shown(true)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('limitNotes', () => {
  const limits = {
    traceFull: false,
    requestsCapped: false,
    traceCapEvents: 2_000_000,
    maxRequests: 200_000,
  };

  it('says nothing within bounds, and plainly which bound a run hit', () => {
    expect(limitNotes(limits)).toEqual([]);
    expect(limitNotes({ ...limits, traceFull: true })).toEqual([
      'The record is full (2,000,000 events): the log and panels stop here while the run goes on.',
    ]);
    expect(limitNotes({ ...limits, requestsCapped: true })).toEqual([
      'This run has sent 200,000 requests, its limit; no more are sent.',
    ]);
  });
});

describe('userActions', () => {
  it('holds the live actions and the recorded tail of the schedule, by identity', () => {
    const scheduled: ScheduledAction = { kind: 'crash', node: 's1', atUs: 1 };
    const recorded: ScheduledAction = { kind: 'restart', node: 's1', atUs: 2 };
    const live: ScheduledAction = { kind: 'resume', node: 's1', atUs: 3 };
    const mine = userActions([live], [scheduled, recorded], 1);
    expect(mine.has(live)).toBe(true);
    expect(mine.has(recorded)).toBe(true);
    expect(mine.has(scheduled)).toBe(false);
    expect(mine.has({ ...recorded })).toBe(false);
    expect(userActions([], [scheduled, recorded], 0).size).toBe(0);
  });
});
