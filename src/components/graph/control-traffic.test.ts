import { describe, expect, it } from 'vitest';
import { findPreset } from '../../scenario/presets/index.ts';
import { chatterWords, CLIENT_TRAFFIC, controlTraffic } from './control-traffic.ts';

const nodesOf = (id: string) => findPreset(id)!.scenario.nodes;

describe('the traffic of no request a scenario has', () => {
  it('lists a replicated service’s heartbeats and writes, and refusals where tokens are checked', () => {
    expect(controlTraffic(nodesOf('split-brain'))).toEqual({
      requests: false,
      heartbeats: true,
      checks: false,
      writes: true,
      refusals: false,
      sync: false,
    });
    expect(controlTraffic(nodesOf('fencing-tokens')).refusals).toBe(true);
    expect(chatterWords(controlTraffic(nodesOf('split-brain')))).toBe('heartbeat');
  });

  it('lists a balancer’s health checks, and nothing for a plain client and server', () => {
    expect(chatterWords(controlTraffic(nodesOf('load-balancer')))).toBe('health check');
    const plain = controlTraffic(nodesOf('remote-paused'));
    expect(plain).toEqual(CLIENT_TRAFFIC);
    expect(chatterWords(plain)).toBeNull();
  });

  it('lists a clock’s time sync where a node asks a time server', () => {
    expect(chatterWords(controlTraffic(nodesOf('clock-sync')))).toBe('time sync');
    expect(controlTraffic(nodesOf('clock-skew')).sync).toBe(false);
    const all = { ...CLIENT_TRAFFIC, heartbeats: true, checks: true, sync: true };
    expect(chatterWords(all)).toBe('heartbeat, health check or time sync');
  });
});
