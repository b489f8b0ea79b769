/**
 * A drawing as plain data: elements with attributes and children. draw.ts builds it from a
 * scene; `serializeSvg` writes it as text (the exported file, the golden tests) and the React
 * component turns the same tree into elements, so what is on screen is what is exported.
 */

export interface SvgNode {
  tag: string;
  /** SVG attribute names as written in a file (`stroke-width`, not `strokeWidth`). */
  attrs: Record<string, string | number>;
  children?: (SvgNode | string)[];
  /** A stable identity among its siblings, for React. */
  key?: string;
}

export const el = (
  tag: string,
  attrs: SvgNode['attrs'],
  children?: SvgNode['children'],
  key?: string,
): SvgNode => ({ tag, attrs, ...(children ? { children } : {}), ...(key ? { key } : {}) });

const escapeText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** One element a line, indented, so a golden file's diff reads shape by shape. */
export function serializeSvg(node: SvgNode, depth = 0): string {
  const pad = '  '.repeat(depth);
  const attrs = Object.entries(node.attrs)
    .map(([name, value]) => ` ${name}="${escapeAttr(String(value))}"`)
    .join('');
  const children = node.children ?? [];
  if (children.length === 0) return `${pad}<${node.tag}${attrs}/>`;
  if (children.every((c) => typeof c === 'string')) {
    return `${pad}<${node.tag}${attrs}>${escapeText(children.join(''))}</${node.tag}>`;
  }
  const inner = children.map((c) =>
    typeof c === 'string' ? `${pad}  ${escapeText(c)}` : serializeSvg(c, depth + 1),
  );
  return `${pad}<${node.tag}${attrs}>\n${inner.join('\n')}\n${pad}</${node.tag}>`;
}
