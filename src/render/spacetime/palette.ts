/**
 * The diagram's colours in both themes, as values rather than CSS variables: an exported SVG
 * must look right on its own, away from the app's style sheet. They are the values of
 * src/styles/tokens.css, which meet WCAG AA against their ground (the signal's magenta, as in
 * the graph: 6.3:1 on white, 7.4:1 on the dark ground; the health checks' grey is 4.8:1 on
 * white and 8.1:1 on the dark ground, the notice’s deep pink 8.1:1 and 9.4:1, the writes' green
 * 5.0:1 and 10.5:1, the time sync's teal 5.5:1 and 12.6:1).
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
  /** The load balancers' health checks and their answers: secondary to the clients' traffic. */
  check: string;
  /** A crash notice: a server's own word that it died, apart from everything else. */
  notice: string;
  /** A replica's heartbeats: frequent and routine, the quietest lines in the drawing. */
  heartbeat: string;
  /** A replica's writes to its storage and their answers: the data, apart from the chatter. */
  write: string;
  /** NTP's questions and answers, and the clock set by them: quiet, apart from the checks. */
  sync: string;
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
    signal: '#a21caf',
    check: '#6b7280',
    notice: '#9d174d',
    heartbeat: '#6b7280',
    write: '#15803d',
    sync: '#0f766e',
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
    signal: '#e879f9',
    check: '#a3adbb',
    notice: '#f9a8d4',
    heartbeat: '#a3adbb',
    write: '#4ade80',
    sync: '#5eead4',
    danger: '#ff6b6b',
    paused: '#c9a7ff',
    fog: '#1a2029',
    strokePx: 2.5,
  },
};

export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', sans-serif";
