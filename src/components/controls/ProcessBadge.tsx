import { Icon } from './Icon.tsx';
import { PROCESS_ICONS, processWords, type ServerFacts } from './inspect.ts';

/** The process state on one line, by icon, word and colour, right under the node's name. */
export function ProcessBadge({ facts, nowUs }: { facts: ServerFacts; nowUs: number }) {
  return (
    <p className="ctl-state" data-process={facts.process}>
      <Icon name={PROCESS_ICONS[facts.process]} />
      <span>
        <span className="visually-hidden">State: </span>
        {processWords(facts, nowUs)}
      </span>
    </p>
  );
}
