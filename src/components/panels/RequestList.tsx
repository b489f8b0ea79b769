import type { KeyboardEvent, ReactNode } from 'react';
import type { useFollowList } from './useFollowList.ts';
import { earlierText } from './row-text.ts';

interface Props {
  follow: ReturnType<typeof useFollowList<HTMLDivElement>>;
  roving: { onKeyDown: (event: KeyboardEvent<HTMLElement>) => void };
  /** Rows of a long run no longer shown above the list. */
  earlier: number;
  empty: string;
  children: ReactNode[];
}

/**
 * A panel's scrolling list of requests, newest at the bottom and kept in view while the run
 * plays (see useFollowList), with a line for the rows a long run has let go.
 */
export function RequestList({ follow, roving, earlier, empty, children }: Props) {
  return (
    // Empty, it holds only words; in a short panel they scroll, so the body takes the focus.
    <div
      {...follow.listProps}
      className="panel-body"
      tabIndex={children.length === 0 ? 0 : undefined}
    >
      {earlier > 0 && <p className="panel-earlier">{earlierText(earlier)}</p>}
      {children.length === 0 ? (
        <p className="panel-empty">{empty}</p>
      ) : (
        <ul className="panel-list" onKeyDown={roving.onKeyDown}>
          {children}
        </ul>
      )}
    </div>
  );
}
