/**
 * Copies a TCP-like transport sent again (transport.ts): the whole truth tags and names them;
 * the client's view shows one send per attempt, as the client's program saw it.
 */

import { describe, expect, it } from 'vitest';
import { presetScene } from './preset-scene.ts';

// Seed 1 of loss-becomes-delay: r53's request is lost and sent again at 4.928 s; r55's answer
// is lost twice and sent again at 5.107 s and 5.507 s.
const WINDOW = { fromUs: 4_600_000, untilUs: 5_600_000, widthPx: 1600, heightPx: 400 };

describe('copies sent again by TCP', () => {
  it('are named and tagged in the whole truth', () => {
    const scene = presetScene('loss-becomes-delay', WINDOW);
    const name = (id: string) => scene.requests.find((r) => r.id === id)?.name ?? '';
    expect(name('r53')).toMatch(
      /^r53: request client → server, lost between .*, request sent again by TCP, answered in/,
    );
    expect(name('r55')).toContain('response sent again by TCP 2×');
    expect(scene.signalTags.map((t) => t.label.text)).toContain('resent ×2');
    // Still one attempt each.
    expect(name('r53').split('; ')).toHaveLength(1);
  });

  it('are not there in the client’s view: one send, one answer', () => {
    const scene = presetScene('loss-becomes-delay', { ...WINDOW, view: 'client' });
    const r53 = scene.requests.find((r) => r.id === 'r53')?.name;
    expect(r53).toMatch(/^r53: sent at 4\.7\d* s, answered at 4\.9\d* s$/);
    expect(scene.arrows.filter((a) => a.request === 'r53' && a.kind === 'request')).toHaveLength(1);
    expect(scene.signalTags).toEqual([]);
  });
});
