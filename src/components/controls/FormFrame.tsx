import { useId, type ReactNode } from 'react';

interface Props {
  title: string;
  note?: string;
  /** A message about the whole form (not one field), shown above the buttons. */
  message: string | null;
  onSubmit(): void;
  children: ReactNode;
}

/**
 * The frame of the inspector's forms (Overload, Workload, Degrade): a form named by its title,
 * which checks its fields itself (noValidate) and says what is wrong in words.
 */
export function FormFrame({ title, note, message, onSubmit, children }: Props) {
  const titleId = useId();
  return (
    <form
      className="ctl-form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h3 id={titleId} className="ctl-form-title">
        {title}
      </h3>
      {note && <p className="ctl-form-note">{note}</p>}
      {children}
      {message && (
        <p className="ctl-error">
          <span aria-hidden="true">⚠ </span>
          {message}
        </p>
      )}
    </form>
  );
}
