/**
 * Where delay comes from (concepts.md D5, D6, D10): queues at a switch port when many answer
 * one at once (incast), and a server's queue as its load nears what it can do.
 */

import type { Scenario, ServerNode } from '../types.ts';
import { ms, threeNodeScenario, type Preset } from './base.ts';

const WORKERS = 8;

/** One aggregator asks eight servers at once; all eight answer through the same switch port. */
function incastScenario(): Scenario {
  const base = threeNodeScenario(
    'Incast: eight answers, one port',
    'Every 200 ms the client asks eight servers at once, as a search front end asks its shards. The answers are 64 kB each and all come back through the switch’s one port to the client, which sends 100 Mbit/s: the last waits behind seven others, about 37 ms, and the port holds only four waiting. Answers that find it full are dropped, and the client times out although every server did its work.',
    [],
  );
  const [client, middle, server] = base.nodes as [
    Scenario['nodes'][0],
    Scenario['nodes'][0],
    ServerNode,
  ];
  const link = {
    ...base.cables[0]!,
    latencyUs: 100,
    jitterUs: 50,
    bandwidthMbps: 100,
    queueCapacity: 4,
  };
  const servers: ServerNode[] = Array.from({ length: WORKERS }, (_, i) => ({
    ...server,
    id: `s${i + 1}`,
    label: `shard ${i + 1}`,
    x: 440,
    y: (i - (WORKERS - 1) / 2) * 50,
    service: { kind: 'uniform', minUs: 500, maxUs: 1500 },
  }));
  const workload = base.workloads[0]!;
  return {
    ...base,
    durationUs: ms(4000),
    nodes: [{ ...client, x: 0, y: 0 }, { ...middle, x: 220, y: 0 }, ...servers],
    cables: [
      { ...link, a: 'client', b: 'switch' },
      ...servers.map((s) => ({ ...link, a: 'switch', b: s.id, bandwidthMbps: 1000 })),
    ],
    // The client's eight requests leave 50 µs apart, so they never queue on their way out.
    workloads: servers.map((s, i) => ({
      ...workload,
      server: s.id,
      startUs: i * 50,
      intervalUs: ms(200),
      timeoutUs: ms(100),
      requestBytes: 200,
      responseBytes: 64_000,
    })),
  };
}

export const incast: Preset = {
  id: 'incast',
  scenario: incastScenario(),
};

export const busyServer: Preset = {
  id: 'busy-server',
  scenario: {
    ...threeNodeScenario(
      'A busy server: queueing near capacity',
      'The server does one request at a time, 10 ms each on average (exponential), and requests arrive at random about 85 times a second: it is busy 85% of the time. Most requests are served in tens of milliseconds, but now and then a burst builds a queue, and some wait far longer than the 10 ms of work. Open Round trips: the tail comes from waiting, not working. Queueing theory (M/M/1) says the mean is 1/(μ − λ), about 67 ms here.',
      [],
      { mode: 'poisson', intervalUs: 11_765, timeoutUs: ms(1000) },
    ),
    durationUs: ms(30_000),
    nodes: threeNodeScenario('', '', []).nodes.map((n) =>
      n.kind === 'server'
        ? {
            ...n,
            workers: 1,
            queueCapacity: 10_000,
            service: { kind: 'exponential', meanUs: ms(10) },
          }
        : n,
    ),
  },
};

/**
 * The same bursty traffic over a circuit-switched or a packet-switched cable to the server
 * (concepts.md E1–E3): 10 Mbit/s, answers of 10 kB, about 40 requests a second at random.
 */
function switchedScenario(name: string, description: string, circuitSlots?: number): Scenario {
  const base = threeNodeScenario(name, description, [], {
    mode: 'poisson',
    intervalUs: ms(25),
    timeoutUs: ms(1000),
    responseBytes: 10_000,
  });
  return {
    ...base,
    durationUs: ms(20_000),
    cables: base.cables.map((c) => ({
      ...c,
      jitterUs: 0,
      bandwidthMbps: 10,
      queueCapacity: 1000,
      ...(circuitSlots === undefined ? {} : { circuitSlots }),
    })),
  };
}

export const packetSwitched: Preset = {
  id: 'packet-switched',
  scenario: switchedScenario(
    'Packets: shared, queued, unbounded',
    'The cables carry 10 Mbit/s shared by everything, as a datacenter network does. About 40 requests a second come at random, each answered with 10 kB: the cables are busy about a third of the time. Nothing is refused and most round trips take 40 to 60 ms, but when several come together they queue: the delay varies, with no bound but the queue. Open Round trips and compare with the circuit.',
  ),
};

export const circuitSwitched: Preset = {
  id: 'circuit-switched',
  scenario: switchedScenario(
    'Circuits: reserved, constant, refused',
    'The same cables and the same traffic, but each cable is cut into 4 reserved circuits of 2.5 Mbit/s, as a telephone network does. A request places a call that holds a circuit on each cable until its answer is back, and every answer crosses in the same time: no queue, no jitter. But a call holds its circuits even while nothing moves on them, and when all 4 are busy the next call is refused at once: about a third of them, on cables that packets kept two-thirds idle.',
    4,
  ),
};

/**
 * A lossy path under a TCP-like transport (concepts.md A5, D8): nothing is lost for good, and
 * every loss costs at least the retransmission timer (Linux's 200 ms floor).
 */
export const lossBecomesDelay: Preset = {
  id: 'loss-becomes-delay',
  scenario: (() => {
    const base = threeNodeScenario(
      'Loss becomes delay: TCP sends it again',
      'Each cable loses 2% of what crosses it, and the client talks TCP: when a request or an answer is lost, the machine that sent it sends it again 200 ms later (Linux’s shortest retransmission timer), then 400 ms after that, and so on. The client’s program never hears of a loss; it only waits. Most round trips take about 30 ms; a few in every hundred take 200 ms more, and now and then one takes 600 ms more, when a copy is lost twice. Open Round trips, and reveal the truth to see the resent copies in the log and the diagram.',
      [],
      { mode: 'poisson', intervalUs: ms(100), timeoutUs: ms(2000), retransmitUs: ms(200) },
    );
    return {
      ...base,
      durationUs: ms(20_000),
      cables: base.cables.map((c) => ({ ...c, lossPercent: 2 })),
    };
  })(),
};

export const DELAY_PRESETS: readonly Preset[] = [
  incast,
  busyServer,
  lossBecomesDelay,
  packetSwitched,
  circuitSwitched,
];
