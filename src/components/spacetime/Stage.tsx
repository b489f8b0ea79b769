import { useRef } from 'react';
import type { Scene } from '../../render/spacetime/scene.ts';
import { useLab } from '../../store/hooks.ts';
import { GraphView } from '../graph/GraphView.tsx';
import { DiagramTools } from './DiagramTools.tsx';
import { SpaceTimeDiagram } from './SpaceTimeDiagram.tsx';
import { StageSwitch } from './StageSwitch.tsx';
import { RunNotes } from '../controls/RunNotes.tsx';
import { RoundTripsView } from '../timeouts/RoundTripsView.tsx';
import './spacetime.css';

/**
 * The stage's drawing: the network, the space-time diagram or the round trips the client
 * measured, chosen by a switch above it. The ones not shown are unmounted; the graph keeps its
 * node positions in the scenario, so it comes back as it was. While the truth is hidden the
 * diagram shows only the client's view.
 */
export function Stage() {
  const stage = useLab((s) => s.stage);
  const setStage = useLab((s) => s.setStage);
  const clientView = useLab((s) => s.clientView);
  const setClientView = useLab((s) => s.setClientView);
  const revealed = useLab((s) => s.revealed);
  const sceneRef = useRef<Scene | null>(null);
  return (
    <>
      <div className="st-bar">
        <StageSwitch stage={stage} onChange={setStage} />
        {stage === 'spacetime' && (
          <DiagramTools clientView={clientView} onClientView={setClientView} sceneRef={sceneRef} />
        )}
        <RunNotes />
      </div>
      {stage === 'network' && <GraphView />}
      {stage === 'spacetime' && (
        <SpaceTimeDiagram clientView={clientView || !revealed} sceneRef={sceneRef} />
      )}
      {stage === 'round-trips' && <RoundTripsView />}
    </>
  );
}
