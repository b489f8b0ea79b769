/**
 * The inspector as a bottom sheet on a phone: what its header says, and how far to scroll the
 * page so that what was selected stays in sight above it. Pure, so it is tested without a DOM.
 */

import type { Simulation } from '../../sim/index.ts';
import type { Selection } from '../../store/lab-store.ts';

const KIND_WORDS = {
  client: 'Client',
  server: 'Server',
  switch: 'Switch',
  router: 'Router',
  balancer: 'Load balancer',
  replica: 'Replica',
} as const;

/** The sheet's header: the kind of thing selected and its name (`Server`, `server`). */
export function selectionTitle(
  sim: Simulation,
  selection: Selection,
): { kind: string; name: string } {
  const labelOf = (id: string): string => {
    const index = sim.world.index.get(id);
    return (index === undefined ? undefined : sim.world.nodes[index]?.label) ?? id;
  };
  if (selection.kind === 'cable') {
    return { kind: 'Cable', name: `${labelOf(selection.a)}–${labelOf(selection.b)}` };
  }
  const index = sim.world.index.get(selection.id);
  const node = index === undefined ? undefined : sim.world.nodes[index];
  return { kind: node ? KIND_WORDS[node.kind] : 'Node', name: labelOf(selection.id) };
}

/** Room kept between the selected thing and the sheet's edge, or the top of the screen (px). */
const MARGIN_PX = 12;

/**
 * How far to scroll the page down (negative: up) so that the selected thing, `top` to `bottom`
 * on screen, shows above a sheet whose top edge is at `sheetTop`: nothing when it already does;
 * never so far that its top goes off the screen.
 */
export function scrollToShowAbove(top: number, bottom: number, sheetTop: number): number {
  const limit = sheetTop - MARGIN_PX;
  let delta = bottom > limit ? bottom - limit : 0;
  if (top - delta < MARGIN_PX) delta = top - MARGIN_PX;
  return Math.abs(delta) < 1 ? 0 : delta;
}
