import { overloadWords, type ServerFacts } from './inspect.ts';

const count = (n: number) => n.toLocaleString('en-US');

/**
 * A server's queue, workers, handler counter and overload. Every row is always there (overload
 * says "none"), so what is below does not jump when an overload comes or goes.
 */
export function NodeFactsList({ facts, nowUs }: { facts: ServerFacts; nowUs: number }) {
  return (
    <dl className="ctl-facts">
      <div>
        <dt>Queue</dt>
        <dd>
          {count(facts.queued)} of {count(facts.queueCapacity)} waiting
        </dd>
      </div>
      <div>
        <dt>Workers</dt>
        <dd>
          {facts.busyWorkers} of {facts.workers} busy
        </dd>
      </div>
      <div>
        <dt>Handler</dt>
        <dd>
          processed {count(facts.processed)} {facts.processed === 1 ? 'request' : 'requests'}
        </dd>
      </div>
      <div>
        <dt>Overload</dt>
        <dd data-overloaded={facts.overload ? true : undefined}>
          {overloadWords(facts, nowUs) ?? 'none'}
        </dd>
      </div>
    </dl>
  );
}
