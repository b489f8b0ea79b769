/**
 * A TCP-like transport (concepts.md A5, D8): a lost request or answer is sent again by its
 * sender when its retransmission timer runs out, the timer doubling each time, while the client
 * still waits; so loss becomes delay, and a long enough outage still becomes a timeout.
 */

import { describe, expect, it } from 'vitest';
import type { ScheduledAction } from '../scenario/types.ts';
import { eventsOf, line, run, sends } from '../testing/build-scenario.ts';
import { checkRun } from '../testing/trace-checks.ts';
import { results } from './index.ts';
import { retransmitTimerUs } from './transport.ts';

const RTO_US = 100_000;

/** Everything on the cable lost from 0 until `untilUs` (one way when `from` is given). */
function lossUntil(untilUs: number, from?: string): ScheduledAction[] {
  const target = { cable: ['client', 'server'] as [string, string], ...(from ? { from } : {}) };
  return [
    { atUs: 0, kind: 'degrade', ...target, lossPercent: 100 },
    { atUs: untilUs, kind: 'restore', ...target },
  ];
}

function scenario(schedule: ScheduledAction[], timeoutUs = 2_000_000, retransmitUs = RTO_US) {
  return line({
    schedule: [...schedule, ...sends(1000)],
    durationUs: 10_000,
    workload: { timeoutUs, retransmitUs },
  });
}

describe('a TCP-like transport', () => {
  it('sends a lost request again after the timer, then after twice as long, until it gets through', () => {
    const { sim, events } = run(scenario(lossUntil(500_000)));
    // Left at 1 ms; copies at 101, 301 (both lost) and 701 ms, which crosses (1 ms transmit +
    // 1 ms latency, 0.5 ms service, and back): ok at 705.5 ms.
    expect(eventsOf(events, 'retransmit').map((e) => e.timeUs)).toEqual([
      101_000, 301_000, 701_000,
    ]);
    expect(eventsOf(events, 'retransmit').map((e) => e.message?.retransmission)).toEqual([1, 2, 3]);
    const outcome = eventsOf(events, 'outcome')[0]!;
    expect([outcome.outcome, outcome.timeUs]).toEqual(['ok', 705_500]);
    expect(checkRun(sim)).toEqual([]);
  });

  it('without it, the same loss is a timeout: the request was lost', () => {
    const { sim } = run(scenario(lossUntil(500_000), 2_000_000, 0));
    expect(results(sim).counts.causes['request lost']).toBe(1);
  });

  it('stops when the client gives up: an outage longer than the timeout is still a timeout', () => {
    const { sim, events } = run(scenario(lossUntil(500_000), 250_000));
    expect(eventsOf(events, 'retransmit').map((e) => e.timeUs)).toEqual([101_000]);
    expect(results(sim).counts.causes['request lost']).toBe(1);
    expect(checkRun(sim)).toEqual([]);
  });

  it('the server’s side sends a lost answer again, and does the work once', () => {
    const { sim, events } = run(scenario(lossUntil(50_000, 'server')));
    // The answer left at 3.5 ms and died; its copy leaves at 103.5 ms and arrives at 105.5 ms.
    const resent = eventsOf(events, 'retransmit');
    expect(resent.map((e) => [e.timeUs, e.node, e.message?.kind])).toEqual([
      [103_500, 'server', 'response'],
    ]);
    expect(eventsOf(events, 'outcome')[0]!.timeUs).toBe(105_500);
    expect(sim.state.requests[0]!.processedCount).toBe(1);
  });

  it('a process that crashed sends nothing again: the answer stays lost', () => {
    const crash: ScheduledAction = { atUs: 50_000, kind: 'crash', node: 'server' };
    const { sim, events } = run(scenario([...lossUntil(1_000_000, 'server'), crash], 300_000));
    expect(eventsOf(events, 'retransmit')).toEqual([]);
    expect(results(sim).counts.causes['response lost']).toBe(1);
    expect(checkRun(sim)).toEqual([]);
  });

  it('a refusal is an answer: nothing is sent again', () => {
    const crash: ScheduledAction = { atUs: 0, kind: 'crash', node: 'server' };
    const { sim, events } = run(scenario([crash]));
    expect(eventsOf(events, 'retransmit')).toEqual([]);
    expect(results(sim).counts['connection refused']).toBe(1);
  });

  it('doubles the timer each time, up to Linux’s 120 s', () => {
    expect([1, 2, 3, 4].map((n) => retransmitTimerUs(200_000, n))).toEqual([
      200_000, 400_000, 800_000, 1_600_000,
    ]);
    expect(retransmitTimerUs(200_000, 30)).toBe(120_000_000);
  });
});
