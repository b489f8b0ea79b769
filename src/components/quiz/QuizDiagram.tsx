import { useRef } from 'react';
import type { Scene } from '../../render/spacetime/scene.ts';
import { ClockReadout } from '../controls/ClockReadout.tsx';
import { SpaceTimeDiagram } from '../spacetime/SpaceTimeDiagram.tsx';

/**
 * The space-time diagram: the client's view until the reveal (its lane, its sends, its timer,
 * and fog where the network is), then everything, so the same picture tells both stories.
 */
export function QuizDiagram({ revealed }: { revealed: boolean }) {
  const sceneRef = useRef<Scene | null>(null);
  return (
    <section className="quiz-diagram" aria-label="Space-time diagram">
      <div className="quiz-diagram-bar">
        <p className="quiz-diagram-note">
          {revealed ? (
            <>
              <strong>Revealed:</strong> every node, every message
            </>
          ) : (
            <>
              <strong>The client&rsquo;s view:</strong> all it saw, up to its timeout
            </>
          )}
        </p>
        <ClockReadout />
      </div>
      <SpaceTimeDiagram clientView={!revealed} sceneRef={sceneRef} />
    </section>
  );
}
