/**
 * The rule that names a timeout's cause (docs/product.md): the first thing that kept the
 * response from arriving in time, judged at the moment the timeout fires.
 */

import type { AttemptPhase } from './state.ts';
import type { Cause, ProcessState } from './vocabulary.ts';

export function causeOfTimeout(phase: AttemptPhase, serverProcess: ProcessState): Cause {
  switch (phase) {
    case 'request lost':
      return 'request lost';
    case 'request refused':
      // It reached the server's machine, but no process was there to take it.
      return 'remote crashed';
    case 'request in network':
      return 'request queued';
    case 'at server':
    case 'in service':
      // Waiting in the server's queue or being served: stuck because the process is paused,
      // or because it is busy.
      return serverProcess === 'paused' ? 'remote paused' : 'request queued';
    case 'response in network':
      return 'response delayed';
    case 'response lost':
      return 'response lost';
    case 'response received':
      // The timeout only fires for an attempt still outstanding, and a received response
      // ends the attempt first.
      throw new Error('a timeout fired for an attempt that already has its response');
  }
}
