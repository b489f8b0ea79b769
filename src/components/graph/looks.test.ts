import { describe, expect, it } from 'vitest';
import { findPreset } from '../../scenario/presets/index.ts';
import type { LinkParams } from '../../scenario/types.ts';
import { createSimulation } from '../../sim/index.ts';
import { nodeReach } from './node-layout.ts';
import {
  cableName,
  cableWords,
  countsDown,
  degradeText,
  formatLeft,
  HIDDEN_LANE,
  hiddenNodeLook,
  laneWords,
  nodeLook,
  nodeName,
  nodeRoleText,
  nodeStatusText,
  showsLeader,
  type NodeLook,
} from './looks.ts';

const base: LinkParams = {
  latencyUs: 5000,
  jitterUs: 1000,
  lossPercent: 0,
  bandwidthMbps: 100,
  queueCapacity: 64,
};

const server = (look: Partial<NodeLook>): NodeLook => ({
  kind: 'server',
  process: 'running',
  pausedUntilUs: -1,
  overloaded: false,
  waiting: 0,
  capacity: 64,
  role: '',
  clock: '',
  leads: false,
  hidden: false,
  ...look,
});

describe('degradeText', () => {
  it('writes only what changed, latency as a difference', () => {
    expect(degradeText({ ...base, latencyUs: 305_000 }, base)).toBe('+300 ms');
    expect(degradeText({ ...base, lossPercent: 20 }, base)).toBe('loss 20%');
    expect(degradeText({ ...base, bandwidthMbps: 1 }, base)).toBe('1 Mbit/s');
    expect(degradeText({ ...base, latencyUs: 2000, jitterUs: 20_000 }, base)).toBe(
      '−3 ms · jitter ±20 ms',
    );
  });

  it('still says something when nothing differs', () => {
    expect(degradeText(base, base)).toBe('degraded');
  });
});

describe('node words', () => {
  it('counts a pause down to its end, or says it lasts', () => {
    const paused = server({ process: 'paused', pausedUntilUs: 780_000 });
    expect(countsDown(paused)).toBe(true);
    expect(nodeStatusText(paused, 570_000)).toBe('paused 210 ms');
    expect(nodeStatusText(paused, 779_500)).toBe('paused 1 ms');
    expect(nodeStatusText(paused, 900_000)).toBe('paused 0 ms');
    expect(countsDown(server({ process: 'paused' }))).toBe(false);
    expect(nodeStatusText(server({ process: 'paused' }), 0)).toBe('paused');
    expect(nodeStatusText(server({}), 0)).toBeNull();
    expect(nodeStatusText(server({ overloaded: true }), 0)).toBe('overloaded');
  });

  it('says nothing of the state while the truth is hidden', () => {
    const hidden = hiddenNodeLook('server');
    expect(nodeStatusText(hidden, 0)).toBeNull();
    expect(countsDown(hidden)).toBe(false);
    expect(nodeName('server', hidden)).toBe('server, state hidden');
    expect(HIDDEN_LANE).toEqual({ up: true, degraded: false, change: '' });
    const cut = { up: false, degraded: false, change: '' };
    const slow = { up: true, degraded: true, change: '+300 ms' };
    expect(cableWords('client', 'switch', cut, slow, true)).toBe(
      'between client and switch; state hidden',
    );
    expect(cableWords('client', 'switch', cut, slow, false)).toBe(
      'client to switch: cut; switch to client: degraded, +300 ms',
    );
  });

  it('names a node by its label first, then its state', () => {
    expect(nodeName('server', server({ process: 'paused' }))).toBe('server, paused');
    expect(nodeName('db', server({ process: 'off' }))).toBe('db, machine off');
    expect(nodeName('db', server({ overloaded: true }))).toBe('db, running, overloaded');
  });

  it('names a cable with an en dash', () => {
    expect(cableName('client', 'switch')).toBe('cable client\u2013switch');
    expect(laneWords('a', 'b', { up: false, degraded: false, change: '' })).toBe('a to b: cut');
  });

  it('formats countdowns in whole milliseconds, then seconds', () => {
    expect(formatLeft(61_200)).toBe('62 ms');
    expect(formatLeft(1_420_000)).toBe('1.5 s');
    expect(formatLeft(12_000_000)).toBe('12 s');
  });
});

describe('a router', () => {
  const routed = () => createSimulation(findPreset('host-unreachable')!.scenario);
  const router = (sim: ReturnType<typeof routed>) => sim.world.index.get('router')!;

  it('is drawn like a switch: no queue, powered off and restarted', () => {
    const sim = routed();
    const running = nodeLook(sim, router(sim));
    expect(running).toMatchObject({ kind: 'router', process: 'running', waiting: 0, capacity: 0 });
    expect(nodeStatusText(running, 0)).toBeNull();
    expect(nodeName('router', running)).toBe('router, running');

    sim.apply({ kind: 'power-off', node: 'router' });
    const off = nodeLook(sim, router(sim));
    expect(nodeStatusText(off, 0)).toBe('off');
    expect(nodeName('router', off)).toBe('router, machine off');

    sim.apply({ kind: 'restart', node: 'router' });
    const restarting = nodeLook(sim, router(sim));
    expect(nodeStatusText(restarting, 0)).toBe('restarting');
    expect(nodeName('router', hiddenNodeLook('router'))).toBe('router, state hidden');
  });

  it('gets the room a switch gets around it', () => {
    for (const placement of ['below', 'beside'] as const) {
      expect(nodeReach('router', placement, true)).toEqual(nodeReach('switch', placement, true));
    }
  });
});

describe('what a node believes of its part', () => {
  it('a replica says whether it leads, and in which term; a balancer how many are in rotation', () => {
    expect(nodeName('replica a', server({ kind: 'replica', role: 'leader · term 2' }))).toBe(
      'replica a, running, leader · term 2',
    );
    // The part goes under the label; above the glyph, only trouble.
    const leader = server({ kind: 'replica', role: 'leader · term 2', leads: true });
    expect(nodeStatusText(leader, 0)).toBeNull();
    expect(nodeRoleText(leader)).toBe('leader · term 2');
    // Trouble comes first: a paused leader shows its pause above, its frozen belief below.
    const paused = { ...leader, role: 'leader · term 1', process: 'paused' as const };
    expect(nodeStatusText(paused, 0)).toBe('paused');
    expect(nodeRoleText(paused)).toBe('leader · term 1');
    // A crashed process believes nothing.
    expect(nodeRoleText({ ...leader, process: 'crashed' })).toBeNull();
  });

  it('a leader wears a star, paused or not; its name stays in words', () => {
    const leader = server({ kind: 'replica', role: 'leader · term 2', leads: true });
    expect(showsLeader(leader)).toBe(true);
    expect(nodeName('replica b', leader)).toBe('replica b, running, leader · term 2');
    expect(showsLeader({ ...leader, process: 'paused', pausedUntilUs: 4_000_000 })).toBe(true);
    expect(showsLeader({ ...leader, leads: false, role: 'follower · term 2' })).toBe(false);
    // A crashed process believes nothing: no star, no words.
    expect(showsLeader({ ...leader, process: 'crashed' })).toBe(false);
    expect(showsLeader(hiddenNodeLook('replica'))).toBe(false);
  });
});
