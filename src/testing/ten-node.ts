/**
 * A scenario of the size a course builds by hand: ten nodes placed in the drawing, cables
 * with their own settings, three workloads and ten faults. The link format is held to fit it
 * in 1,000 characters.
 */

import { SCENARIO_VERSION, type Scenario, type ScenarioNode } from '../scenario/types.ts';

const server = (i: number, x: number, y: number): ScenarioNode => ({
  id: `s${i}`,
  label: `db ${i}`,
  kind: 'server',
  workers: 2 + i,
  queueCapacity: 16,
  service: { kind: 'exponential', meanUs: 2000 + 500 * i },
  restartUs: 800_000,
  x,
  y,
});

export function tenNodeScenario(): Scenario {
  const nodes: ScenarioNode[] = [
    { id: 'c1', label: 'web', kind: 'client', x: 40, y: 60 },
    { id: 'c2', label: 'mobile', kind: 'client', x: 40, y: 180 },
    { id: 'c3', label: 'batch', kind: 'client', x: 40, y: 300 },
    { id: 'w1', label: 'edge', kind: 'switch', x: 220, y: 120 },
    { id: 'w2', label: 'core', kind: 'switch', x: 220, y: 260 },
    server(1, 420, 40),
    server(2, 420, 140),
    server(3, 420, 240),
    server(4, 420, 340),
    server(5, 420, 440),
  ];
  const link = {
    latencyUs: 2000,
    jitterUs: 500,
    lossPercent: 1,
    bandwidthMbps: 100,
    queueCapacity: 32,
  };
  const cables = [
    ['c1', 'w1'],
    ['c2', 'w1'],
    ['c3', 'w2'],
    ['w1', 'w2'],
    ['w1', 's1'],
    ['w1', 's2'],
    ['w2', 's3'],
    ['w2', 's4'],
    ['w2', 's5'],
  ].map(([a, b]) => ({ a: a!, b: b!, ...link }));
  const workload = (client: string, server: string, intervalUs: number) => ({
    client,
    server,
    mode: 'poisson' as const,
    intervalUs,
    startUs: 0,
    count: 0,
    timeoutUs: 250_000,
    retries: 2,
    backoffUs: 100_000,
    backoffMultiplier: 2,
    backoffJitter: false,
    retryBudgetPercent: 100,
    idempotencyKey: true,
    retransmitUs: 0,
    requestBytes: 800,
    responseBytes: 4000,
  });
  return {
    version: SCENARIO_VERSION,
    name: 'Ten nodes, ten faults',
    description: 'Three clients, two switches and five databases through a bad afternoon.',
    seed: 4242,
    durationUs: 10_000_000,
    nodes,
    cables,
    workloads: [
      workload('c1', 's1', 200_000),
      workload('c2', 's3', 300_000),
      workload('c3', 's5', 500_000),
    ],
    schedule: [
      { kind: 'cut', cable: ['w1', 'w2'], atUs: 1_000_000 },
      { kind: 'restore', cable: ['w1', 'w2'], atUs: 2_000_000 },
      { kind: 'pause', node: 's1', durationUs: 700_000, atUs: 2_500_000 },
      { kind: 'crash', node: 's3', atUs: 3_000_000 },
      { kind: 'restart', node: 's3', atUs: 4_000_000 },
      { kind: 'degrade', cable: ['w2', 's5'], latencyUs: 90_000, lossPercent: 20, atUs: 4_500_000 },
      { kind: 'cut', cable: ['c2', 'w1'], from: 'w1', atUs: 5_000_000 },
      { kind: 'overload', node: 's2', intervalUs: 300, durationUs: 1_000_000, atUs: 6_000_000 },
      { kind: 'power-off', node: 's4', atUs: 7_000_000 },
      { kind: 'send-request', client: 'c1', atUs: 7_654_321 },
    ],
  };
}
