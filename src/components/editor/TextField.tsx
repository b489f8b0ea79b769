import { useId, useState } from 'react';

interface Props {
  label: string;
  value: string;
  maxLength: number;
  multiline?: boolean;
  onCommit(value: string): void;
}

/** A name or a description, edited in place: it takes effect when focus leaves, or on Enter. */
export function TextField({ label, value, maxLength, multiline = false, onCommit }: Props) {
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const commit = () => {
    if (text !== null && text !== value) onCommit(text);
    setText(null);
  };
  const common = {
    id,
    value: text ?? value,
    maxLength,
    onChange: (e: { target: { value: string } }) => setText(e.target.value),
    onBlur: commit,
  };
  return (
    <div className="ctl-field">
      <label htmlFor={id} className="ctl-field-label">
        {label}
      </label>
      {multiline ? (
        <textarea className="editor-text" rows={3} {...common} />
      ) : (
        <input
          className="editor-text"
          type="text"
          autoComplete="off"
          {...common}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
      )}
    </div>
  );
}
