import { isValidElement, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { el } from '../../render/spacetime/svg-node.ts';
import { exportName } from './export-diagram.ts';
import { presetScene } from '../../render/spacetime/preset-scene.ts';
import { svgToReact } from './svg-react.ts';

type Props = Record<string, unknown> & { children?: unknown };

describe('svgToReact', () => {
  it('spells attributes as React does, keeps aria and data, and adds what decorate gives', () => {
    const tree = el('g', { 'data-request': 'r3', 'aria-label': 'r3: sent' }, [
      el('line', { x1: 0, 'stroke-width': 2, 'marker-end': 'url(#h)' }, [], 'a'),
    ]);
    const group = svgToReact(tree, (node) =>
      node.tag === 'g' ? { role: 'button', tabIndex: 0 } : null,
    ) as ReactElement<Props>;
    expect(isValidElement(group)).toBe(true);
    expect(group.props).toMatchObject({
      'data-request': 'r3',
      'aria-label': 'r3: sent',
      role: 'button',
      tabIndex: 0,
    });
    const line = group.props.children as ReactElement<Props>;
    expect(line.key).toBe('a');
    expect(line.props).toMatchObject({ x1: 0, strokeWidth: 2, markerEnd: 'url(#h)' });
  });
});

describe('exportName', () => {
  it('names the file after the preset, the view and the moment', () => {
    const scene = presetScene('remote-paused', { untilUs: 600_000 });
    expect(exportName('remote-paused', scene, 'svg')).toBe('faultline-remote-paused-600ms.svg');
    const client = presetScene('remote-paused', { untilUs: 600_000, view: 'client' });
    expect(exportName(null, client, 'png')).toBe('faultline-scenario-client-600ms.png');
  });
});
