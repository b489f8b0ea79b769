/**
 * fast-check arbitraries for random but valid scenarios: a few clients, servers, switches and routers,
 * cables with random latency, jitter, loss, bandwidth and queues, workloads of every mode, and
 * a random fault schedule drawn from the whole vocabulary. Used by the property tests.
 */

import fc from 'fast-check';
import type {
  Action,
  Cable,
  Scenario,
  ScenarioNode,
  ScheduledAction,
  ServerNode,
  Workload,
} from '../scenario/types.ts';
import { SCENARIO_VERSION } from '../scenario/types.ts';
import { DEFAULT_BALANCER } from '../scenario/limits.ts';

const ms = (n: number) => n * 1000;

interface Shape {
  clients: number;
  servers: number;
  /** Forwarding nodes, `w0`, `w1`, …: a switch, or a router where `routers` has its bit set. */
  switches: number;
  routers: number;
  /** A load balancer `lb` in front of every server, on switch w0 (only with a switch). */
  balancer: boolean;
}

const serviceArb = fc.oneof(
  fc.record({ kind: fc.constant('constant' as const), us: fc.integer({ min: 0, max: ms(20) }) }),
  fc
    .tuple(fc.integer({ min: 0, max: ms(10) }), fc.integer({ min: 0, max: ms(10) }))
    .map(([a, b]) => ({ kind: 'uniform' as const, minUs: Math.min(a, b), maxUs: Math.max(a, b) })),
  fc.record({
    kind: fc.constant('exponential' as const),
    meanUs: fc.integer({ min: 1, max: ms(10) }),
  }),
);

const linkArb = fc.record({
  latencyUs: fc.integer({ min: 0, max: ms(20) }),
  jitterUs: fc.integer({ min: 0, max: ms(5) }),
  lossPercent: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 })),
  bandwidthMbps: fc.constantFrom(0.1, 1, 10, 100, 1000),
  queueCapacity: fc.integer({ min: 1, max: 32 }),
});

function nodesOf(
  shape: Shape,
  servers: Array<Omit<ServerNode, 'id' | 'label' | 'kind'>>,
): ScenarioNode[] {
  const nodes: ScenarioNode[] = [];
  for (let i = 0; i < shape.clients; i++)
    nodes.push({ id: `c${i}`, label: `client ${i}`, kind: 'client' });
  for (let i = 0; i < shape.servers; i++)
    nodes.push({ id: `s${i}`, label: `server ${i}`, kind: 'server', ...servers[i]! });
  if (shape.balancer && shape.switches > 0) {
    nodes.push({
      id: 'lb',
      label: 'balancer',
      kind: 'balancer',
      ...DEFAULT_BALANCER,
      checkIntervalUs: ms(15),
      checkTimeoutUs: ms(10),
      unhealthyAfter: 2,
      backends: Array.from({ length: shape.servers }, (_, i) => `s${i}`),
    });
  }
  for (let i = 0; i < shape.switches; i++) {
    const router = (shape.routers >> i) & 1;
    nodes.push({
      id: `w${i}`,
      label: `${router ? 'router' : 'switch'} ${i}`,
      kind: router ? 'router' : 'switch',
    });
  }
  return nodes;
}

/** Every endpoint hangs off a switch (or, with no switch, clients join servers directly). */
function cablesArb(shape: Shape): fc.Arbitrary<Cable[]> {
  const pairs: Array<fc.Arbitrary<[string, string]>> = [];
  const endpoints = [
    ...Array.from({ length: shape.clients }, (_, i) => `c${i}`),
    ...Array.from({ length: shape.servers }, (_, i) => `s${i}`),
  ];
  if (shape.switches === 0) {
    for (let c = 0; c < shape.clients; c++) {
      for (let s = 0; s < shape.servers; s++) pairs.push(fc.constant([`c${c}`, `s${s}`]));
    }
  } else {
    for (const e of endpoints)
      pairs.push(fc.integer({ min: 0, max: shape.switches - 1 }).map((w) => [e, `w${w}`]));
    for (let w = 1; w < shape.switches; w++)
      pairs.push(fc.integer({ min: 0, max: w - 1 }).map((v) => [`w${w}`, `w${v}`]));
    if (shape.balancer) pairs.push(fc.constant(['lb', 'w0']));
  }
  return fc
    .tuple(
      fc.tuple(...pairs),
      fc.array(linkArb, { minLength: pairs.length, maxLength: pairs.length }),
    )
    .map(([ends, links]) => ends.map(([a, b], i) => ({ a, b, ...links[i]! })));
}

function workloadsArb(shape: Shape): fc.Arbitrary<Workload[]> {
  const one = fc.record({
    client: fc.integer({ min: 0, max: shape.clients - 1 }).map((i) => `c${i}`),
    server: fc
      .integer({ min: shape.balancer && shape.switches > 0 ? -1 : 0, max: shape.servers - 1 })
      .map((i) => (i < 0 ? 'lb' : `s${i}`)),
    mode: fc.constantFrom('interval' as const, 'poisson' as const, 'on-demand' as const),
    intervalUs: fc.integer({ min: ms(1), max: ms(60) }),
    startUs: fc.integer({ min: 0, max: ms(20) }),
    count: fc.integer({ min: 0, max: 20 }),
    timeoutUs: fc.integer({ min: ms(1), max: ms(150) }),
    retries: fc.integer({ min: 0, max: 3 }),
    backoffUs: fc.integer({ min: 0, max: ms(30) }),
    backoffMultiplier: fc.constantFrom(1, 1.5, 2),
    backoffJitter: fc.boolean(),
    retryBudgetPercent: fc.oneof(fc.constant(100), fc.integer({ min: 0, max: 100 })),
    idempotencyKey: fc.boolean(),
    retransmitUs: fc.oneof(fc.constant(0), fc.integer({ min: ms(1), max: ms(100) })),
    requestBytes: fc.integer({ min: 1, max: 5000 }),
    responseBytes: fc.integer({ min: 1, max: 5000 }),
  });
  return fc.array(one, { minLength: 1, maxLength: 2 * shape.clients });
}

function actionArb(shape: Shape, cables: Cable[]): fc.Arbitrary<Action> {
  const server = fc.integer({ min: 0, max: shape.servers - 1 }).map((i) => `s${i}`);
  const machine =
    shape.switches > 0
      ? fc.oneof(
          server,
          fc.integer({ min: 0, max: shape.switches - 1 }).map((i) => `w${i}`),
          ...(shape.balancer ? [fc.constant('lb')] : []),
        )
      : server;
  const client = fc.integer({ min: 0, max: shape.clients - 1 }).map((i) => `c${i}`);
  const cable = fc.constantFrom(...cables).chain((c) =>
    fc.record({
      cable: fc.constant([c.a, c.b] as [string, string]),
      from: fc.option(fc.constantFrom(c.a, c.b), { nil: undefined }),
    }),
  );
  const clean = <T extends object>(x: T): T =>
    Object.fromEntries(Object.entries(x).filter(([, v]) => v !== undefined)) as T;
  return fc.oneof(
    cable.map((t) => clean({ kind: 'cut' as const, ...t })),
    cable.map((t) => clean({ kind: 'restore' as const, ...t })),
    fc.tuple(cable, linkArb).map(([t, l]) =>
      clean({
        kind: 'degrade' as const,
        ...t,
        latencyUs: l.latencyUs,
        lossPercent: l.lossPercent,
      }),
    ),
    fc
      .tuple(server, fc.option(fc.integer({ min: 1, max: ms(100) }), { nil: undefined }))
      .map(([node, durationUs]) => clean({ kind: 'pause' as const, node, durationUs })),
    server.map((node) => ({ kind: 'resume' as const, node })),
    server.map((node) => ({ kind: 'crash' as const, node })),
    machine.map((node) => ({ kind: 'power-off' as const, node })),
    machine.map((node) => ({ kind: 'restart' as const, node })),
    fc
      .tuple(
        server,
        fc.integer({ min: ms(1), max: ms(10) }),
        fc.option(fc.integer({ min: 0, max: ms(15) }), { nil: undefined }),
        fc.option(fc.integer({ min: ms(1), max: ms(100) }), { nil: undefined }),
      )
      .map(([node, intervalUs, serviceUs, durationUs]) =>
        clean({ kind: 'overload' as const, node, intervalUs, serviceUs, durationUs }),
      ),
    client.map((c) => ({ kind: 'send-request' as const, client: c })),
    fc
      .record({
        client,
        mode: fc.constantFrom('interval' as const, 'poisson' as const, 'on-demand' as const),
        intervalUs: fc.integer({ min: ms(1), max: ms(60) }),
        timeoutUs: fc.integer({ min: ms(1), max: ms(150) }),
        retries: fc.integer({ min: 0, max: 3 }),
      })
      .map((x) => ({ kind: 'set-workload' as const, ...x })),
  );
}

export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    clients: fc.integer({ min: 1, max: 3 }),
    servers: fc.integer({ min: 1, max: 3 }),
    switches: fc.integer({ min: 0, max: 3 }),
    routers: fc.integer({ min: 0, max: 7 }),
    balancer: fc.boolean(),
  })
  .chain((shape) =>
    fc
      .tuple(
        fc.array(
          fc.record({
            workers: fc.integer({ min: 1, max: 3 }),
            queueCapacity: fc.integer({ min: 0, max: 16 }),
            service: serviceArb,
            restartUs: fc.integer({ min: 0, max: ms(50) }),
          }),
          { minLength: shape.servers, maxLength: shape.servers },
        ),
        cablesArb(shape),
        workloadsArb(shape),
        fc.integer({ min: ms(20), max: ms(400) }),
        fc.integer({ min: 0, max: 2 ** 40 }),
      )
      .chain(([servers, cables, workloads, durationUs, seed]) =>
        timedActionsArb(shape, cables, workloads, durationUs).map((schedule) => ({
          version: SCENARIO_VERSION,
          name: 'random',
          description: '',
          seed,
          durationUs,
          nodes: nodesOf(shape, servers),
          cables,
          workloads,
          schedule,
        })),
      ),
  );

/** Random actions at random times up to `untilUs`, valid for the scenario's parts. */
function timedActionsArb(
  shape: Shape,
  cables: Cable[],
  workloads: Workload[],
  untilUs: number,
): fc.Arbitrary<ScheduledAction[]> {
  return fc
    .array(fc.tuple(fc.integer({ min: 0, max: untilUs }), actionArb(shape, cables)), {
      maxLength: 12,
    })
    .map((entries) =>
      entries.map(([atUs, action]): ScheduledAction => {
        // A request can only be sent on demand by a client that has a workload.
        const orphan =
          (action.kind === 'send-request' || action.kind === 'set-workload') &&
          !workloads.some((w) => w.client === action.client);
        return orphan
          ? { kind: 'send-request', client: workloads[0]!.client, atUs }
          : { ...action, atUs };
      }),
    );
}

/** A random scenario, and random actions to take live during its run. */
export const scenarioWithLiveActionsArb: fc.Arbitrary<[Scenario, ScheduledAction[]]> =
  scenarioArb.chain((scenario) => {
    const count = (kind: string) => scenario.nodes.filter((n) => n.kind === kind).length;
    const forwarders = scenario.nodes.filter((n) => n.kind === 'switch' || n.kind === 'router');
    const shape = {
      clients: count('client'),
      servers: count('server'),
      switches: forwarders.length,
      routers: forwarders.reduce((mask, n, i) => mask | ((n.kind === 'router' ? 1 : 0) << i), 0),
      balancer: scenario.nodes.some((n) => n.kind === 'balancer'),
    };
    return timedActionsArb(shape, scenario.cables, scenario.workloads, scenario.durationUs).map(
      (live) => [scenario, live.sort((a, b) => a.atUs - b.atUs)] as [Scenario, ScheduledAction[]],
    );
  });

/** The seed for fast-check: FC_SEED from the environment, else a fixed one, so runs replay. */
export const FC_SEED = Number(process.env.FC_SEED ?? 20261128);
