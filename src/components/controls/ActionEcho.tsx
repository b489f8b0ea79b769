import { useEffect } from 'react';
import { useLab } from '../../store/hooks.ts';
import { PHONE_QUERY, useMediaQuery } from './useMediaQuery.ts';
import { useEcho } from './useEcho.ts';

/**
 * On a phone, what the last action did, above the playback buttons: the inspector's sheet has
 * closed so the drawing and Play show, and its status line went with it. Always in the page, as
 * a live region must be before it speaks; empty on a larger screen, where the inspector stays
 * and says it itself. A fresh run starts without it.
 */
export function ActionEcho() {
  const phone = useMediaQuery(PHONE_QUERY);
  const { store, echo } = useEcho();
  const run = useLab((s) => s.view.run);
  useEffect(() => store.clear(), [run, store]);
  const status = phone ? echo.status : null;
  return (
    <p role="status" className="ctl-echo" data-tone={status?.tone}>
      {status && (
        <>
          <span aria-hidden="true" className="ctl-status-mark">
            ✓
          </span>{' '}
          {status.text}
        </>
      )}
    </p>
  );
}
