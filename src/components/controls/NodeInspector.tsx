import { formatDuration } from '../../lab/clock-format.ts';
import { BalancerRotation } from './BalancerRotation.tsx';
import { ClockActions } from './ClockActions.tsx';
import { ClockFacts } from './ClockFacts.tsx';
import { ReplicaFacts } from './ReplicaFacts.tsx';
import { useController, useLab } from '../../store/hooks.ts';
import { nodeFacts, type ServerFacts } from './inspect.ts';
import { NodeActions } from './NodeActions.tsx';
import { NodeFactsList } from './NodeFactsList.tsx';
import { OverloadForm } from './OverloadForm.tsx';
import { ProcessBadge } from './ProcessBadge.tsx';
import { StatusLine } from './StatusLine.tsx';
import { useApply } from './useApply.ts';

function kindLine(facts: ServerFacts): string {
  if (facts.kind === 'switch') return 'Switch: passes messages on, and tells nobody what it drops';
  if (facts.kind === 'replica') {
    return 'Replica: the leader sends heartbeats and writes; a follower that hears nothing takes over';
  }
  if (facts.kind === 'balancer') {
    return 'Load balancer: passes each request to the next server in rotation, and the answer back';
  }
  if (facts.kind === 'router') {
    return 'Router: passes messages on; when its own link towards a server is down, it answers ICMP destination unreachable';
  }
  return `Server · ${facts.workers} workers · a restart takes ${formatDuration(facts.restartUs)}`;
}

/**
 * A server, a switch or a router: its state on one line, what can be done to it (first, so it is in view
 * on a 720-pixel projector), then the details of its queue and workers.
 */
export function NodeInspector({ id }: { id: string }) {
  const controller = useController();
  // Re-read the simulation whenever it changes (at most ten times a second while playing).
  const nowUs = useLab((s) => s.view.nowUs);
  useLab((s) => s.view.revision);
  const { status, apply, refuse } = useApply();
  const facts = nodeFacts(controller.sim, id);
  if (!facts) return <p className="ctl-hint-block">This node is not in the scenario any more.</p>;

  return (
    <>
      <div className="ctl-scroll">
        <h2 className="ctl-inspector-title">{facts.label}</h2>
        <p className="ctl-kind">{kindLine(facts)}</p>
        <ProcessBadge facts={facts} nowUs={nowUs} />
        <NodeActions id={id} facts={facts} apply={apply} refuse={refuse} />
        {facts.kind === 'server' && <NodeFactsList facts={facts} nowUs={nowUs} />}
        {facts.kind === 'balancer' && <BalancerRotation sim={controller.sim} id={id} />}
        <ReplicaFacts sim={controller.sim} id={id} />
        <ClockFacts sim={controller.sim} id={id} />
        <ClockActions sim={controller.sim} id={id} apply={apply} refuse={refuse} />
        {facts.kind === 'server' && (
          <OverloadForm id={id} label={facts.label} apply={apply} refuse={refuse} />
        )}
      </div>
      <StatusLine status={status} />
    </>
  );
}
