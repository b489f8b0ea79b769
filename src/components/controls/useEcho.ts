import { useSyncExternalStore } from 'react';
import { useController } from '../../store/hooks.ts';
import { echoOf, type Echo, type EchoStore } from './action-echo.ts';

/** The lab's action echo (see action-echo.ts), and its current value. */
export function useEcho(): { store: EchoStore; echo: Echo } {
  const store = echoOf(useController());
  const echo = useSyncExternalStore(store.subscribe, store.get, store.get);
  return { store, echo };
}
