import { useCallback, useMemo, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { useLab } from '../../store/hooks.ts';
import { CableLine } from './CableLine.tsx';
import { CableTarget } from './CableTarget.tsx';
import { overlayFor } from './fit.ts';
import type { Transform } from './geometry.ts';
import { GraphHiddenNote } from './GraphHiddenNote.tsx';
import { ChosenRequest } from './ChosenRequest.tsx';
import { controlTraffic } from './control-traffic.ts';
import { GraphLegend } from './GraphLegend.tsx';
import { GraphTools } from './GraphTools.tsx';
import { cableName, cableWords } from './looks.ts';
import type { MessageLayer } from './message-layer.ts';
import { NodeGlyph } from './NodeGlyph.tsx';
import { transposePoint } from './orientation.ts';
import { buildScene } from './scene.ts';
import { useElementSize } from './useElementSize.ts';
import { useGraphLooks } from './useGraphLooks.ts';
import { useGraphLayout } from './useGraphLayout.ts';
import { useLegendHeight } from './useLegendHeight.ts';
import { useMessageLayer } from './useMessageLayer.ts';
import { useOrientation } from './useOrientation.ts';
import { useViewport } from './useViewport.ts';
import './graph.css';

/**
 * The network, live: nodes and cables in SVG (React renders them, only when the lab's revision
 * changes what they show), messages on a canvas above (drawn every frame, outside React), both
 * under one zoom and pan. Tab reaches every node, then every cable; Enter or Space selects;
 * Escape clears the selection. In a tall box (a phone) a wide row of nodes is drawn turned on
 * its side, as a column, with the words beside the nodes (useOrientation).
 *
 * While the truth is hidden, it shows only what the client could know and the bare topology:
 * nodes by kind with their labels, plain cables, and the clients' own countdowns and outcomes.
 */
export function GraphView() {
  const view = useLab((s) => s.view);
  const selection = useLab((s) => s.selection);
  const revealed = useLab((s) => s.revealed);
  const select = useLab((s) => s.select);
  const boxRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const worldRef = useRef<SVGGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const size = useElementSize(boxRef);
  const [legendRef, legendHeight] = useLegendHeight();
  const { nodes, cables, layout, positions: placed, dragTo, dragEnd } = useGraphLayout();

  const scenarioKey = `${view.presetId ?? ''}|${view.scenario.name}|${nodes.map((n) => n.id).join(',')}`;
  const { transposed, placement, positions, drawing, maxGlyph, minGlyphPixels, fitHeight } =
    useOrientation({ nodes, layout, placed, size, scenarioKey, legendHeight });
  const fitKey = `${scenarioKey}|${transposed}`;
  const transformRef = useRef<Transform>({ k: 1, x: 0, y: 0 });
  const layerRef = useRef<MessageLayer | null>(null);
  const { glyphScale, zoomBy, refit } = useViewport({
    svgRef,
    worldRef,
    transformRef,
    size,
    drawing,
    transposed,
    maxGlyph,
    minGlyphPixels,
    fitKey,
    legendHeight,
    onTransform: (t) => layerRef.current?.setTransform(t),
  });
  const scene = useMemo(
    () => buildScene(nodes, cables, positions, glyphScale, placement),
    [nodes, cables, positions, glyphScale, placement],
  );
  useMessageLayer(canvasRef, layerRef, transformRef, scene, size, revealed);

  const looks = useGraphLooks(revealed);
  const traffic = useMemo(() => controlTraffic(nodes), [nodes]);

  const zoom = useCallback(() => transformRef.current.k, [transformRef]);
  const selectNode = useCallback((id: string) => select({ kind: 'node', id }), [select]);
  // Drags arrive as drawn; the scenario keeps its own, unturned, positions.
  const onDrag = useCallback(
    (id: string, x: number, y: number) => {
      const p = transposePoint({ x, y }, transposed);
      dragTo(id, p.x, p.y);
    },
    [dragTo, transposed],
  );
  const onDragEnd = useCallback(
    (id: string, x: number, y: number) => {
      const p = transposePoint({ x, y }, transposed);
      dragEnd(id, p.x, p.y);
    },
    [dragEnd, transposed],
  );
  const selectCable = useCallback(
    (a: string, b: string) => select({ kind: 'cable', a, b }),
    [select],
  );
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && selection) {
      event.stopPropagation();
      select(null);
    }
  };

  const overlay = overlayFor(size.width, size.height, transposed, legendHeight);
  const labelOf = new Map(nodes.map((n) => [n.id, n.label]));
  const ready = looks.nodes.length === nodes.length && looks.lanes.length === cables.length * 2;
  return (
    <div
      className="graph"
      ref={boxRef}
      onKeyDown={onKeyDown}
      data-tools={overlay.tools}
      data-big={overlay.big ? '' : undefined}
      data-legend={overlay.legend}
      data-turned={transposed ? '' : undefined}
      style={
        fitHeight === null
          ? undefined
          : ({ '--graph-fit-height': `${fitHeight}px` } as CSSProperties)
      }
    >
      <svg className="graph-svg" ref={svgRef} width={size.width} height={size.height}>
        <rect className="graph-bg" width="100%" height="100%" onClick={() => select(null)} />
        <g ref={worldRef}>
          <g className="graph-cables" aria-hidden="true">
            {ready &&
              cables.map((c, i) => (
                <CableLine
                  key={`${c.a}|${c.b}`}
                  a={positions.get(c.a)!}
                  b={positions.get(c.b)!}
                  forward={looks.lanes[2 * i]!}
                  backward={looks.lanes[2 * i + 1]!}
                  selected={
                    selection?.kind === 'cable' && selection.a === c.a && selection.b === c.b
                  }
                  glyphScale={glyphScale}
                  levelText={transposed}
                />
              ))}
          </g>
          <g className="graph-nodes">
            {ready &&
              nodes.map((n, i) => (
                <NodeGlyph
                  key={n.id}
                  id={n.id}
                  label={n.label}
                  x={positions.get(n.id)!.x}
                  y={positions.get(n.id)!.y}
                  look={looks.nodes[i]!}
                  selected={selection?.kind === 'node' && selection.id === n.id}
                  glyphScale={glyphScale}
                  placement={placement}
                  zoom={zoom}
                  onSelect={selectNode}
                  onDrag={onDrag}
                  onDragEnd={onDragEnd}
                />
              ))}
          </g>
          <g className="graph-cable-targets">
            {ready &&
              cables.map((c, i) => {
                const a = labelOf.get(c.a) ?? c.a;
                const b = labelOf.get(c.b) ?? c.b;
                return (
                  <CableTarget
                    key={`${c.a}|${c.b}`}
                    a={c.a}
                    b={c.b}
                    name={cableName(a, b)}
                    description={cableWords(
                      a,
                      b,
                      looks.lanes[2 * i]!,
                      looks.lanes[2 * i + 1]!,
                      !revealed,
                    )}
                    from={positions.get(c.a)!}
                    to={positions.get(c.b)!}
                    glyphScale={glyphScale}
                    onSelect={selectCable}
                  />
                );
              })}
          </g>
        </g>
      </svg>
      <canvas className="graph-canvas" ref={canvasRef} aria-hidden="true" />
      {revealed ? (
        <GraphLegend ref={legendRef} traffic={traffic} />
      ) : (
        <GraphHiddenNote ref={legendRef} />
      )}
      <ChosenRequest />
      <GraphTools onZoomIn={() => zoomBy(1.4)} onZoomOut={() => zoomBy(1 / 1.4)} onFit={refit} />
    </div>
  );
}
