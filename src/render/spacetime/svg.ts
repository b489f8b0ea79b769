/**
 * The diagram as a standalone SVG file: for slides, a course page, a golden test. Colours,
 * fonts and patterns are written into the elements, so the file looks right on its own.
 */

import { drawScene, type DrawOptions } from './draw.ts';
import type { DiagramTheme } from './palette.ts';
import type { Scene } from './scene.ts';
import { serializeSvg } from './svg-node.ts';

export function sceneToSvg(
  scene: Scene,
  theme: DiagramTheme = 'light',
  options: Omit<DrawOptions, 'theme' | 'interactive'> = {},
): string {
  return `${serializeSvg(drawScene(scene, { ...options, theme, interactive: false }))}\n`;
}
