/**
 * What a link holds: the scenario (a preset's id when it is one unchanged), the moment the
 * author was looking at, whether the truth was shown, what the stage showed, and the embed
 * layout. The fragment, not the path or the query, so any static host serves every link.
 *
 *   #preset=response-lost&t=2500000&truth=0
 *   #v=1&s=<deflate-raw JSON, base64url>&t=2500000&truth=1&view=spacetime&client=1&embed=1
 *   #preset=gc-pauses&view=round-trips
 */

import type { Scenario } from '../scenario/types.ts';

/** The format of `s=`; raise it when its meaning changes, and add a migration (migrate.ts). */
export const LINK_VERSION = 1;

/** Longest fragment read at all: a ten-node scenario needs under 1,000 characters. */
export const MAX_FRAGMENT_CHARS = 200_000;

/** What the stage shows; each value is also its `view=` in a link (`network` is left out). */
export const STAGE_VIEWS = ['network', 'spacetime', 'round-trips'] as const;
export type StageView = (typeof STAGE_VIEWS)[number];

export interface LinkView {
  /** Virtual time to open at, µs. */
  atUs: number;
  /** Whether what really happened is shown; null when the link does not say. */
  revealed: boolean | null;
  stage: StageView;
  /** The diagram shows only what the client saw. */
  clientView: boolean;
  embed: boolean;
}

export interface LinkState extends LinkView {
  scenario: Scenario;
  /** The preset the scenario is, unchanged; null for any other scenario. */
  presetId: string | null;
}

export const DEFAULT_VIEW: LinkView = {
  atUs: 0,
  revealed: null,
  stage: 'network',
  clientView: false,
  embed: false,
};
