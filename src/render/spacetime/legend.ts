/**
 * The legend above the plot: a sample of each kind of mark the drawing holds, with its words.
 * Only the kinds present are listed (a legend of things not on screen is noise on a slide), in
 * rows that wrap to the width, so the exported picture explains itself.
 */

import { CHAR_PX, round1 } from './frame.ts';
import type { LegendKind, SceneLegendItem } from './scene.ts';

const WORDS: Record<LegendKind, string> = {
  request: 'request',
  response: 'response',
  signal: 'RST or ICMP: the network says no',
  check: 'health check',
  notice: 'crash notice',
  'link-poll': 'link poll',
  heartbeat: 'heartbeat',
  write: 'write (token)',
  sync: 'time sync',
  fenced: 'fenced: old token refused',
  'lww-lost': 'write dropped: stamped earlier than the newest',
  queue: 'waiting in a queue',
  service: 'being served',
  drop: 'dropped',
  band: 'process not running',
  cable: 'cable cut or slow',
  timeout: 'client’s timer, then timeout',
  late: 'late response',
  future: 'known future',
};

/** The sample's length, then the gap before its words and after them. */
export const LEGEND_SAMPLE_PX = 24;
const GAP_PX = 6;
const ITEM_GAP_PX = 20;
export const LEGEND_ROW_PX = 22;

export interface Legend {
  items: SceneLegendItem[];
  heightPx: number;
}

/** Lay out `kinds` in rows across `widthPx`, starting `leftPx` from the edge. */
export function layoutLegend(kinds: LegendKind[], widthPx: number, leftPx: number): Legend {
  const items: SceneLegendItem[] = [];
  let x = leftPx;
  let row = 0;
  for (const kind of kinds) {
    const text = WORDS[kind];
    const itemPx = LEGEND_SAMPLE_PX + GAP_PX + text.length * CHAR_PX;
    if (x > leftPx && x + itemPx > widthPx - 8) {
      row++;
      x = leftPx;
    }
    items.push({ kind, text, at: { x: round1(x), y: round1(8 + row * LEGEND_ROW_PX + 8) } });
    x += itemPx + ITEM_GAP_PX;
  }
  return { items, heightPx: items.length === 0 ? 0 : (row + 1) * LEGEND_ROW_PX + 8 };
}

/** Where the sample's words start, after the sample. */
export const legendTextX = (item: SceneLegendItem): number =>
  round1(item.at.x + LEGEND_SAMPLE_PX + GAP_PX);
