/**
 * A retry storm (concepts.md D3, D17): a server that can do 100 requests a second, a client that
 * asks about 62 a second and retries each timeout three times. A one-second pause fills the
 * queue; every request behind it times out and is retried, so the server now gets up to four
 * times the load, and it stays down long after the pause is over: a metastable failure. With a
 * retry budget of 10%, the same pause passes and the server recovers.
 */

import type { Scenario } from '../types.ts';
import { ms, threeNodeScenario, type Preset } from './base.ts';

function stormScenario(name: string, description: string, retryBudgetPercent: number): Scenario {
  const base = threeNodeScenario(
    name,
    description,
    [{ atUs: ms(2000), kind: 'pause', node: 'server', durationUs: ms(1000) }],
    {
      mode: 'poisson',
      intervalUs: ms(16),
      timeoutUs: ms(150),
      retries: 3,
      backoffUs: ms(20),
      backoffMultiplier: 1,
      retryBudgetPercent,
    },
  );
  const [client, middle, server] = base.nodes;
  return {
    ...base,
    durationUs: ms(12_000),
    nodes: [
      client!,
      middle!,
      {
        ...server!,
        kind: 'server',
        workers: 1,
        queueCapacity: 2000,
        service: { kind: 'constant', us: ms(10) },
        restartUs: ms(300),
      },
    ],
  };
}

export const retryStorm: Preset = {
  id: 'retry-storm',
  scenario: stormScenario(
    'Retry storm',
    'The server can do 100 requests a second and gets about 62. At 2 s it pauses for one second; the requests that pile up time out and are retried, three times each. The retries keep the server busier than it can be, long after the pause is over: it does work for clients that have given up, and almost nothing succeeds.',
    100,
  ),
  featured: { id: 'r620', outcome: 'timeout' },
};

export const retryBudget: Preset = {
  id: 'retry-budget',
  scenario: stormScenario(
    'Retry storm, with a retry budget',
    'The same pause, but the client keeps retries below 10% of its requests (a retry budget, as Google’s SRE book advises). A few seconds after the pause the server has caught up and requests succeed again.',
    10,
  ),
  featured: { id: 'r620', outcome: 'ok' },
};
