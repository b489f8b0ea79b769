import { useId, useMemo } from 'react';
import type { World } from '../../six/six-worlds.ts';
import { LabContext } from '../../store/context.ts';
import { GraphView } from '../graph/GraphView.tsx';
import '../panels/panels.css';
import { WorldClient } from './WorldClient.tsx';
import { WorldTruth } from './WorldTruth.tsx';

/**
 * One of the six worlds: a region named by its number ("World 3"), and by its cause too once
 * the truth is revealed ("World 3: remote crashed"); its network drawing (which itself shows
 * only what the client could know while the truth is hidden) and its client's view.
 */
export function WorldTile({ world, revealed }: { world: World; revealed: boolean }) {
  const headingId = useId();
  const lab = useMemo(
    () => ({ controller: world.controller, store: world.store }),
    [world.controller, world.store],
  );
  return (
    <LabContext.Provider value={lab}>
      <section
        className="panel six-world"
        aria-labelledby={headingId}
        data-revealed={revealed || undefined}
      >
        <h2 id={headingId} className="six-world-title">
          World {world.number}
          {revealed && (
            <>
              : <span className="six-cause">{world.cause}</span>
            </>
          )}
        </h2>
        <div className="six-graph">
          <GraphView />
        </div>
        <WorldClient />
        {revealed && <WorldTruth />}
      </section>
    </LabContext.Provider>
  );
}
