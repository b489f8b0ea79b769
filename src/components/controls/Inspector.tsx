import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useController, useLab } from '../../store/hooks.ts';
import { CableActions } from './CableActions.tsx';
import { ClientActions } from './ClientActions.tsx';
import { NodeInspector } from './NodeInspector.tsx';
import { selectionTitle } from './sheet.ts';
import { SheetHead } from './SheetHead.tsx';
import { echoOf } from './action-echo.ts';
import { PHONE_QUERY, useMediaQuery } from './useMediaQuery.ts';
import { useSheet } from './useSheet.ts';
import './controls.css';

/**
 * The inspector: the selected node's or cable's state, and what can be done to it. Each
 * selection gets a fresh body (keyed), so fields and the status line start over. On a phone,
 * while something is selected, it is a sheet over the bottom of the screen, so the actions are
 * at hand without scrolling away from the drawing; once an action applied the sheet closes, so
 * the drawing and Play show at once (the playback bar repeats what was done).
 */
export function Inspector() {
  const controller = useController();
  const selection = useLab(useShallow((s) => s.selection));
  const phone = useMediaQuery(PHONE_QUERY);
  const sheet = phone && selection !== null;
  const rootRef = useRef<HTMLElement>(null);
  const close = useSheet(rootRef, selection, sheet);
  const echo = echoOf(controller);

  useEffect(() => {
    if (!sheet) return;
    let seen = echo.get().applied;
    return echo.subscribe(() => {
      const applied = echo.get().applied;
      if (applied === seen) return;
      seen = applied;
      close();
    });
  }, [sheet, echo, close]);

  // A new selection has its own status line: the echo of the last one has said its piece.
  useEffect(() => {
    if (selection) echo.clear();
  }, [selection, echo]);
  const kind =
    selection?.kind === 'node'
      ? controller.sim.world.nodes[controller.sim.world.index.get(selection.id) ?? -1]?.kind
      : undefined;
  const title = sheet ? selectionTitle(controller.sim, selection) : null;

  return (
    <aside
      ref={rootRef}
      className="lab-inspector ctl-inspector"
      aria-label="Inspector"
      data-sheet={sheet || undefined}
    >
      {title && <SheetHead kind={title.kind} name={title.name} onClose={close} />}
      {selection === null && (
        <div className="ctl-scroll">
          <h2 className="ctl-inspector-title">Inspector</h2>
          <p className="ctl-hint-block">
            Select a node or a cable in the drawing (click, tap, or Tab then Enter) to see its state
            and break it.
          </p>
          <p className="ctl-hint-block ctl-hint-more">
            Cut or slow a cable; pause, crash, power off or overload a server; send a request from a
            client. It happens at the current virtual time, playing or paused.
          </p>
          <p className="ctl-hint-block ctl-hint-more">
            New to this? <a href="#lesson=partial-failure&step=1">Start with the lessons</a>.
          </p>
        </div>
      )}
      {selection?.kind === 'cable' && (
        <CableActions key={`${selection.a} ${selection.b}`} a={selection.a} b={selection.b} />
      )}
      {selection?.kind === 'node' && kind === 'client' && (
        <ClientActions key={selection.id} id={selection.id} />
      )}
      {selection?.kind === 'node' && kind !== 'client' && (
        <NodeInspector key={selection.id} id={selection.id} />
      )}
    </aside>
  );
}
