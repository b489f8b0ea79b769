import { CHAR_PX } from './frame.ts';

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

  take(
    place: string,
    timePx: number,
    text: string,
    anchor: 'start' | 'middle' | 'end' = 'middle',
  ): boolean {
    // Across, a label takes its width along the time axis; down, its line height.
    const extent = this.across ? text.length * CHAR_PX : 15;
    const start = !this.across
      ? timePx - 8
      : anchor === 'start'
        ? timePx
        : anchor === 'middle'
          ? timePx - extent / 2
          : timePx - extent;
    const end = start + extent;
    const list = this.used.get(place) ?? [];
    if (list.some(([a, b]) => start < b + 5 && end > a - 5)) return false;
    list.push([start, end]);
    this.used.set(place, list);
    return true;
  }
}
