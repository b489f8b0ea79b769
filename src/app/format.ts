export { formatMs } from '../scenario/duration.ts';

/** "1 request", "8 requests". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
