/**
 * Single-leader replication and its failover (concepts.md C3, D2, G7). The leader sends a
 * heartbeat to every peer and writes to its storage, each write carrying its term as a fencing
 * token. A follower that hears nothing for its election timeout (drawn between the timeout and
 * twice it, as Raft does) stands for election in the next term: it votes for itself and asks
 * the others, and leads only with a majority's votes (concepts.md G5: the truth is what the
 * majority decides). A replica votes once a term, and not while it still hears a leader; so two
 * cannot lead in one term, and a replica cut off from the rest never leads.
 *
 * Nothing stops a paused leader from still believing it leads when it wakes: the write it was
 * about to make goes out first, with its old term. Storage that checks fencing tokens refuses it; storage that does not accepts
 * it, and two leaders have written.
 */

import { EventKind, schedule, type SimContext } from './context.ts';
import { sendMessage } from './network.ts';
import { monotonicUs } from './clocks.ts';
import { heartbeat, phi, suspicionTimeUs } from './detect/phi.ts';
import { uniformInt } from './prng.ts';
import type { ControlKind, MessageInfo, ReplicaState } from './state.ts';

/** A heartbeat or a small write: tens of bytes of payload and headers. */
const REPLICA_BYTES = 100;

const replicaNodes = (ctx: SimContext): number[] =>
  ctx.world.kinds.flatMap((kind, i) => (kind === 'replica' ? [i] : []));

function send(ctx: SimContext, kind: ControlKind, from: number, to: number, term: number): void {
  const { state } = ctx;
  const info: MessageInfo = {
    id: state.nextMessageId++,
    kind,
    request: 0,
    attempt: term,
    source: from,
    target: to,
    bytes: REPLICA_BYTES,
    sentAtUs: state.nowUs,
  };
  sendMessage(ctx, info);
}

/** Leaders start leading and followers start listening. */
export function startReplicas(ctx: SimContext): void {
  for (const node of replicaNodes(ctx)) {
    const replica = ctx.state.nodes[node]!.replica!;
    if (replica.role === 'leader') lead(ctx, node);
    else armElection(ctx, node);
  }
}

function setRole(ctx: SimContext, node: number, role: 'leader' | 'follower', term: number): void {
  const replica = ctx.state.nodes[node]!.replica!;
  const changed = replica.role !== role || replica.term !== term;
  replica.role = role;
  replica.term = term;
  if (changed) ctx.trace.record(ctx.state.nowUs, 'role', node, role === 'leader' ? 1 : 0, term);
}

function lead(ctx: SimContext, node: number): void {
  const replica = ctx.state.nodes[node]!.replica!;
  renewLease(ctx, node);
  replica.electionEpoch++;
  replica.leaderEpoch++;
  schedule(ctx, ctx.state.nowUs, EventKind.replicaHeartbeat, node, replica.leaderEpoch);
  schedule(ctx, ctx.state.nowUs, EventKind.replicaWrite, node, replica.leaderEpoch);
}

function stepDown(ctx: SimContext, node: number, term: number): void {
  ctx.state.nodes[node]!.replica!.leaderEpoch++;
  setRole(ctx, node, 'follower', term);
  armElection(ctx, node);
}

function armElection(ctx: SimContext, node: number): void {
  const definition = ctx.world.nodes[node]!;
  if (definition.kind !== 'replica') return;
  const replica = ctx.state.nodes[node]!.replica!;
  const timeoutUs = definition.electionTimeoutUs;
  // With phi accrual: when the suspicion will pass the threshold if nothing more comes, and a
  // little at random so that two followers do not take over at the same moment.
  const suspectUs = replica.phi ? suspicionTimeUs(replica.phi) : Infinity;
  const waitUs = Number.isFinite(suspectUs)
    ? Math.max(0, replica.phi!.lastHeartbeatUs! + suspectUs - ctx.state.nowUs) +
      uniformInt(ctx.state.rng.election, 0, 2 * definition.heartbeatUs)
    : uniformInt(ctx.state.rng.election, timeoutUs, 2 * timeoutUs);
  schedule(ctx, ctx.state.nowUs + waitUs, EventKind.electionTimeout, node, ++replica.electionEpoch);
}

/** The storage took a write (or the replica has just become leader): the lease runs again. */
function renewLease(ctx: SimContext, node: number): void {
  const definition = ctx.world.nodes[node]!;
  if (definition.kind !== 'replica' || definition.leaseUs === undefined) return;
  const state = ctx.state.nodes[node]!;
  state.replica!.leaseUntilUs = monotonicUs(state.clock, ctx.state.nowUs) + definition.leaseUs;
}

/** Checked on the leader's own monotonic clock, the only clock it has. */
function leaseExpired(ctx: SimContext, node: number): boolean {
  const state = ctx.state.nodes[node]!;
  const until = state.replica!.leaseUntilUs;
  return until >= 0 && monotonicUs(state.clock, ctx.state.nowUs) > until;
}

/** A timer of the replica's process fired: while it is paused, it waits for the process. */
const running = (ctx: SimContext, node: number) => ctx.state.nodes[node]!.process === 'running';

export function onReplicaHeartbeat(ctx: SimContext, node: number, epoch: number): void {
  const replica = ctx.state.nodes[node]!.replica!;
  const definition = ctx.world.nodes[node]!;
  if (epoch !== replica.leaderEpoch || definition.kind !== 'replica') return;
  if (ctx.state.nodes[node]!.process === 'paused') return void (replica.heartbeatDue = true);
  if (!running(ctx, node)) return;
  for (const peer of replicaNodes(ctx))
    if (peer !== node) send(ctx, 'heartbeat', node, peer, replica.term);
  schedule(ctx, ctx.state.nowUs + definition.heartbeatUs, EventKind.replicaHeartbeat, node, epoch);
}

export function onReplicaWrite(ctx: SimContext, node: number, epoch: number): void {
  const replica = ctx.state.nodes[node]!.replica!;
  const definition = ctx.world.nodes[node]!;
  if (epoch !== replica.leaderEpoch || definition.kind !== 'replica') return;
  // A write that fell due in a pause goes out on the lease checked before it: the classic bug.
  if (ctx.state.nodes[node]!.process === 'paused') return void (replica.writeDue = true);
  if (!running(ctx, node)) return;
  if (!replica.writeDue && leaseExpired(ctx, node)) return stepDown(ctx, node, replica.term);
  const storage = ctx.world.index.get(definition.storage)!;
  send(ctx, 'write', node, storage, replica.term);
  schedule(ctx, ctx.state.nowUs + definition.writeIntervalUs, EventKind.replicaWrite, node, epoch);
}

export function onElectionTimeout(ctx: SimContext, node: number, epoch: number): void {
  const replica = ctx.state.nodes[node]!.replica!;
  if (epoch !== replica.electionEpoch || replica.role !== 'follower' || !running(ctx, node)) return;
  standForElection(ctx, node);
}

/** A term after every one this replica has seen, stood in or voted in. */
const nextTerm = (replica: ReplicaState): number =>
  Math.max(replica.term, replica.candidateTerm, replica.votedTerm) + 1;

/** Votes that make a majority of the replicas (2 of 3). */
const majority = (ctx: SimContext): number => Math.floor(replicaNodes(ctx).length / 2) + 1;

/**
 * Stand in a term after every one it has seen: its own vote, a question to every peer, and
 * another try after another timeout if no majority answers (a split vote, or cut off).
 */
function standForElection(ctx: SimContext, node: number): void {
  const replica = ctx.state.nodes[node]!.replica!;
  const term = nextTerm(replica);
  replica.candidateTerm = term;
  replica.votedTerm = term;
  replica.votes = 1;
  if (replica.votes >= majority(ctx)) return win(ctx, node, term);
  for (const peer of replicaNodes(ctx))
    if (peer !== node) send(ctx, 'vote-request', node, peer, term);
  armElection(ctx, node);
}

function win(ctx: SimContext, node: number, term: number): void {
  setRole(ctx, node, 'leader', term);
  lead(ctx, node);
}

/**
 * Whether this replica still believes a leader is alive, by its own detector: it then refuses
 * its vote, so a replica that was only cut off cannot unseat a leader the others still hear.
 */
function hearsLeader(ctx: SimContext, node: number): boolean {
  const replica = ctx.state.nodes[node]!.replica!;
  const definition = ctx.world.nodes[node]!;
  if (replica.role === 'leader') return true;
  if (replica.heardUs < 0 || definition.kind !== 'replica') return false;
  if (replica.phi) return phi(replica.phi, ctx.state.nowUs) < definition.phiThreshold!;
  return ctx.state.nowUs - replica.heardUs < definition.electionTimeoutUs;
}

/** A peer asks for this replica's vote in `term`: given once a term, first come first served. */
function onVoteRequest(ctx: SimContext, node: number, candidate: number, term: number): void {
  const replica = ctx.state.nodes[node]!.replica!;
  if (term <= replica.votedTerm || term <= replica.term || hearsLeader(ctx, node)) return;
  replica.votedTerm = term;
  send(ctx, 'vote', node, candidate, term);
}

function onVote(ctx: SimContext, node: number, term: number): void {
  const replica = ctx.state.nodes[node]!.replica!;
  if (replica.role !== 'follower' || term !== replica.candidateTerm || term <= replica.term) return;
  replica.votes++;
  if (replica.votes >= majority(ctx)) win(ctx, node, term);
}

/** A replica's process thawed: what fell due while it slept happens first, on its old beliefs. */
export function resumeReplica(ctx: SimContext, node: number): void {
  const replica = ctx.state.nodes[node]!.replica;
  if (!replica) return;
  if (replica.writeDue) onReplicaWrite(ctx, node, replica.leaderEpoch);
  if (replica.heartbeatDue) onReplicaHeartbeat(ctx, node, replica.leaderEpoch);
  replica.writeDue = false;
  replica.heartbeatDue = false;
  if (replica.role === 'follower') armElection(ctx, node);
}

/** The process came back after a crash or a restart: it follows, and listens for a leader. */
export function bootReplica(ctx: SimContext, node: number): void {
  const replica = ctx.state.nodes[node]!.replica;
  if (!replica) return;
  replica.leaderEpoch++;
  setRole(ctx, node, 'follower', replica.term);
  armElection(ctx, node);
}

/** A heartbeat, or a peer's or the storage's answer, reached a running replica. */
export function atReplica(ctx: SimContext, info: MessageInfo, node: number): void {
  ctx.state.messages.delete(info.id);
  ctx.trace.record(ctx.state.nowUs, 'deliver', info.id, node);
  const replica = ctx.state.nodes[node]!.replica!;
  const term = info.attempt;
  if (info.kind === 'write-refused') return stepDown(ctx, node, Math.max(term, replica.term));
  if (info.kind === 'notice') return onCrashNotice(ctx, node, info.source);
  if (info.kind === 'vote-request') return onVoteRequest(ctx, node, info.source, term);
  if (info.kind === 'vote') return onVote(ctx, node, term);
  if (info.kind === 'write-ok' && replica.role === 'leader' && term === replica.term) {
    return renewLease(ctx, node);
  }
  if (info.kind === 'stale' && term > replica.term) return stepDown(ctx, node, term);
  if (info.kind !== 'heartbeat') return;
  if (term < replica.term) return send(ctx, 'stale', node, info.source, replica.term);
  if (replica.role === 'leader' || term > replica.term) {
    replica.leaderEpoch++;
    setRole(ctx, node, 'follower', term);
  }
  replica.heardUs = ctx.state.nowUs;
  if (replica.phi) heartbeat(replica.phi, ctx.state.nowUs);
  armElection(ctx, node);
}

/**
 * A peer's script says its process crashed. If it was the leader, the first replica after it in
 * the scenario's order takes over at once (the script names it, so two do not).
 */
function onCrashNotice(ctx: SimContext, node: number, crashed: number): void {
  const replica = ctx.state.nodes[node]!.replica!;
  const successor = replicaNodes(ctx).find((r) => r !== crashed);
  if (replica.role !== 'follower' || successor !== node) return;
  // Named by the script, it needs no vote; its term is still one no election has used.
  const term = nextTerm(replica);
  replica.votedTerm = term;
  win(ctx, node, term);
}

/**
 * A write reached the storage's process. With fencing it refuses a token older than one it has
 * accepted (the writer has been replaced); without, it takes every write.
 */
export function storeWrite(ctx: SimContext, info: MessageInfo, node: number): void {
  const { state } = ctx;
  state.messages.delete(info.id);
  ctx.trace.record(state.nowUs, 'deliver', info.id, node);
  const storage = state.nodes[node]!;
  const definition = ctx.world.nodes[node]!;
  const token = info.attempt;
  if (definition.kind === 'server' && definition.fencing && token < storage.maxToken) {
    ctx.trace.record(state.nowUs, 'fenced', node, info.source, token);
    return send(ctx, 'write-refused', node, info.source, storage.maxToken);
  }
  storage.maxToken = Math.max(storage.maxToken, token);
  storage.processed++;
  ctx.trace.record(state.nowUs, 'write', node, info.source, token);
  send(ctx, 'write-ok', node, info.source, token);
}
