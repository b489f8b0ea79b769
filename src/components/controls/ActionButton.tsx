import type { ReactNode } from 'react';

interface Props {
  /** The accessible name: exactly the contract's word (`Pause process`). */
  children: ReactNode;
  /** Why the action does not apply now; null when it does. */
  reason: string | null;
  onPress(): void;
  /** Says the reason instead of acting, in the inspector's status line. */
  onRefused(reason: string): void;
  tone?: 'danger' | 'plain';
  type?: 'button' | 'submit';
  /** A fuller name when the visible word is short (`Cut` → `Cut a → b`); it must start with it. */
  label?: string;
  small?: boolean;
}

/**
 * A button that stays in its place and stays focusable when its action does not apply
 * (aria-disabled rather than disabled), so nothing shifts under the pointer when a pause ends by
 * itself, keyboard focus is never dropped, and pressing it says why instead of doing nothing.
 */
export function ActionButton({
  children,
  reason,
  onPress,
  onRefused,
  tone = 'plain',
  type = 'button',
  label,
  small = false,
}: Props) {
  return (
    <button
      type={type}
      className={`ctl-button ctl-button-${tone}${small ? ' ctl-button-small' : ''}`}
      aria-label={label}
      aria-disabled={reason === null ? undefined : true}
      onClick={(event) => {
        if (reason === null) {
          if (type === 'button') onPress();
          return;
        }
        event.preventDefault();
        onRefused(reason);
      }}
    >
      {children}
    </button>
  );
}
