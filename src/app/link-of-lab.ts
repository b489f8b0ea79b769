/**
 * Between the lab and its link: what the lab shows, as a link's state, and a link's state
 * opened in the lab. The scenario in a link carries the seed the run uses (a new seed chosen in
 * the lab is part of what the author saw).
 */

import type { LabController } from '../lab/controller.ts';
import type { LinkState } from '../links/link-state.ts';
import type { LabState, LabStore } from '../store/lab-store.ts';

export function linkStateOf(state: LabState, embed: boolean): LinkState {
  const { view } = state;
  const scenario =
    view.seed === view.scenario.seed ? view.scenario : { ...view.scenario, seed: view.seed };
  return {
    scenario,
    presetId: view.presetId,
    atUs: view.nowUs,
    revealed: state.revealed,
    stage: state.stage,
    clientView: state.clientView,
    embed,
  };
}

/** Open a link's scenario from its start, then go to its moment, paused, as its author saw it. */
export function openLinkState(controller: LabController, store: LabStore, link: LinkState): void {
  if (link.scenario !== controller.view().scenario) controller.load(link.scenario, link.presetId);
  if (link.atUs > 0) controller.seek(link.atUs);
  if (link.revealed !== null) store.getState().setRevealed(link.revealed);
  store.setState({ stage: link.stage, clientView: link.clientView });
}

/** The address of a link's fragment on this page, wherever the page is served from. */
export const addressOf = (fragment: string): string =>
  `${window.location.origin}${window.location.pathname}${window.location.search}#${fragment}`;
