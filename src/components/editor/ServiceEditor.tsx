import { useId } from 'react';
import { SERVICE_PARAM } from '../../editor/params.ts';
import type { ServiceTime } from '../../scenario/types.ts';
import { ParamField } from './ParamField.tsx';

const KINDS: { kind: ServiceTime['kind']; words: string }[] = [
  { kind: 'constant', words: 'always the same' },
  { kind: 'uniform', words: 'anywhere between two times' },
  { kind: 'exponential', words: 'exponential (mostly short, sometimes long)' },
];

/** A service time of one of three shapes, keeping the mean when the shape changes. */
function reshaped(service: ServiceTime, kind: ServiceTime['kind']): ServiceTime {
  const mean =
    service.kind === 'constant'
      ? service.us
      : service.kind === 'uniform'
        ? (service.minUs + service.maxUs) / 2
        : service.meanUs;
  const us = Math.round(mean);
  if (kind === 'constant') return { kind, us };
  if (kind === 'uniform') return { kind, minUs: Math.round(us / 2), maxUs: Math.round(us * 1.5) };
  return { kind, meanUs: Math.max(1, us) };
}

/** How long a server takes for one request: its shape, then its one or two times. */
export function ServiceEditor({
  service,
  onCommit,
}: {
  service: ServiceTime;
  onCommit(service: ServiceTime): void;
}) {
  const id = useId();
  return (
    <>
      <div className="ctl-field">
        <label htmlFor={id} className="ctl-field-label">
          Service time
        </label>
        <select
          id={id}
          className="ctl-select"
          value={service.kind}
          onChange={(e) => onCommit(reshaped(service, e.target.value as ServiceTime['kind']))}
        >
          {KINDS.map(({ kind, words }) => (
            <option key={kind} value={kind}>
              {words}
            </option>
          ))}
        </select>
      </div>
      <div className="ctl-field-grid">
        {service.kind === 'constant' && (
          <ParamField
            param={SERVICE_PARAM.us}
            value={service.us}
            onCommit={(us) => onCommit({ ...service, us })}
          />
        )}
        {service.kind === 'uniform' && (
          <>
            <ParamField
              param={SERVICE_PARAM.minUs}
              value={service.minUs}
              onCommit={(minUs) =>
                onCommit({ ...service, minUs, maxUs: Math.max(minUs, service.maxUs) })
              }
            />
            <ParamField
              param={SERVICE_PARAM.maxUs}
              value={service.maxUs}
              onCommit={(maxUs) =>
                onCommit({ ...service, maxUs, minUs: Math.min(maxUs, service.minUs) })
              }
            />
          </>
        )}
        {service.kind === 'exponential' && (
          <ParamField
            param={SERVICE_PARAM.meanUs}
            value={service.meanUs}
            onCommit={(meanUs) => onCommit({ ...service, meanUs })}
          />
        )}
      </div>
    </>
  );
}
