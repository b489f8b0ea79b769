/**
 * A balancer's link monitor (omniscient view only): each poll of the switches' management
 * interfaces is a mark on the balancer's lane, not an arrow, since it crosses none of our
 * cables. A poll that took a backend out says so in the rotation's words, once:
 * `link monitor: server 2’s link down, out of rotation`.
 */

import type { Builder } from './layout.ts';
import type { RotationChange, Story } from './story.ts';

export function layoutLinkPolls(b: Builder): void {
  const { frame, story, world } = b;
  story.linkPolls.forEach((poll, i) => {
    const lanePx = b.lanePx(poll.balancer);
    if (lanePx === null || !frame.inside(poll.timeUs)) return;
    b.scene.control.linkPolls.push({
      key: `poll${i}`,
      balancer: world.nodes[poll.balancer]!.id,
      at: frame.at(frame.time(poll.timeUs), lanePx),
      linksDown: poll.linksDown,
      takenOut: poll.takenOut.map((backend) => world.nodes[backend]!.id),
    });
  });
}

/**
 * The words of a change of rotation, fullest first: why, when the link monitor made it (the same
 * moment, the same backend), so the poll and the rotation share one label instead of saying it
 * twice; then shorter, for where the full words do not fit.
 */
export function rotationWords(story: Story, change: RotationChange, backend: string): string[] {
  const byMonitor =
    !change.inRotation &&
    story.linkPolls.some(
      (p) =>
        p.balancer === change.balancer &&
        p.timeUs === change.timeUs &&
        p.takenOut.includes(change.backend),
    );
  const plain = `${backend} ${change.inRotation ? 'back in' : 'out of'} rotation`;
  if (!byMonitor) return [plain];
  return [
    `link monitor: ${backend}’s link down, out of rotation`,
    `${backend}’s link down: out of rotation`,
    plain,
  ];
}
