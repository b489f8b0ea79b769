/**
 * The quiz gives nothing away: at the moment it asks, what the page shows of the client (the
 * client panel's rows, the client's observations, the client's view of the space-time diagram)
 * is the same whichever of the six causes was injected, on many seeds.
 */

import { describe, expect, it } from 'vitest';
import { diagramWindow } from '../components/spacetime/diagram-window.ts';
import { LabController, type FrameScheduler } from '../lab/controller.ts';
import { clientRow } from '../lab/requests-view.ts';
import { layoutSpaceTime } from '../render/spacetime/layout.ts';
import { SIX_CAUSES } from '../scenario/presets/index.ts';
import { CAUSES, clientView } from '../sim/index.ts';
import { pickQuestion } from './pick.ts';
import { questionFor, questionOf, type Question } from './question.ts';

const noFrames: FrameScheduler = { request: () => 0, cancel: () => {}, now: () => 0 };

/** The lab as the page opens it, at the question's moment, and all the client side shows. */
function shownAtQuestion(question: Question) {
  const lab = new LabController(question.scenario, null, noFrames);
  lab.seek(question.timeoutUs);
  const { sim } = lab;
  const rows = sim.state.requests.map((r) => ({
    ...clientRow(sim, r),
    timeoutUs: r.attempts.at(-1)!.deadlineUs - r.attempts.at(-1)!.sentAtUs,
  }));
  const diagram = (widthPx: number, heightPx: number) =>
    layoutSpaceTime(sim.trace, sim.world, {
      ...diagramWindow(sim.nowUs, sim.endUs),
      widthPx,
      heightPx,
      orientation: widthPx > heightPx ? 'time-across' : 'time-down',
      view: { client: 'client' },
      cursorUs: sim.nowUs,
    });
  return {
    nowUs: sim.nowUs,
    rows,
    seen: clientView(sim.trace, sim.world, 'client'),
    wide: diagram(900, 320),
    phone: diagram(360, 420),
  };
}

/** Simulation seeds across the range the pick draws from. */
const SIM_SEEDS = [1, 2, 3, 17, 99, 250, 512, 777, 998, 1000];

describe('a question', () => {
  it('asks just after r3 timed out, for the preset’s cause', () => {
    for (const preset of SIX_CAUSES) {
      const q = questionOf(preset, 5);
      expect(q.cause).toBe(preset.featured!.cause);
      expect(q.timeoutUs - q.sentAtUs).toBe(100_000);
      expect(q.scenario.name).not.toMatch(new RegExp(CAUSES.join('|'), 'i'));
    }
  });

  it.each(SIM_SEEDS)('shows the client the same thing for all six causes (seed %i)', (simSeed) => {
    const shown = SIX_CAUSES.map((preset) => shownAtQuestion(questionOf(preset, simSeed)));
    const r3 = shown[0]!.rows.find((r) => r.id === 'r3')!;
    expect(r3.state).toBe('timeout');
    expect(shown[0]!.seen.at(-1)).toMatchObject({ what: 'timeout', request: 'r3' });
    for (const other of shown.slice(1)) expect(other).toEqual(shown[0]);
  });

  it('differs in what really happened, so the sameness above is no accident of the test', () => {
    const truths = SIX_CAUSES.map((preset) => {
      const lab = new LabController(questionOf(preset, 3).scenario, null, noFrames);
      lab.seek(questionOf(preset, 3).timeoutUs);
      const { sim } = lab;
      return JSON.stringify(
        layoutSpaceTime(sim.trace, sim.world, {
          ...diagramWindow(sim.nowUs, sim.endUs),
          widthPx: 900,
          heightPx: 320,
          orientation: 'time-across',
          view: 'omniscient',
          cursorUs: sim.nowUs,
        }),
      );
    });
    expect(new Set(truths).size).toBe(6);
  });

  it('times out with the picked cause for quiz seeds all over the range', () => {
    for (let seed = 0; seed < 120; seed++) {
      const q = questionFor(seed);
      expect(q.cause).toBe(pickQuestion(seed).preset.featured!.cause);
      expect(q.scenario.seed).toBe(pickQuestion(seed).simSeed);
    }
  });
});
