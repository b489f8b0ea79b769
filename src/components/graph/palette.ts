/**
 * The theme's colours for the canvas, read from the CSS variables in tokens.css once per theme
 * change (reading computed styles every frame would cost a style recalculation).
 */

export interface Palette {
  request: string;
  response: string;
  /** An RST or ICMP message on its way back: the network saying no. */
  signal: string;
  /** A replica's writes to its storage (graph.css, beside the signal's colour). */
  write: string;
  danger: string;
  ok: string;
  text: string;
  muted: string;
  surface: string;
  lineStrong: string;
  highlightBg: string;
  /** Stroke width in pixels: thicker in the projector theme. */
  strokeWidth: number;
  font: string;
}

export const FALLBACK_PALETTE: Palette = {
  request: '#1f5fbf',
  response: '#b45309',
  signal: '#a21caf',
  write: '#15803d',
  danger: '#b3261e',
  ok: '#1b7a3d',
  text: '#15181d',
  muted: '#4b5563',
  surface: '#ffffff',
  lineStrong: '#8a94a3',
  highlightBg: '#fff3b0',
  strokeWidth: 2,
  font: 'system-ui, sans-serif',
};

export function readPalette(element: Element): Palette {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string): string =>
    style.getPropertyValue(name).trim() || fallback;
  const f = FALLBACK_PALETTE;
  return {
    request: read('--request', f.request),
    response: read('--response', f.response),
    signal: read('--signal', f.signal),
    write: read('--write', f.write),
    danger: read('--danger', f.danger),
    ok: read('--ok', f.ok),
    text: read('--text', f.text),
    muted: read('--muted', f.muted),
    surface: read('--surface', f.surface),
    lineStrong: read('--line-strong', f.lineStrong),
    highlightBg: read('--highlight-bg', f.highlightBg),
    strokeWidth: Number(read('--stroke-width', String(f.strokeWidth))) || f.strokeWidth,
    font: read('--font', f.font),
  };
}
