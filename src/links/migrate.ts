/**
 * Links live in slides and course pages for years, so every format ever written must keep
 * opening. When the meaning of `s=` changes, LINK_VERSION goes up and a migration is added
 * here that turns a payload of the version before into one of the next; old links then pass
 * through every later migration in turn. Fixtures of each version's links (fixtures/) must keep
 * loading in the tests.
 *
 * Version 0 is the first public form, `#preset=<id>` with nothing else: it needs no migration.
 * Version 1 is the compacted scenario of scenario format 1.
 */

import { LINK_VERSION } from './link-state.ts';

/** `MIGRATIONS[v]` turns a payload of version v into one of version v + 1. */
const MIGRATIONS: Record<number, (payload: unknown) => unknown> = {};

export type Migrated = { ok: true; payload: unknown } | { ok: false; message: string };

export function migrate(version: number, payload: unknown): Migrated {
  if (version > LINK_VERSION) {
    return {
      ok: false,
      message: `it was made by a newer Faultline (link format ${version}); this one reads formats up to ${LINK_VERSION}. Open it on the site it came from`,
    };
  }
  let current = payload;
  for (let v = version; v < LINK_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, message: `link format ${version} cannot be read any more` };
    current = step(current);
  }
  return { ok: true, payload: current };
}
