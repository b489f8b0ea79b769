import { useId } from 'react';
import { CLOCK_PARAMS, SYNC_PARAMS } from '../../editor/params.ts';
import type { ClockSettings, Scenario } from '../../scenario/types.ts';
import { ParamGrid } from './ParamGrid.tsx';

interface Props {
  scenario: Scenario;
  clock: ClockSettings | undefined;
  onCommit: (clock: ClockSettings | undefined) => void;
}

/** A machine's time-of-day clock: off by how much, drifting how fast, synced with whom. */
export function ClockEditor({ scenario, clock, onCommit }: Props) {
  const id = useId();
  const servers = scenario.nodes.filter((n) => n.kind === 'server');
  return (
    <fieldset className="editor-group">
      <legend>Clock</legend>
      <label className="editor-check">
        <input
          type="checkbox"
          checked={clock !== undefined}
          onChange={(e) => onCommit(e.target.checked ? { offsetUs: 0, driftPpm: 0 } : undefined)}
        />
        An imperfect clock: off, drifting, maybe synced
      </label>
      {clock && (
        <>
          <ParamGrid
            params={CLOCK_PARAMS}
            values={clock}
            onCommit={(change) => onCommit({ ...clock, ...change })}
          />
          <div className="ctl-field">
            <label htmlFor={`${id}-sync`} className="ctl-field-label">
              Syncs with
            </label>
            <select
              id={`${id}-sync`}
              className="ctl-select"
              value={clock.sync?.server ?? ''}
              onChange={(e) => {
                const { sync: _old, ...rest } = clock;
                const server = e.target.value;
                onCommit(
                  server
                    ? { ...rest, sync: { server, intervalUs: clock.sync?.intervalUs ?? 1_000_000 } }
                    : rest,
                );
              }}
            >
              <option value="">nobody</option>
              {servers.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
          {clock.sync && (
            <ParamGrid
              params={SYNC_PARAMS}
              values={clock.sync}
              onCommit={(change) => onCommit({ ...clock, sync: { ...clock.sync!, ...change } })}
            />
          )}
        </>
      )}
    </fieldset>
  );
}
