import { useCallback, useMemo, type KeyboardEvent } from 'react';
import { drawScene } from '../../render/spacetime/draw.ts';
import type { Scene } from '../../render/spacetime/scene.ts';
import type { SvgNode } from '../../render/spacetime/svg-node.ts';
import { useLab } from '../../store/hooks.ts';
import { svgToReact } from './svg-react.ts';

/**
 * The diagram on screen: the very drawing that is exported, with each request's group made a
 * button. Pointing at or focusing one highlights its request everywhere (the graph, the
 * panels, the log); clicking it or pressing Enter chooses it, so it stays highlighted. The
 * request highlighted elsewhere is drawn thicker here, the others faded.
 */
export function DiagramSvg({ scene }: { scene: Scene }) {
  const theme = useLab((s) => s.theme);
  const highlight = useLab((s) => s.highlight);
  const chosen = useLab((s) => s.chosenRequest);
  const chooseRequest = useLab((s) => s.chooseRequest);
  const setHighlight = useLab((s) => s.setHighlight);
  const tree = useMemo(
    () => drawScene(scene, { theme, emphasis: highlight, interactive: true }),
    [scene, theme, highlight],
  );

  const decorate = useCallback(
    (node: SvgNode) => {
      if (node.tag === 'svg')
        return { className: 'st-svg', role: 'group', 'aria-label': scene.title };
      const id = node.attrs['data-request'];
      if (typeof id !== 'string') return null;
      const choose = () => chooseRequest(chosen === id ? null : id);
      return {
        className: 'st-request',
        role: 'button',
        tabIndex: 0,
        'aria-pressed': chosen === id,
        onClick: choose,
        onKeyDown: (event: KeyboardEvent) => {
          if (event.key !== 'Enter' && event.key !== ' ') return;
          event.preventDefault();
          choose();
        },
        onPointerEnter: () => setHighlight(id),
        onPointerLeave: () => setHighlight(null),
        onFocus: () => setHighlight(id),
        onBlur: () => setHighlight(null),
      };
    },
    [scene.title, chosen, chooseRequest, setHighlight],
  );
  return svgToReact(tree, decorate);
}
