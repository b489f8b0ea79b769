import { useId, type RefObject } from 'react';
import type { Scene } from '../../render/spacetime/scene.ts';
import { sceneToSvg } from '../../render/spacetime/svg.ts';
import { useLab } from '../../store/hooks.ts';
import { downloadPng, downloadSvg, exportName } from './export-diagram.ts';

interface Props {
  clientView: boolean;
  onClientView: (on: boolean) => void;
  /** The scene on screen, to export as it is. */
  sceneRef: RefObject<Scene | null>;
}

/**
 * The diagram's controls: the client's view (forced on while the truth is hidden, and saying
 * why), and exporting the picture as SVG or PNG, with the highlighted request as on screen.
 */
export function DiagramTools({ clientView, onClientView, sceneRef }: Props) {
  const revealed = useLab((s) => s.revealed);
  const theme = useLab((s) => s.theme);
  const highlight = useLab((s) => s.highlight);
  const presetId = useLab((s) => s.view.presetId);
  const noteId = useId();
  const forced = !revealed;
  const pressed = clientView || forced;

  const exportAs = (extension: 'svg' | 'png') => {
    const scene = sceneRef.current;
    if (!scene) return;
    const svg = sceneToSvg(scene, theme, { emphasis: highlight });
    const name = exportName(presetId, scene, extension);
    if (extension === 'svg') downloadSvg(svg, name);
    else void downloadPng(svg, scene.widthPx, scene.heightPx, name);
  };
  return (
    <div className="st-tools">
      <button
        type="button"
        className="ctl-button ctl-button-small ctl-button-quiet"
        aria-pressed={pressed}
        aria-disabled={forced || undefined}
        aria-describedby={forced ? noteId : undefined}
        onClick={() => {
          if (!forced) onClientView(!clientView);
        }}
      >
        <span className="ctl-toggle-mark" aria-hidden="true" data-on={pressed || undefined} />
        {"Client's view"}
      </button>
      <button
        type="button"
        className="ctl-button ctl-button-small st-export"
        onClick={() => exportAs('svg')}
      >
        Export SVG
      </button>
      <button
        type="button"
        className="ctl-button ctl-button-small st-export"
        onClick={() => exportAs('png')}
      >
        Export PNG
      </button>
      {forced && (
        <p id={noteId} className="st-note">
          The truth is hidden, so the diagram shows only what the client saw.
        </p>
      )}
    </div>
  );
}
