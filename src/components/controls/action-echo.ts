/**
 * What the last action from the inspector did, told outside the inspector: on a phone the
 * inspector is a sheet that closes once an action applied (so the drawing and Play show at
 * once), and its status line goes with it; the playback bar then repeats the sentence.
 *
 * One echo per controller (a page may hold several labs), outside React so the inspector and
 * the playback bar, which are siblings, share it without a provider.
 */

import type { LabController } from '../../lab/controller.ts';
import type { ApplyStatus } from './useApply.ts';

export interface Echo {
  /** What the inspector said, or null when there is nothing to repeat. */
  status: ApplyStatus | null;
  /** Counts the actions that applied, so a listener can tell a new one from a re-render. */
  applied: number;
}

export interface EchoStore {
  get(): Echo;
  /** An action applied, and the inspector said this. */
  applied(status: ApplyStatus): void;
  clear(): void;
  subscribe(listener: () => void): () => void;
}

export function createEcho(): EchoStore {
  let echo: Echo = { status: null, applied: 0 };
  const listeners = new Set<() => void>();
  const set = (next: Echo) => {
    echo = next;
    for (const listener of listeners) listener();
  };
  return {
    get: () => echo,
    applied: (status) => set({ status, applied: echo.applied + 1 }),
    clear: () => {
      if (echo.status !== null) set({ ...echo, status: null });
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const echoes = new WeakMap<LabController, EchoStore>();

/** The echo of one lab. */
export function echoOf(controller: LabController): EchoStore {
  let echo = echoes.get(controller);
  if (!echo) {
    echo = createEcho();
    echoes.set(controller, echo);
  }
  return echo;
}
