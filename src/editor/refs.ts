/** Whether a scheduled action names a node, as its target or as an end of its cable. */

import type { ScheduledAction } from '../scenario/types.ts';

export function refersTo(action: ScheduledAction, id: string): boolean {
  if ('node' in action && action.node === id) return true;
  if ('client' in action && action.client === id) return true;
  return 'cable' in action && action.cable.includes(id);
}
