/**
 * "All six clients saw exactly the same thing": not a claim written into the page, but a
 * comparison of what each world's client saw (the simulation's own client view: sends,
 * responses, its timers, late responses, with their times), made afresh as the run plays.
 */

import { formatDuration } from '../lab/clock-format.ts';
import { clientView, type ClientObservation, type Simulation } from '../sim/index.ts';

export interface Comparison {
  /** Every client saw the same, observation for observation, up to now. */
  same: boolean;
  /** When they stopped agreeing (the first observation that differs); null while they agree. */
  differsAtUs: number | null;
  /** The featured request's observations, as far as all agree on them. */
  featured: ClientObservation[];
}

/** What the clients of one world saw, in order (the presets have one client). */
export function observationsOf(sim: Simulation): ClientObservation[] {
  return sim.world.nodes
    .filter((n) => n.kind === 'client')
    .flatMap((n) => clientView(sim.trace, sim.world, n.id))
    .sort((a, b) => a.timeUs - b.timeUs);
}

const sameObservation = (a: ClientObservation, b: ClientObservation): boolean =>
  a.timeUs === b.timeUs && a.what === b.what && a.request === b.request && a.attempt === b.attempt;

/** Compare what the clients of several worlds saw; `featured` names the request to tell of. */
export function compareClients(
  seen: readonly (readonly ClientObservation[])[],
  featured: string,
): Comparison {
  const [first = [], ...others] = seen;
  const longest = Math.max(0, ...seen.map((s) => s.length));
  let agreed = 0;
  while (agreed < longest && others.every((s) => agreesAt(first, s, agreed))) agreed++;
  const same = agreed === longest;
  const differsAtUs = same
    ? null
    : Math.min(...seen.map((s) => s[agreed]?.timeUs ?? Infinity).filter(Number.isFinite));
  return {
    same,
    differsAtUs,
    featured: first.slice(0, agreed).filter((o) => o.request === featured),
  };
}

function agreesAt(a: readonly ClientObservation[], b: readonly ClientObservation[], i: number) {
  const x = a[i];
  const y = b[i];
  return x !== undefined && y !== undefined && sameObservation(x, y);
}

const OBSERVED: Record<ClientObservation['what'], string> = {
  sent: 'sent at',
  response: 'response at',
  timeout: 'no response, timeout at',
  'late response': 'late response at',
  'connection refused': 'connection refused at',
  'connection reset': 'connection reset at',
  'host unreachable': 'host unreachable at',
};

/** `r3 sent at 500 ms, no response, timeout at 600 ms` (`, no response yet` while it waits). */
export function featuredStory(observations: readonly ClientObservation[]): string {
  const first = observations[0];
  if (!first) return '';
  const parts = observations.map((o) => {
    const retry = o.what === 'sent' && o.attempt > 0 ? 'retry ' : '';
    return `${retry}${OBSERVED[o.what]} ${formatDuration(o.timeUs)}`;
  });
  if (observations[observations.length - 1]!.what === 'sent') parts.push('no response yet');
  return `${first.request} ${parts.join(', ')}`;
}

/** The sentence under the six worlds. */
export function sameSentence(comparison: Comparison, count: number): string {
  const story = featuredStory(comparison.featured);
  const what = story ? `: ${story}.` : '.';
  if (comparison.differsAtUs !== null) {
    const until = formatDuration(comparison.differsAtUs);
    return `Until ${until}, all ${countWord(count)} clients saw exactly the same thing${what} After that, what they saw differs.`;
  }
  if (comparison.featured.some((o) => o.what !== 'sent'))
    return `All ${countWord(count)} clients saw exactly the same thing${what}`;
  return `So far all ${countWord(count)} clients have seen exactly the same thing${what}`;
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];
const countWord = (n: number): string => WORDS[n] ?? String(n);
