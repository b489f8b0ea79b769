import { CHECK_DASH, controlWidthPx, diamond, POLL_QUIET_PX, SYNC_DOTS } from './draw-control.ts';
import { fence } from './draw-replicas.ts';
import { drawCross, FUTURE_OPACITY, SIGNAL_DASH } from './draw-requests.ts';
import { headId, lookColor } from './draw-defs.ts';
import { lostWriteMark } from './draw-lww.ts';
import { drawText } from './draw-text.ts';
import { round1 } from './frame.ts';
import { LEGEND_SAMPLE_PX, legendTextX } from './legend.ts';
import type { DiagramPalette } from './palette.ts';
import type { SceneLegendItem } from './scene.ts';
import { el, type SvgNode } from './svg-node.ts';

/**
 * The legend: each item's sample mark drawn as in the plot, then its words. `waitColor`: the
 * colour of what waits in the plot (a request's, unless only control messages wait there).
 */
export function drawLegend(
  items: SceneLegendItem[],
  p: DiagramPalette,
  waitColor = p.request,
): SvgNode {
  const children = items.flatMap((item) => [
    sample(item, p, waitColor),
    {
      ...drawText(
        { x: legendTextX(item), y: round1(item.at.y + 5), text: item.text, anchor: 'start' },
        p,
        {
          fill: p.text,
        },
      ),
      key: `w${item.kind}`,
    },
  ]);
  return el('g', { 'data-part': 'legend' }, children, 'legend');
}

function sample(item: SceneLegendItem, p: DiagramPalette, waitColor: string): SvgNode {
  const { x, y } = item.at;
  const end = x + LEGEND_SAMPLE_PX - 2;
  const line = { x1: x, y1: y, x2: round1(end), y2: y };
  const sw = p.strokePx;
  const key = `s${item.kind}`;
  switch (item.kind) {
    case 'request':
    case 'response':
    case 'signal':
    case 'check':
    case 'notice':
    case 'heartbeat':
    case 'write':
    case 'sync': {
      const { kind } = item;
      const client = kind === 'request' || kind === 'response' || kind === 'signal';
      const attrs: SvgNode['attrs'] = {
        ...line,
        stroke: lookColor(kind, p),
        'stroke-width': client ? sw : controlWidthPx(kind === 'sync' ? 'ntp' : kind, p),
        'marker-end': `url(#${headId(item.kind)})`,
      };
      if (item.kind === 'signal') attrs['stroke-dasharray'] = SIGNAL_DASH;
      if (item.kind === 'check') attrs['stroke-dasharray'] = CHECK_DASH;
      if (item.kind === 'sync') Object.assign(attrs, SYNC_DOTS);
      return el('line', attrs, [], key);
    }
    case 'link-poll': {
      // A stretch of the balancer's lane with a quiet poll on it.
      const lane = el('line', { ...line, stroke: p.lane, 'stroke-width': 2 });
      const d = diamond({ x: x + 11, y }, POLL_QUIET_PX);
      const poll = el('path', { d, fill: p.ground, stroke: p.check, 'stroke-width': 1.5 });
      return el('g', {}, [lane, poll], key);
    }
    case 'queue':
      return el(
        'line',
        { ...line, stroke: waitColor, 'stroke-width': sw + 5, 'stroke-dasharray': '6 4' },
        [],
        key,
      );
    case 'service':
      return el('line', { ...line, stroke: waitColor, 'stroke-width': sw + 5 }, [], key);
    case 'drop':
      return drawCross({ x: x + 11, y }, key, p.danger, sw + 1);
    case 'fenced': {
      // A stretch of the storage's lane with the fence across it.
      const lane = el('line', { ...line, stroke: p.lane, 'stroke-width': 2 });
      const bar = { x1: x + 11, y1: y - 8, x2: x + 11, y2: y + 8 };
      return el('g', {}, [lane, fence(bar, 'f', p)], key);
    }
    case 'lww-lost': {
      // A stretch of the store's lane with the dropped write on it.
      const lane = el('line', { ...line, stroke: p.lane, 'stroke-width': 2 });
      return el('g', {}, [lane, lostWriteMark({ x: x + 11, y }, 'm', p, sw + 0.5)], key);
    }
    case 'timeout':
      return el(
        'g',
        {},
        [
          el('line', {
            ...line,
            x2: round1(end - 4),
            stroke: p.muted,
            'stroke-width': 1.5,
            'stroke-dasharray': '3 3',
          }),
          el('line', {
            x1: round1(end - 2),
            y1: y - 8,
            x2: round1(end - 2),
            y2: y + 8,
            stroke: p.danger,
            'stroke-width': sw + 1.5,
          }),
        ],
        key,
      );
    default:
      // The known future: a lighter arrow on the future's tint.
      return el(
        'g',
        {},
        [
          el('rect', { x: x - 2, y: y - 8, width: LEGEND_SAMPLE_PX + 2, height: 16, fill: p.fog }),
          el('line', { ...line, stroke: p.request, 'stroke-width': sw, opacity: FUTURE_OPACITY }),
        ],
        key,
      );
  }
}
