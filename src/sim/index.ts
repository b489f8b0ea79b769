/**
 * The simulation core's public API. Other layers import from here only.
 */

export { createSimulation, endOf, settleUs } from './simulation.ts';
export { SNAPSHOT_EVERY_EVENTS, Timeline } from './timeline.ts';
export type { TimelineOptions } from './timeline.ts';
export type { Simulation, SimulationOptions, Snapshot } from './simulation.ts';
export type { ActionResult } from './actions.ts';
export { results, requestLabel, requestResult } from './results.ts';
export type { Counts, RequestResult } from './results.ts';
export { clientView } from './client-view.ts';
export type { ClientObservation } from './client-view.ts';
export { decodeEvent, decodeTrace } from './decode.ts';
export type { TraceEvent } from './decode.ts';
export { DEFAULT_TRACE_CAP_EVENTS, TRACE_TYPES, Trace } from './trace.ts';
export { traceHash } from './trace-hash.ts';
export type { TraceType } from './trace.ts';
export * from './vocabulary.ts';
export type {
  SimState,
  RequestRecord,
  AttemptRecord,
  MessageInfo,
  NodeState,
  DirectionState,
} from './state.ts';
export type { World } from './world.ts';
export { addRttSample, createRtoEstimator } from './detect/rto.ts';
export type { RtoEstimatorState, RtoOptions } from './detect/rto.ts';
export { phi } from './detect/phi.ts';
export { monotonicUs, timeOfDayUs } from './clocks.ts';
export { circuitDelayUs } from './network.ts';
