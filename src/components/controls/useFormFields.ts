import { useState } from 'react';

/**
 * The state of a form's number fields: what is typed, the message per wrong field, and one
 * message for the whole form. Typing in a field clears its message and the form's.
 */
export function useFormFields<T extends Record<string, string>>(initial: T | (() => T)) {
  const [texts, setTexts] = useState<T>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const change = (key: keyof T & string, value: string) => {
    setTexts((t) => ({ ...t, [key]: value }));
    setErrors(({ [key]: _, ...rest }) => rest);
    setMessage(null);
  };
  /** Show what a check of the form found: the errors, or none when it passed. */
  const report = (
    outcome: { ok: true } | { ok: false; errors: Record<string, string>; message?: string | null },
  ) => {
    setErrors(outcome.ok ? {} : outcome.errors);
    setMessage(outcome.ok ? null : (outcome.message ?? null));
  };
  return { texts, setTexts, errors, setErrors, message, setMessage, change, report };
}
