import type { Param } from '../../editor/params.ts';
import { ParamField } from './ParamField.tsx';

interface Props<T> {
  params: readonly Param<T>[];
  values: T;
  onCommit(change: Partial<T>): void;
}

/** The numbers of one thing (a server, a cable, a workload), two to a row. */
export function ParamGrid<T>({ params, values, onCommit }: Props<T>) {
  return (
    <div className="ctl-field-grid">
      {params.map((param) => (
        <ParamField
          key={param.key}
          param={param}
          value={values[param.key] as number}
          onCommit={(stored) => onCommit({ [param.key]: stored } as Partial<T>)}
        />
      ))}
    </div>
  );
}
