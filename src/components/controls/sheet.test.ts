import { describe, expect, it } from 'vitest';
import { healthy } from '../../scenario/presets/healthy.ts';
import { createSimulation } from '../../sim/index.ts';
import { scrollToShowAbove, selectionTitle } from './sheet.ts';

describe('the sheet header', () => {
  const sim = createSimulation(healthy.scenario);
  it('names a node by its kind and label', () => {
    expect(selectionTitle(sim, { kind: 'node', id: 'server' })).toEqual({
      kind: 'Server',
      name: 'server',
    });
    expect(selectionTitle(sim, { kind: 'node', id: 'client' }).kind).toBe('Client');
  });

  it('names a cable by its two ends, with an en dash', () => {
    expect(selectionTitle(sim, { kind: 'cable', a: 'client', b: 'switch' })).toEqual({
      kind: 'Cable',
      name: 'client–switch',
    });
  });
});

describe('keeping the selection in sight above the sheet', () => {
  it('does not scroll when the selection already shows', () => {
    expect(scrollToShowAbove(100, 200, 460)).toBe(0);
  });

  it('scrolls down just enough to lift it above the sheet', () => {
    expect(scrollToShowAbove(500, 600, 460)).toBe(152);
  });

  it('never lifts its top off the screen', () => {
    expect(scrollToShowAbove(100, 700, 460)).toBe(88);
  });

  it('scrolls up to a selection above the screen', () => {
    expect(scrollToShowAbove(-50, 40, 460)).toBe(-62);
  });
});
