import { describe, expect, it } from 'vitest';
import { LabController, type FrameScheduler } from '../lab/controller.ts';
import { SIX_CAUSES } from '../scenario/presets/index.ts';
import type { Scenario } from '../scenario/types.ts';
import { compareClients, observationsOf, sameSentence } from './same-for-client.ts';

const noFrames: FrameScheduler = { request: () => 0, cancel: () => {}, now: () => 0 };

/** What each world's client saw by `atUs`. */
function seenAt(scenarios: readonly Scenario[], atUs: number) {
  return scenarios.map((scenario) => {
    const lab = new LabController(scenario, null, noFrames);
    lab.seek(atUs);
    return observationsOf(lab.sim);
  });
}

const six = SIX_CAUSES.map((p) => p.scenario);

describe('what the six clients saw', () => {
  it('is the same in all six presets at r3’s timeout', () => {
    const comparison = compareClients(seenAt(six, 600_000), 'r3');
    expect(comparison.same).toBe(true);
    expect(sameSentence(comparison, 6)).toBe(
      'All six clients saw exactly the same thing: r3 sent at 500 ms, no response, timeout at 600 ms.',
    );
  });

  it('says so while r3 is still waiting', () => {
    const comparison = compareClients(seenAt(six, 550_000), 'r3');
    expect(sameSentence(comparison, 6)).toBe(
      'So far all six clients have seen exactly the same thing: r3 sent at 500 ms, no response yet.',
    );
  });

  it('holds on every seed', () => {
    for (const seed of [2, 7, 99]) {
      const reseeded = six.map((s) => ({ ...s, seed }));
      expect(compareClients(seenAt(reseeded, 600_000), 'r3').same).toBe(true);
    }
  });

  it('notices when one world differs (a world where nothing breaks)', () => {
    const healthy = { ...six[4]!, schedule: [] };
    const worlds = [...six.slice(0, 4), healthy, six[5]!];
    const comparison = compareClients(seenAt(worlds, 600_000), 'r3');
    expect(comparison.same).toBe(false);
    const sentence = sameSentence(comparison, 6);
    expect(sentence).toMatch(/^Until \d+(\.\d+)? ms, all six clients saw exactly the same thing: /);
    expect(sentence).toContain('r3 sent at 500 ms');
    expect(sentence).toContain('After that, what they saw differs.');
    expect(sentence).not.toContain('timeout');
  });

  it('tells the differences that come after the timeout (late responses)', () => {
    const comparison = compareClients(seenAt(six, 2_000_000), 'r3');
    expect(comparison.same).toBe(false);
    expect(comparison.differsAtUs).toBeGreaterThan(600_000);
    expect(sameSentence(comparison, 6)).toContain('no response, timeout at 600 ms');
  });
});
