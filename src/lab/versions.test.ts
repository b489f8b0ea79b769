import { describe, expect, it } from 'vitest';
import { findPreset } from '../scenario/presets/index.ts';
import { forgetRecordedAfter, withAction, withoutRecorded, withPlaces } from './versions.ts';

const start = () => ({ scenario: findPreset('response-lost')!.scenario, recorded: 0 });

describe('versions of a scenario', () => {
  it('record clicked actions at the end of the schedule, with their moment', () => {
    const v = withAction(start(), { kind: 'crash', node: 'server' }, 1234);
    expect(v.recorded).toBe(1);
    expect(v.scenario.schedule.at(-1)).toEqual({ kind: 'crash', node: 'server', atUs: 1234 });
    expect(start().scenario.schedule).toHaveLength(v.scenario.schedule.length - 1);
  });

  it('forget what was clicked, and only that', () => {
    const clicked = withAction(
      withAction(start(), { kind: 'crash', node: 'server' }, 5),
      {
        kind: 'restart',
        node: 'server',
      },
      9,
    );
    expect(withoutRecorded(clicked)).toEqual(start());
  });

  it('discard what was clicked after a moment in the past, and keep the schedule’s own', () => {
    const clicked = withAction(
      withAction(start(), { kind: 'crash', node: 'server' }, 100),
      {
        kind: 'restart',
        node: 'server',
      },
      900,
    );
    const past = forgetRecordedAfter(clicked, 500);
    expect(past.recorded).toBe(1);
    expect(past.scenario.schedule.at(-1)).toMatchObject({ kind: 'crash', atUs: 100 });
    // The preset's own faults (at 480 and 700 ms) stay, even after the moment.
    expect(past.scenario.schedule).toHaveLength(start().scenario.schedule.length + 1);
  });

  it('place nodes in whole pixels', () => {
    const v = withPlaces(start(), new Map([['server', { x: 10.6, y: -3.2 }]]));
    expect(v.scenario.nodes.find((n) => n.id === 'server')).toMatchObject({ x: 11, y: -3 });
  });
});
