import type { NetworkRun } from '../../lab/switching.ts';
import { NETWORK_NAMES } from './switching-describe.ts';
import { useLabFragment } from './useLabFragment.ts';

/** "Open in the lab": the network's scenario in the lab, with these settings and this seed. */
export function LabLink({ run }: { run: NetworkRun }) {
  const fragment = useLabFragment(run);
  const which = <span className="visually-hidden">: {NETWORK_NAMES[run.kind].toLowerCase()}</span>;
  if (fragment === null) {
    return <span className="sw-lab-link sw-lab-link-waiting">Writing the link…</span>;
  }
  return (
    <a className="sw-lab-link" href={`#${fragment}`}>
      Open in the lab{which}
      <span aria-hidden="true"> →</span>
    </a>
  );
}
