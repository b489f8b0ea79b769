import { createElement, type ReactNode } from 'react';
import type { SvgNode } from '../../render/spacetime/svg-node.ts';

/** Extra props for some elements of the tree (handlers, roles), by the element. */
export type Decorate = (node: SvgNode) => Record<string, unknown> | null;

/**
 * The drawing's tree (render/spacetime/draw.ts) as React elements: the same elements the
 * exported file holds, with attribute names as React spells them and props added by `decorate`.
 */
export function svgToReact(node: SvgNode, decorate: Decorate, key?: string | number): ReactNode {
  const props: Record<string, unknown> = { key: node.key ?? key };
  for (const [name, value] of Object.entries(node.attrs)) props[reactName(name)] = value;
  Object.assign(props, decorate(node));
  const children = (node.children ?? []).map((child, i) =>
    typeof child === 'string' ? child : svgToReact(child, decorate, i),
  );
  return createElement(node.tag, props, ...children);
}

/** `stroke-width` → `strokeWidth`; `aria-*` and `data-*` stay as they are. */
function reactName(name: string): string {
  if (name.startsWith('aria-') || name.startsWith('data-')) return name;
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
