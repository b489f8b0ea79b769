import { CHAR_PX } from './frame.ts';

type Anchor = 'start' | 'middle' | 'end';

/**
 * Room for labels beside a lane, along the time axis: a label is placed only where it does not
 * overlap one already placed on the same side of the same lane, so ids, `timeout` and `late`
 * never print over each other. The first asked gets the place: ask for the important ones first.
 */
export class LabelRoom {
  private readonly used = new Map<string, [number, number][]>();
  private readonly across: boolean;

  constructor(across: boolean) {
    this.across = across;
  }

  take(place: string, timePx: number, text: string, anchor: Anchor = 'middle'): boolean {
    return this.takeAll([place], timePx, text, anchor);
  }

  /** Room in every one of `places` (a label that reaches across more than one), or none. */
  takeAll(places: string[], timePx: number, text: string, anchor: Anchor = 'middle'): boolean {
    const [start, end] = this.span(timePx, text, anchor);
    const free = (place: string) =>
      !(this.used.get(place) ?? []).some(([a, b]) => start < b + 5 && end > a - 5);
    if (!places.every(free)) return false;
    for (const place of places) {
      const list = this.used.get(place) ?? [];
      list.push([start, end]);
      this.used.set(place, list);
    }
    return true;
  }

  private span(timePx: number, text: string, anchor: Anchor): [number, number] {
    // Across, a label takes its width along the time axis; down, its line height.
    const extent = this.across ? text.length * CHAR_PX : 15;
    const start = !this.across
      ? timePx - 8
      : anchor === 'start'
        ? timePx
        : anchor === 'middle'
          ? timePx - extent / 2
          : timePx - extent;
    return [start, start + extent];
  }
}
