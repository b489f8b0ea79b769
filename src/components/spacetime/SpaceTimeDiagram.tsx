import { useEffect, useRef, type RefObject } from 'react';
import type { Scene } from '../../render/spacetime/scene.ts';
import { useElementSize } from '../graph/useElementSize.ts';
import { DiagramSvg } from './DiagramSvg.tsx';
import { useDiagramScene } from './useDiagramScene.ts';
import './spacetime.css';

interface Props {
  clientView: boolean;
  /** Where the scene on screen is kept, for exporting it. */
  sceneRef: RefObject<Scene | null>;
}

/**
 * The space-time diagram on the stage: a lane per node, time across (down on a phone), the
 * last second or so up to a little after the cursor. It follows the clock and the `Time`
 * slider through the lab's view, laid out again at most once a frame (useDiagramScene).
 */
export function SpaceTimeDiagram({ clientView, sceneRef }: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(boxRef);
  const scene = useDiagramScene(size, clientView);
  useEffect(() => {
    sceneRef.current = scene;
  }, [scene, sceneRef]);
  return (
    <div className="st-diagram" ref={boxRef}>
      {scene && <DiagramSvg scene={scene} />}
      {scene && scene.arrows.length === 0 && scene.cursorUs === 0 && (
        <p className="st-empty">
          Press Play: every message will be drawn here, an arrow from its send to its arrival.
        </p>
      )}
    </div>
  );
}
