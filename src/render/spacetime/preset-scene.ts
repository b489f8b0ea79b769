/**
 * A preset run and laid out, for the tests and the golden files: the simulation is run to
 * `untilUs` and the diagram shows `[fromUs, untilUs]` with the cursor at its end.
 */

import { findPreset } from '../../scenario/presets/index.ts';
import { createSimulation, type Simulation } from '../../sim/index.ts';
import { layoutSpaceTime, type LayoutOptions } from './layout.ts';
import type { DiagramView, Orientation, Scene } from './scene.ts';

export interface PresetSceneOptions {
  view?: 'omniscient' | 'client';
  untilUs?: number;
  fromUs?: number;
  widthPx?: number;
  heightPx?: number;
  orientation?: Orientation;
  maxArrows?: number;
  /** The cursor, when not where the simulation stands (as after a seek back). */
  cursorUs?: number;
}

export function runPreset(id: string, untilUs: number): Simulation {
  const preset = findPreset(id);
  if (!preset) throw new Error(`no preset ${id}`);
  const sim = createSimulation(preset.scenario);
  sim.runUntil(untilUs);
  return sim;
}

export function presetScene(id: string, options: PresetSceneOptions = {}): Scene {
  const untilUs = options.untilUs ?? 1_000_000;
  const sim = runPreset(id, untilUs);
  return sceneOf(sim, options);
}

export function sceneOf(sim: Simulation, options: PresetSceneOptions = {}): Scene {
  // A replicated service has no client: only its omniscient view can be drawn.
  const client = sim.world.nodes.find((n) => n.kind === 'client')?.id;
  if (options.view === 'client' && client === undefined) throw new Error('no client to view');
  const view: DiagramView = options.view === 'client' ? { client: client! } : 'omniscient';
  const layout: LayoutOptions = {
    fromUs: options.fromUs ?? 0,
    toUs: options.untilUs ?? sim.nowUs,
    widthPx: options.widthPx ?? 960,
    heightPx: options.heightPx ?? 320,
    orientation: options.orientation ?? 'time-across',
    view,
    cursorUs: options.cursorUs ?? sim.nowUs,
    ...(options.maxArrows === undefined ? {} : { maxArrows: options.maxArrows }),
  };
  return layoutSpaceTime(sim.trace, sim.world, layout);
}
