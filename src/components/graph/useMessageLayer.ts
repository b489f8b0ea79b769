import { useEffect, type RefObject } from 'react';
import { useController, useLab } from '../../store/hooks.ts';
import type { Transform } from './geometry.ts';
import { MessageLayer } from './message-layer.ts';
import { readPalette } from './palette.ts';
import type { GraphScene } from './scene.ts';
import type { ElementSize } from './useElementSize.ts';
import { useReducedMotion } from './useReducedMotion.ts';

/** `r3` → 3; anything else → -1. */
const requestNumber = (label: string | null): number => {
  const match = label ? /^r(\d+)$/.exec(label) : null;
  return match ? Number(match[1]) : -1;
};

/**
 * The canvas layer's life (kept in `layerRef`): created with the canvas, told of the scene,
 * size, theme, highlight, reduced motion, whether the truth is shown and the playback speed when
 * they change (each redraws at once, even paused); the transform comes straight from the viewport.
 */
export function useMessageLayer(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  layerRef: RefObject<MessageLayer | null>,
  transformRef: RefObject<Transform>,
  scene: GraphScene,
  size: ElementSize,
  revealed: boolean,
): void {
  const controller = useController();
  const speed = useLab((s) => s.view.speed);
  const theme = useLab((s) => s.theme);
  const highlight = useLab((s) => s.highlight);
  const reducedMotion = useReducedMotion();

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const created = new MessageLayer(canvas, controller);
    created.setTransform(transformRef.current);
    layerRef.current = created;
    return () => {
      created.destroy();
      layerRef.current = null;
    };
  }, [canvasRef, layerRef, controller, transformRef]);

  useEffect(() => {
    layerRef.current?.setScene(scene);
  }, [layerRef, scene]);

  useEffect(() => {
    layerRef.current?.setSize(size.width, size.height, window.devicePixelRatio || 1);
  }, [layerRef, size]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    // `theme` is what changed the CSS variables: read them again once it is applied.
    layerRef.current?.setPalette(readPalette(canvas));
  }, [canvasRef, layerRef, theme]);

  useEffect(() => {
    layerRef.current?.setMarks(requestNumber(highlight), reducedMotion);
  }, [layerRef, highlight, reducedMotion]);

  useEffect(() => {
    layerRef.current?.setPlayback(revealed, speed);
  }, [layerRef, revealed, speed]);
}
