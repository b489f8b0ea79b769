import type { ApplyStatus } from './useApply.ts';

/**
 * The inspector's status line: always in the page (a live region must exist before it speaks),
 * empty until the first action, then what happened in words.
 */
export function StatusLine({ status }: { status: ApplyStatus | null }) {
  return (
    <p role="status" className="ctl-status" data-tone={status?.tone}>
      {status && (
        <>
          <span aria-hidden="true" className="ctl-status-mark">
            {status.tone === 'done' ? '✓' : 'ℹ'}
          </span>{' '}
          {status.text}
        </>
      )}
    </p>
  );
}
