/**
 * The diagram's colours in both themes, as values rather than CSS variables: an exported SVG
 * must look right on its own, away from the app's style sheet. They are the values of
 * src/styles/tokens.css, which meet WCAG AA against their ground (the signal's teal is the
 * diagram's own: 5.5:1 on white, 9.8:1 on the dark ground).
 */

export type DiagramTheme = 'light' | 'dark';

export interface DiagramPalette {
  ground: string;
  text: string;
  muted: string;
  grid: string;
  lane: string;
  request: string;
  response: string;
  /** The signals the network sends back (RST, ICMP): apart from both requests and responses. */
  signal: string;
  danger: string;
  paused: string;
  fog: string;
  /** Line width of arrows: thicker in the dark (projector) theme. */
  strokePx: number;
}

export const PALETTES: Record<DiagramTheme, DiagramPalette> = {
  light: {
    ground: '#ffffff',
    text: '#15181d',
    muted: '#4b5563',
    grid: '#e3e7ec',
    lane: '#8a94a3',
    request: '#1f5fbf',
    response: '#b45309',
    signal: '#0f766e',
    danger: '#b3261e',
    paused: '#6d28d9',
    fog: '#eef1f5',
    strokePx: 2,
  },
  dark: {
    ground: '#11151b',
    text: '#ffffff',
    muted: '#c7cfdb',
    grid: '#262d37',
    lane: '#9aa6b6',
    request: '#7cb4ff',
    response: '#ffb547',
    signal: '#2dd4bf',
    danger: '#ff6b6b',
    paused: '#c9a7ff',
    fog: '#1a2029',
    strokePx: 2.5,
  },
};

export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', sans-serif";
