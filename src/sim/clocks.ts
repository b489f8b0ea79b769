/**
 * Each machine's clocks (concepts.md F2, F3): a time-of-day clock that starts off true time by
 * an offset, drifts at some parts per million and can be stepped (even backwards), and a
 * monotonic clock that drifts the same way but never jumps. True time is the simulation's; a
 * node only ever sees its own readings.
 */

import { EventKind, schedule, type SimContext } from './context.ts';
import { dropAtNode, sendMessage } from './network.ts';
import type { ClockState, MessageInfo } from './state.ts';

/** Drift accumulated over `elapsedUs` at `driftPpm`, in whole microseconds. */
export const driftUs = (driftPpm: number, elapsedUs: number): number =>
  Math.round((driftPpm * elapsedUs) / 1_000_000);

/** The time-of-day clock's reading at true time `nowUs`. */
export function timeOfDayUs(clock: ClockState, nowUs: number): number {
  return nowUs + clock.offsetUs + driftUs(clock.driftPpm, nowUs - clock.sinceUs);
}

/** The monotonic clock: counts from the start of the run at the drifting rate, never steps. */
export function monotonicUs(clock: ClockState, nowUs: number): number {
  return nowUs + clock.monotonicDriftUs + driftUs(clock.driftPpm, nowUs - clock.sinceUs);
}

/** The drift so far becomes part of the offset, so a new rate counts from now. */
function settle(clock: ClockState, nowUs: number): void {
  const drifted = driftUs(clock.driftPpm, nowUs - clock.sinceUs);
  clock.offsetUs += drifted;
  clock.monotonicDriftUs += drifted;
  clock.sinceUs = nowUs;
}

export function stepClock(ctx: SimContext, node: number, byUs: number): void {
  const clock = ctx.state.nodes[node]!.clock;
  settle(clock, ctx.state.nowUs);
  clock.offsetUs += byUs;
}

export function setDrift(ctx: SimContext, node: number, driftPpm: number): void {
  const clock = ctx.state.nodes[node]!.clock;
  settle(clock, ctx.state.nowUs);
  clock.driftPpm = driftPpm;
}

/** The time server is out of reach from `node` for `durationUs`, or for good. */
export function blockSync(ctx: SimContext, node: number, durationUs?: number): void {
  const clock = ctx.state.nodes[node]!.clock;
  clock.syncBlockedUntilUs =
    durationUs === undefined ? Number.MAX_SAFE_INTEGER : ctx.state.nowUs + durationUs;
}

/** An NTP request or answer: a few dozen bytes. */
const SYNC_BYTES = 48;

/** Machines whose clocks sync start asking their time server now. */
export function startClockSync(ctx: SimContext): void {
  ctx.world.nodes.forEach((node, i) => {
    if (node.clock?.sync) schedule(ctx, ctx.state.nowUs, EventKind.clockSync, i);
  });
}

/** Time to ask: note the monotonic clock, send the question, and plan the next one. */
export function onClockSync(ctx: SimContext, node: number): void {
  const sync = ctx.world.nodes[node]!.clock?.sync;
  if (!sync) return;
  const { state } = ctx;
  schedule(ctx, state.nowUs + sync.intervalUs, EventKind.clockSync, node);
  if (state.nodes[node]!.process !== 'running') return;
  const clock = state.nodes[node]!.clock;
  // The question's message id numbers it; an answer to an older question is ignored.
  clock.syncSeq = state.nextMessageId;
  clock.syncSentMonoUs = monotonicUs(clock, state.nowUs);
  const question: MessageInfo = {
    id: state.nextMessageId++,
    kind: 'ntp',
    request: 0,
    attempt: clock.syncSeq,
    source: node,
    target: ctx.world.index.get(sync.server)!,
    bytes: SYNC_BYTES,
    sentAtUs: state.nowUs,
  };
  if (state.nowUs >= clock.syncBlockedUntilUs) return sendMessage(ctx, question);
  // The question leaves and the firewall drops it on its way out: nothing comes back.
  state.messages.set(question.id, question);
  ctx.trace.noteMessage(question);
  ctx.trace.record(state.nowUs, 'send', question.id, node);
  dropAtNode(ctx, question, 'firewall', node);
}

/** The time server answers with its own clock's reading. */
export function answerTime(ctx: SimContext, info: MessageInfo, node: number): void {
  const { state } = ctx;
  state.messages.delete(info.id);
  ctx.trace.record(state.nowUs, 'deliver', info.id, node);
  sendMessage(ctx, {
    ...info,
    id: state.nextMessageId++,
    kind: 'ntp-reply',
    source: node,
    target: info.source,
    sentAtUs: state.nowUs,
    stampUs: timeOfDayUs(state.nodes[node]!.clock, state.nowUs),
  });
}

/**
 * The answer came: the server's time, plus half the round trip as this machine measured it on
 * its monotonic clock, is the best guess of the time now (wrong by however much the two ways
 * differed). The clock is set to it, which may step it backwards.
 */
export function onTimeAnswer(ctx: SimContext, info: MessageInfo, node: number): void {
  const { state } = ctx;
  state.messages.delete(info.id);
  ctx.trace.record(state.nowUs, 'receive', info.id, node);
  const clock = state.nodes[node]!.clock;
  if (info.attempt !== clock.syncSeq || info.stampUs === undefined) return;
  clock.syncSeq = -1;
  const roundTripUs = monotonicUs(clock, state.nowUs) - clock.syncSentMonoUs;
  const estimateUs = info.stampUs + Math.round(roundTripUs / 2);
  const correctionUs = estimateUs - timeOfDayUs(clock, state.nowUs);
  stepClock(ctx, node, correctionUs);
  clock.lastSyncUs = state.nowUs;
  clock.lastCorrectionUs = correctionUs;
  ctx.trace.record(state.nowUs, 'clock-sync', node, correctionUs, roundTripUs);
}
