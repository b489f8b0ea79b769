import { describe, expect, it } from 'vitest';
import type { Flash } from '../../lab/trace-reader.ts';
import { OUTCOMES, type Outcome, type RequestRecord } from '../../sim/index.ts';
import {
  collectTimers,
  collectWaiting,
  ENDED_OK,
  ENDED_SIGNAL,
  ENDED_TIMEOUT,
  firstOutstanding,
  MARK_MS,
  MAX_ROWS,
  MORE,
  OUTCOME_ROWS,
  playbackAgeMs,
  TimerRows,
  WAITING,
} from './client-timers.ts';
import { timerSecondLine, timerText } from './timer-text.ts';

const request = (id: number, status: RequestRecord['status'], deadlineUs = 0): RequestRecord =>
  ({
    id,
    client: 0,
    status,
    attempts: [{ sentAtUs: deadlineUs - 100_000, deadlineUs, status }],
  }) as unknown as RequestRecord;

const outcome = (request: number, timeUs: number, ok = true): Flash =>
  ended(request, timeUs, ok ? 'ok' : 'timeout');

const ended = (request: number, timeUs: number, words: Outcome): Flash => ({
  kind: 'outcome',
  timeUs,
  request,
  client: 'c',
  outcome: words,
});

const clients = new Map([['c', 0]]);
const clock = (nowUs: number, speed = 1) => ({ nowUs, speed, reducedMotion: false });

/** What a client shows, row by row, as text. */
function shown(requests: RequestRecord[], flashes: Flash[], nowUs: number, speed = 1): string[] {
  const rows = new TimerRows();
  rows.clear(1);
  collectTimers(requests, 0, flashes, clients, clock(nowUs, speed), rows);
  return rows.rows.slice(0, rows.count).map(timerText);
}

/** What a client shows, line by line, as drawn (a signal's outcome may take two lines). */
function lines(requests: RequestRecord[], flashes: Flash[], nowUs: number): string[] {
  const rows = new TimerRows();
  rows.clear(1);
  collectTimers(requests, 0, flashes, clients, clock(nowUs), rows);
  return rows.rows
    .slice(0, rows.count)
    .flatMap((row) => [timerText(row), timerSecondLine(row)].filter((line) => line !== ''));
}

describe('playbackAgeMs', () => {
  it('measures age in playback: virtual time over the speed', () => {
    expect(playbackAgeMs(1_500_000, 500_000, 1)).toBe(1000);
    // At 0.05× a virtual 50 ms takes a second to play; at 100× a virtual second takes 10 ms.
    expect(playbackAgeMs(550_000, 500_000, 0.05)).toBeCloseTo(1000);
    expect(playbackAgeMs(1_500_000, 500_000, 100)).toBeCloseTo(10);
    expect(playbackAgeMs(400_000, 500_000, 1)).toBe(0);
  });
});

describe('client timers', () => {
  it('skips the requests that have all ended', () => {
    const requests = [request(1, 'ok'), request(2, 'timeout'), request(3, 'outstanding')];
    expect(firstOutstanding(requests, 0)).toBe(2);
    expect(firstOutstanding(requests, 5)).toBe(3);
  });

  it('counts down each request still waiting', () => {
    const rows = new TimerRows();
    rows.clear(1);
    rows.waiting[0] = 1;
    collectWaiting([request(3, 'outstanding', 600_000), request(4, 'ok')], 0, 538_000, rows);
    expect(rows.count).toBe(1);
    const row = rows.rows[0]!;
    expect([row.request, row.state, row.leftUs, row.totalUs]).toEqual([
      3,
      WAITING,
      62_000,
      100_000,
    ]);
    expect(timerText(row)).toBe('r3 62 ms');
  });

  it('shows outcomes for MARK_MS of playback, newest first, fading', () => {
    const flashes = [outcome(1, 0), outcome(2, 1_000_000, false)];
    const rows = new TimerRows();
    rows.clear(1);
    collectTimers([], 0, flashes, clients, clock(1_500_000), rows);
    expect(rows.count).toBe(2);
    expect(rows.rows[0]!.state).toBe(ENDED_TIMEOUT);
    expect(timerText(rows.rows[0]!)).toBe('r2 timeout');
    expect(rows.rows[0]!.alpha).toBeCloseTo(1 - 500 / MARK_MS);
    expect(rows.rows[1]!.alpha).toBeCloseTo(1 - 1500 / MARK_MS);
    expect(shown([], flashes, 2_100_000)).toEqual(['r2 timeout']);
  });

  it('keeps outcomes longer in virtual time when playback is slow, shorter when fast', () => {
    const flashes = [outcome(1, 1_000_000)];
    // 0.05×: 2 s of playback is 100 ms of virtual time.
    expect(shown([], flashes, 1_090_000, 0.05)).toEqual(['r1 ok']);
    expect(shown([], flashes, 1_110_000, 0.05)).toEqual([]);
    // 100×: 2 s of playback is 200 virtual seconds.
    expect(shown([], flashes, 150_000_000, 100)).toEqual(['r1 ok']);
  });

  it('shows countdowns, then at most OUTCOME_ROWS outcomes, in MAX_ROWS lines', () => {
    const flashes = [1, 2, 3, 4, 5, 6].map((r) => outcome(r, r * 100_000));
    expect(OUTCOME_ROWS).toBe(2);
    expect(MAX_ROWS).toBe(3);
    expect(shown([request(7, 'outstanding', 800_000)], flashes, 700_000)).toEqual([
      'r7 100 ms',
      'r6 ok',
      'r5 ok',
    ]);
    expect(shown([], flashes, 700_000)).toEqual(['r6 ok', 'r5 ok']);
    const two = [request(7, 'outstanding', 800_000), request(8, 'outstanding', 900_000)];
    expect(shown(two, flashes, 700_000)).toEqual(['r7 100 ms', 'r8 200 ms', 'r6 ok']);
  });

  it('counts the countdowns that do not fit in a last line, for a thousand as for four', () => {
    const rows = new TimerRows();
    rows.clear(1);
    const open = Array.from({ length: 1000 }, (_, i) => request(i + 1, 'outstanding', 900_000));
    collectTimers(open, 0, [outcome(1, 0)], clients, clock(0), rows);
    expect(rows.count).toBe(MAX_ROWS);
    const last = rows.rows[MAX_ROWS - 1]!;
    expect(last.state).toBe(MORE);
    expect(timerText(last)).toBe(`+${1000 - (MAX_ROWS - 1)} more`);
    expect(rows.rows.slice(0, MAX_ROWS).some((r) => r.state === ENDED_OK)).toBe(false);
    expect(shown(open.slice(0, MAX_ROWS), [], 0)).toHaveLength(MAX_ROWS);
  });

  it('writes each new outcome in its own words, on two lines', () => {
    const signals = OUTCOMES.filter((o) => o !== 'ok' && o !== 'timeout');
    expect(signals).toEqual(['connection refused', 'connection reset', 'host unreachable']);
    for (const words of signals) {
      const rows = new TimerRows();
      rows.clear(1);
      collectTimers([], 0, [ended(4, 500_000, words)], clients, clock(510_000), rows);
      expect(rows.count).toBe(1);
      const row = rows.rows[0]!;
      expect([row.state, row.outcome, row.lines]).toEqual([ENDED_SIGNAL, words, 2]);
      expect(`${timerText(row)} ${timerSecondLine(row)}`).toBe(`r4 ${words}`);
    }
    expect(lines([], [ended(4, 500_000, 'connection refused')], 510_000)).toEqual([
      'r4 connection',
      'refused',
    ]);
    expect(lines([], [ended(5, 500_000, 'host unreachable')], 510_000)).toEqual([
      'r5 host',
      'unreachable',
    ]);
  });

  it('counts lines, not rows: a signal takes two, or its last word alone in the last one', () => {
    const waiting = request(9, 'outstanding', 800_000);
    const refused = ended(4, 600_000, 'connection refused');
    // One countdown leaves two lines for outcomes: the signal takes both, the older ok none.
    expect(lines([waiting], [outcome(3, 550_000), refused], 700_000)).toEqual([
      'r9 100 ms',
      'r4 connection',
      'refused',
    ]);
    // A newer ok first: one line is left, so the signal says its last word only.
    expect(lines([waiting], [refused, outcome(5, 650_000)], 700_000)).toEqual([
      'r9 100 ms',
      'r5 ok',
      'r4 refused',
    ]);
    const two = [waiting, request(10, 'outstanding', 900_000)];
    expect(lines(two, [ended(4, 600_000, 'connection reset')], 700_000)).toEqual([
      'r9 100 ms',
      'r10 200 ms',
      'r4 reset',
    ]);
    expect(lines(two, [], 700_000)).toHaveLength(2);
    expect(lines([...two, request(11, 'outstanding', 950_000)], [refused], 700_000)).toHaveLength(
      MAX_ROWS,
    );
  });
});
