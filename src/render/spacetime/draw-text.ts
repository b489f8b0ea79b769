import { TEXT_PX } from './frame.ts';
import { FONT_FAMILY, type DiagramPalette } from './palette.ts';
import type { Label } from './scene.ts';
import { el, type SvgNode } from './svg-node.ts';

export interface TextLook {
  fill: string;
  bold?: boolean;
  italic?: boolean;
  sizePx?: number;
}

/**
 * A label, with a halo of the ground colour behind its letters so it stays readable where it
 * crosses an arrow or a band. Every text carries its font, so an exported file needs no
 * style sheet.
 */
export function drawText(label: Label, p: DiagramPalette, look: TextLook): SvgNode {
  const attrs: SvgNode['attrs'] = {
    x: label.x,
    y: label.y,
    'text-anchor': label.anchor,
    'font-family': FONT_FAMILY,
    'font-size': look.sizePx ?? TEXT_PX,
    fill: look.fill,
    stroke: p.ground,
    'stroke-width': 3,
    'stroke-linejoin': 'round',
    'paint-order': 'stroke',
  };
  if (look.bold) attrs['font-weight'] = 600;
  if (look.italic) attrs['font-style'] = 'italic';
  return el('text', attrs, [label.text]);
}
