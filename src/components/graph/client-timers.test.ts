import { describe, expect, it } from 'vitest';
import type { Flash } from '../../lab/trace-reader.ts';
import type { RequestRecord } from '../../sim/index.ts';
import {
  collectOutcomes,
  collectWaiting,
  ENDED_TIMEOUT,
  firstOutstanding,
  MARK_MS,
  MAX_ROWS,
  TimerRows,
  WAITING,
} from './client-timers.ts';
import { timerText } from './draw-timers.ts';

const request = (id: number, status: RequestRecord['status'], deadlineUs = 0): RequestRecord =>
  ({
    id,
    client: 0,
    status,
    attempts: [{ sentAtUs: deadlineUs - 100_000, deadlineUs, status }],
  }) as unknown as RequestRecord;

describe('client timers', () => {
  it('skips the requests that have all ended', () => {
    const requests = [request(1, 'ok'), request(2, 'timeout'), request(3, 'outstanding')];
    expect(firstOutstanding(requests, 0)).toBe(2);
    expect(firstOutstanding(requests, 5)).toBe(3);
  });

  it('counts down each request still waiting', () => {
    const rows = new TimerRows();
    rows.clear(1);
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

  it('shows outcomes for a while of wall time, newest first, then forgets them', () => {
    const flashes: Flash[] = [
      { kind: 'outcome', timeUs: 1, request: 1, client: 'c', outcome: 'ok' },
      { kind: 'outcome', timeUs: 2, request: 2, client: 'c', outcome: 'timeout' },
    ];
    const seen = new WeakMap<Flash, number>([[flashes[0]!, 0]]);
    const rows = new TimerRows();
    rows.clear(1);
    const clients = new Map([['c', 0]]);
    collectOutcomes(flashes, seen, 1500, clients, false, rows);
    expect(rows.count).toBe(2);
    expect(rows.rows[0]!.state).toBe(ENDED_TIMEOUT);
    expect(timerText(rows.rows[0]!)).toBe('r2 timeout');
    expect(rows.rows[1]!.alpha).toBeCloseTo(1 - 1500 / MARK_MS);
    rows.clear(1);
    collectOutcomes(flashes, seen, MARK_MS + 100, clients, false, rows);
    expect(rows.count).toBe(1);
    expect(rows.rows[0]!.request).toBe(2);
  });

  it('makes at most MAX_ROWS rows a client and counts the rest', () => {
    const rows = new TimerRows();
    rows.clear(1);
    const open = Array.from({ length: 1000 }, (_, i) => request(i + 1, 'outstanding', 900_000));
    collectWaiting(open, 0, 0, rows);
    expect(rows.count).toBe(MAX_ROWS);
    expect(rows.hidden[0]).toBe(1000 - MAX_ROWS);
  });
});
