/**
 * Time down (a phone), the lanes' titles sit side by side above the plot, centred on their
 * lanes; with many lanes they would run into each other (`balancer` into `rack switch`), so
 * a title that would goes up a line, onto the first line where it has room.
 */

/** Pixels per character of a lane's title (bold, two pixels larger than the words). */
export const TITLE_CHAR_PX = 8.6;
/** One line of titles. */
export const TITLE_LINE_PX = 17;
/** Kept between two titles on a line. */
const TITLE_GAP_PX = 4;

/** Each title's line (0: the nearest the plot), given where the lanes are. */
export function stackTitles(lanesPx: number[], titles: string[]): number[] {
  /** Where the last title on each line ends. */
  const ends: number[] = [];
  return titles.map((title, i) => {
    const halfPx = (title.length * TITLE_CHAR_PX) / 2;
    const lanePx = lanesPx[i]!;
    let line = ends.findIndex((endPx) => lanePx - halfPx >= endPx + TITLE_GAP_PX);
    if (line < 0) line = ends.push(0) - 1;
    ends[line] = lanePx + halfPx;
    return line;
  });
}
