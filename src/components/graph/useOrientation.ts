import { useMemo, useState } from 'react';
import { bounds, type Point } from '../../render/layout.ts';
import type { ScenarioNode } from '../../scenario/types.ts';
import { kindBoxes, type Drawing } from './drawing-box.ts';
import { hasClock } from './scene.ts';
import {
  maxGlyphScale,
  MIN_GLYPH_PIXELS_PER_UNIT,
  NARROW_WIDTH,
  PHONE_GLYPH_PIXELS_PER_UNIT,
} from './fit.ts';
import type { Placement } from './node-layout.ts';
import { isWide, shouldTranspose, transposePositions } from './orientation.ts';
import { comfortableHeight } from './phone-height.ts';
import type { ElementSize } from './useElementSize.ts';

interface Options {
  nodes: readonly ScenarioNode[];
  /** The scenario's layout, and the positions now (with a node being dragged). */
  layout: ReadonlyMap<string, Point>;
  placed: ReadonlyMap<string, Point>;
  size: ElementSize;
  /** Changes when another scenario opens. */
  scenarioKey: string;
  /** The legend's measured height (null until measured), which a phone's height makes room for. */
  legendHeight: number | null;
}

/**
 * How the drawing is shown in its box: turned on its side or not (a wide row of nodes in a
 * tall box, a phone, is drawn as a column), where the words go around the nodes, how big the
 * glyphs stay, and on a phone the height the graph should have.
 */
export function useOrientation(options: Options) {
  const { nodes, layout, placed, size, scenarioKey, legendHeight } = options;
  const centres = useMemo(() => bounds(layout.values()), [layout]);
  const transposed = shouldTranspose(centres, size.width, size.height);
  const placement: Placement = transposed ? 'beside' : 'below';
  const positions = useMemo(() => transposePositions(placed, transposed), [placed, transposed]);
  const drawing = useMemo<Drawing>(
    () => ({
      boxes: kindBoxes(nodes, transposePositions(layout, transposed)),
      placement,
      clocked: kindBoxes(nodes.filter(hasClock), transposePositions(layout, transposed)),
    }),
    [nodes, layout, transposed, placement],
  );
  const maxGlyph = useMemo(() => maxGlyphScale([...layout.values()]), [layout]);
  const narrow = size.width > 0 && size.width < NARROW_WIDTH;
  const minGlyphPixels = narrow ? PHONE_GLYPH_PIXELS_PER_UNIT : MIN_GLYPH_PIXELS_PER_UNIT;

  // The height a phone gives the graph (app.css reads it): what the drawing needs, turned if it
  // is a wide row. From the width alone, so the height never chases itself; and only when a
  // scenario opens or the width changes, so a drag does not resize the box under the finger.
  const heightKey = `${scenarioKey}|${narrow ? size.width : 0}|${legendHeight}`;
  const [phone, setPhone] = useState<{ key: string; height: number | null } | null>(null);
  if (phone?.key !== heightKey) {
    const turn = isWide(centres);
    const turned: Drawing = {
      boxes: kindBoxes(nodes, transposePositions(layout, turn)),
      placement: turn ? 'beside' : 'below',
      clocked: kindBoxes(nodes.filter(hasClock), transposePositions(layout, turn)),
    };
    const height = narrow
      ? comfortableHeight(turned, size.width, maxGlyph, turn, legendHeight)
      : null;
    setPhone({ key: heightKey, height });
  }

  return {
    transposed,
    placement,
    positions,
    drawing,
    maxGlyph,
    minGlyphPixels,
    fitHeight: phone?.height ?? null,
  };
}
