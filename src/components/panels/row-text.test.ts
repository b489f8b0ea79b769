import { describe, expect, it } from 'vitest';
import type { ClientRow, TruthRow } from '../../lab/requests-view.ts';
import {
  clientRowName,
  earlierText,
  firstShown,
  formatLeft,
  latestTimedOut,
  processedText,
  rovingKey,
  truthRowName,
} from './row-text.ts';

const row: ClientRow = {
  request: 3,
  id: 'r3',
  client: 'client',
  sentAtUs: 500_000,
  state: 'timeout',
  deadlineUs: 600_000,
  attempts: 1,
  endedAtUs: 600_000,
  lateResponse: false,
};

describe('formatLeft', () => {
  it('rounds up to whole milliseconds, and never goes below zero', () => {
    expect(formatLeft(61_200)).toBe('62 ms left');
    expect(formatLeft(0)).toBe('0 ms left');
    expect(formatLeft(-5000)).toBe('0 ms left');
    expect(formatLeft(1_250_000)).toBe('1.3 s left');
  });
});

describe('processedText', () => {
  const waiting = { processedCount: 0, ended: false, cause: null };

  it('counts the work the server did', () => {
    expect(processedText({ ...waiting, processedCount: 1 })).toBe('processed 1×');
    expect(processedText({ ...waiting, processedCount: 2, ended: true })).toBe('processed 2×');
  });

  it('says "not processed yet" while the work may still come, "never" once it cannot', () => {
    expect(processedText(waiting)).toBe('not processed yet');
    // A timeout cancels nothing: a queued or paused request may still be processed.
    expect(processedText({ ...waiting, ended: true, cause: 'request queued' })).toBe(
      'not processed yet',
    );
    expect(processedText({ ...waiting, ended: true, cause: 'remote paused' })).toBe(
      'not processed yet',
    );
    expect(processedText({ ...waiting, ended: true, cause: 'request lost' })).toBe(
      'never processed',
    );
    expect(processedText({ ...waiting, ended: true, cause: 'remote crashed' })).toBe(
      'never processed',
    );
  });
});

describe('clientRowName', () => {
  it('starts with the request id and says only what the client knows', () => {
    expect(clientRowName(row)).toBe('r3, from client, sent at 500.0 ms, timeout');
    expect(clientRowName({ ...row, attempts: 3, lateResponse: true })).toBe(
      'r3, from client, sent at 500.0 ms, timeout, 3 attempts, late response',
    );
    expect(clientRowName({ ...row, state: 'ok', endedAtUs: 521_000 })).toBe(
      'r3, from client, sent at 500.0 ms, ok after 21.0 ms',
    );
  });
});

describe('truthRowName', () => {
  it('starts with the request id and names the cause and what came after', () => {
    const truth: TruthRow = {
      request: 3,
      id: 'r3',
      server: 'server',
      ended: true,
      outcome: 'timeout',
      attempts: [],
      deduped: false,
      lwwLostUs: null,
      journey: 'The response reached the client.',
      cause: 'remote paused',
      aftermaths: ['processed after timeout', 'late response'],
      processedCount: 1,
    };
    expect(truthRowName(truth)).toBe(
      'r3, to server, processed 1×, cause: remote paused, processed after timeout, late response, The response reached the client.',
    );
  });
});

describe('latestTimedOut', () => {
  const record = (id: number, ...statuses: string[]) => ({
    id,
    attempts: statuses.map((status) => ({ status })),
  });

  it('is the newest request with an attempt that timed out, or null before any', () => {
    expect(latestTimedOut([])).toBeNull();
    expect(latestTimedOut([record(1, 'ok'), record(2, 'outstanding')])).toBeNull();
    expect(latestTimedOut([record(1, 'timeout'), record(2, 'ok'), record(3, 'outstanding')])).toBe(
      1,
    );
    // A retried request whose first attempt timed out counts, even if the retry succeeded.
    expect(
      latestTimedOut([record(1, 'timeout'), record(2, 'timeout', 'ok'), record(3, 'ok')]),
    ).toBe(2);
  });
});

describe('firstShown', () => {
  it('shows the latest rows, and keeps the first row while the list is held', () => {
    expect(firstShown(10, 60, null)).toBe(0);
    expect(firstShown(100, 60, null)).toBe(40);
    expect(firstShown(130, 60, 40)).toBe(40);
    // A reset shrinks the list under a hold: show what there is.
    expect(firstShown(70, 60, 40)).toBe(10);
  });

  it('says how many rows were let go', () => {
    expect(earlierText(1)).toBe('1 earlier request');
    expect(earlierText(40)).toBe('40 earlier requests');
  });
});

describe('rovingKey', () => {
  it('keeps the focused row in the Tab order while shown, else the newest', () => {
    expect(rovingKey([1, 2, 3], 2)).toBe(2);
    expect(rovingKey([4, 5, 6], 2)).toBe(6);
    expect(rovingKey([4, 5, 6], null)).toBe(6);
    expect(rovingKey([], null)).toBeNull();
  });
});
