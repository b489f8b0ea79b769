import type { ReactNode } from 'react';

interface Props {
  /** Each row: what it is (a row header) and its value, in words. */
  rows: readonly (readonly [string, string])[];
  caption: ReactNode;
  className?: string;
  captionClassName?: string;
}

/** A two-column table of named numbers: the words a plot or a card says, for every reader. */
export function RowsTable({ rows, caption, className, captionClassName }: Props) {
  return (
    <table className={className}>
      <caption className={captionClassName}>{caption}</caption>
      <tbody>
        {rows.map(([name, value]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
