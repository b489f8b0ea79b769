import { formatDuration } from '../../lab/clock-format.ts';
import { requestLabel } from '../../sim/index.ts';
import { useController, useLab } from '../../store/hooks.ts';
import { ActionButton } from './ActionButton.tsx';
import { ClockActions } from './ClockActions.tsx';
import { ClockFacts } from './ClockFacts.tsx';
import { clientFacts, rhythmWords } from './inspect.ts';
import { StatusLine } from './StatusLine.tsx';
import { useApply } from './useApply.ts';
import { WorkloadForm } from './WorkloadForm.tsx';

const plural = (n: number, one: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : `${one}s`}`;

/** A client: what it sends and how long it waits, a request on demand, and its workload. */
export function ClientActions({ id }: { id: string }) {
  const controller = useController();
  useLab((s) => s.view.revision);
  const { status, apply, refuse } = useApply();
  const facts = clientFacts(controller.sim, id);
  if (!facts) return <p className="ctl-hint-block">This client is not in the scenario any more.</p>;
  const { label } = facts;
  const noWorkload =
    facts.workload === null ? `${label} has no workload saying which server to ask.` : null;

  return (
    <>
      <div className="ctl-scroll">
        <h2 className="ctl-inspector-title">{label}</h2>
        <p className="ctl-kind">Client{facts.server && `: asks ${facts.server}`}</p>
        <dl className="ctl-facts">
          <div>
            <dt>Sends</dt>
            <dd>{facts.workload === null ? 'nothing' : rhythmWords(facts)}</dd>
          </div>
          <div>
            <dt>Waits</dt>
            <dd>
              {formatDuration(facts.timeoutUs)}, then{' '}
              {facts.retries === 0 ? 'gives up' : `retries up to ${plural(facts.retries, 'time')}`}
            </dd>
          </div>
          <div>
            <dt>So far</dt>
            <dd>
              sent {plural(facts.sent, 'request')}; {facts.outstanding} waiting for a response
            </dd>
          </div>
        </dl>
        <div className="ctl-button-row">
          <ActionButton
            reason={noWorkload}
            onRefused={refuse}
            onPress={() =>
              apply(
                { kind: 'send-request', client: id },
                // The new request is the last one: records are kept by id.
                () => `${label} sent ${requestLabel(controller.sim.state.requests.length)}`,
              )
            }
          >
            Send request
          </ActionButton>
        </div>
        {/* A client given a clock is there for its clock: it comes before the workload. */}
        <ClockFacts sim={controller.sim} id={id} />
        <ClockActions sim={controller.sim} id={id} apply={apply} refuse={refuse} />
        {facts.workload !== null && (
          <WorkloadForm
            id={id}
            label={label}
            current={{
              mode: facts.mode,
              intervalUs: facts.intervalUs,
              timeoutUs: facts.timeoutUs,
              retries: facts.retries,
            }}
            apply={apply}
          />
        )}
      </div>
      <StatusLine status={status} />
    </>
  );
}
