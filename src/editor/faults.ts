/**
 * The faults the schedule editor offers, each with what it acts on and sensible first values
 * (a 500 ms pause, a 1 s overload at 1,000 requests/s, a cable slowed to 50 ms with 10% loss),
 * which the list then lets people change.
 */

import {
  forwards,
  type Action,
  type Scenario,
  type ScenarioNode,
  type ScheduledAction,
} from '../scenario/types.ts';

/**
 * What a fault acts on: a server's machine, a cable, a client that sends, any machine with a
 * clock (not the network's boxes), or a machine whose clock syncs with a time server.
 */
export type FaultTarget = 'machine' | 'cable' | 'client' | 'clock' | 'synced-clock';

export interface FaultKind {
  kind: Action['kind'];
  words: string;
  target: FaultTarget;
  /** The word between the fault and its machine in the list's title, as in `Step clock of b`. */
  joiner?: string;
  make(target: string, atUs: number): ScheduledAction;
}

const cableOf = (target: string): [string, string] => {
  const [a = '', b = ''] = target.split(' ');
  return [a, b];
};

export const FAULT_KINDS: FaultKind[] = [
  {
    kind: 'cut',
    words: 'Cut cable',
    target: 'cable',
    make: (t, atUs) => ({ kind: 'cut', cable: cableOf(t), atUs }),
  },
  {
    kind: 'restore',
    words: 'Restore cable',
    target: 'cable',
    make: (t, atUs) => ({ kind: 'restore', cable: cableOf(t), atUs }),
  },
  {
    kind: 'degrade',
    words: 'Degrade cable',
    target: 'cable',
    make: (t, atUs) => ({
      kind: 'degrade',
      cable: cableOf(t),
      latencyUs: 50_000,
      lossPercent: 10,
      atUs,
    }),
  },
  {
    kind: 'pause',
    words: 'Pause process',
    target: 'machine',
    make: (node, atUs) => ({ kind: 'pause', node, durationUs: 500_000, atUs }),
  },
  {
    kind: 'resume',
    words: 'Resume process',
    target: 'machine',
    make: (node, atUs) => ({ kind: 'resume', node, atUs }),
  },
  {
    kind: 'crash',
    words: 'Crash process',
    target: 'machine',
    make: (node, atUs) => ({ kind: 'crash', node, atUs }),
  },
  {
    kind: 'power-off',
    words: 'Power off',
    target: 'machine',
    make: (node, atUs) => ({ kind: 'power-off', node, atUs }),
  },
  {
    kind: 'restart',
    words: 'Restart',
    target: 'machine',
    make: (node, atUs) => ({ kind: 'restart', node, atUs }),
  },
  {
    kind: 'overload',
    words: 'Overload',
    target: 'machine',
    make: (node, atUs) => ({
      kind: 'overload',
      node,
      intervalUs: 1000,
      durationUs: 1_000_000,
      atUs,
    }),
  },
  {
    kind: 'clock-step',
    words: 'Step clock',
    joiner: 'of',
    target: 'clock',
    make: (node, atUs) => ({ kind: 'clock-step', node, byUs: -100_000, atUs }),
  },
  {
    kind: 'clock-drift',
    words: 'Set clock drift',
    joiner: 'of',
    target: 'clock',
    make: (node, atUs) => ({ kind: 'clock-drift', node, driftPpm: 200, atUs }),
  },
  {
    kind: 'sync-unreachable',
    words: 'Time server unreachable',
    joiner: 'from',
    target: 'synced-clock',
    make: (node, atUs) => ({ kind: 'sync-unreachable', node, durationUs: 5_000_000, atUs }),
  },
  {
    kind: 'send-request',
    words: 'Send request',
    target: 'client',
    make: (client, atUs) => ({ kind: 'send-request', client, atUs }),
  },
];

/** What a fault of this kind can act on: `[value, words]`, a cable's value is `a b`. */
export function targetsFor(scenario: Scenario, target: FaultTarget): [string, string][] {
  const label = new Map(scenario.nodes.map((n) => [n.id, n.label]));
  if (target === 'cable') {
    return scenario.cables.map((c) => [`${c.a} ${c.b}`, `${label.get(c.a)}–${label.get(c.b)}`]);
  }
  if (target === 'client') {
    const senders = new Set(scenario.workloads.map((w) => w.client));
    return scenario.nodes.filter((n) => senders.has(n.id)).map((n) => [n.id, n.label]);
  }
  const fits = {
    machine: (n: ScenarioNode) => n.kind === 'server',
    clock: (n: ScenarioNode) => !forwards(n.kind),
    'synced-clock': (n: ScenarioNode) => 'clock' in n && n.clock?.sync !== undefined,
  }[target];
  return scenario.nodes.filter(fits).map((n) => [n.id, n.label]);
}

/** A fault as the list names it, in the present: `Crash process server`, `Cut cable a–b`. */
export function faultTitle(fault: ScheduledAction, labelOf: (id: string) => string): string {
  const kind = FAULT_KINDS.find((k) => k.kind === fault.kind);
  const words = kind?.words ?? fault.kind;
  if ('cable' in fault) {
    const [a, b] = fault.cable;
    const one = fault.from === undefined ? '' : ` (from ${labelOf(fault.from)})`;
    return `${words} ${labelOf(a)}–${labelOf(b)}${one}`;
  }
  if ('node' in fault) return [words, kind?.joiner, labelOf(fault.node)].filter(Boolean).join(' ');
  if ('client' in fault) return `${words} from ${labelOf(fault.client)}`;
  return words;
}
