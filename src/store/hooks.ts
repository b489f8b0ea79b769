import { useContext } from 'react';
import { useStore } from 'zustand';
import type { LabController } from '../lab/controller.ts';
import { LabContext } from './context.ts';
import type { LabState, LabStore } from './lab-store.ts';

function useLabContext() {
  const lab = useContext(LabContext);
  if (!lab) throw new Error('useLab must be used inside a LabProvider');
  return lab;
}

/** Select from the lab's store. Selectors that build objects need `useShallow`. */
export function useLab<T>(selector: (state: LabState) => T): T {
  return useStore(useLabContext().store, selector);
}

/** The controller: to act on the simulation, and to read it when `view.revision` changes. */
export function useController(): LabController {
  return useLabContext().controller;
}

/** The store itself: for code outside rendering that reads or follows it (the link, say). */
export function useLabStore(): LabStore {
  return useLabContext().store;
}
