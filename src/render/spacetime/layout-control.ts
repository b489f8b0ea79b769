/**
 * The load balancers' verdicts, on the balancer's lane (omniscient view only): each health check
 * it counted as failed, a small ✕ with `server 2 check failed` above the lane, and each backend
 * it took out of rotation or put back, a bar across the lane with `server 2 out of rotation`
 * below it (with the link monitor's reason when its poll made the change; each poll's own mark
 * is layout-link-polls.ts's); and `notice` beside each crash notice's arrow. The notice's one
 * short word is placed first (it must be said), then the rotation's words (the point of the
 * picture), then the rest.
 */

import { segment } from './frame.ts';
import type { Builder } from './layout.ts';
import type { Label } from './scene.ts';
import { layoutLinkPolls, rotationWords } from './layout-link-polls.ts';
import { signalTag } from './layout-signals.ts';
import { wordsBeside } from './words-beside.ts';

/** The rotation's bar across the lane, each side. */
export const ROTATION_HALF_PX = 16;

export function layoutControl(b: Builder): void {
  layoutNoticeTags(b);
  layoutRotations(b);
  layoutCheckFailures(b);
  layoutLinkPolls(b);
}

function layoutRotations(b: Builder): void {
  const { frame, story, world } = b;
  story.rotations.forEach((change, i) => {
    const lanePx = b.lanePx(change.balancer);
    if (lanePx === null || !frame.inside(change.timeUs)) return;
    const t = frame.time(change.timeUs);
    const texts = rotationWords(story, change, world.nodes[change.backend]!.label);
    b.scene.control.rotations.push({
      key: `rotation${i}`,
      balancer: world.nodes[change.balancer]!.id,
      backend: world.nodes[change.backend]!.id,
      inRotation: change.inRotation,
      bar: segment(frame.at(t, lanePx - ROTATION_HALF_PX), frame.at(t, lanePx + ROTATION_HALF_PX)),
      // The fullest words that fit: a phone's narrow lanes may leave room for the short ones only.
      label: texts.reduce<Label | null>(
        (placed, text) => placed ?? wordsBeside(b, t, lanePx, ['far', 'near'], text),
        null,
      ),
    });
  });
}

function layoutCheckFailures(b: Builder): void {
  const { frame, story, world } = b;
  story.checks.forEach((check, i) => {
    const lanePx = b.lanePx(check.balancer);
    if (check.passed || lanePx === null || !frame.inside(check.timeUs)) return;
    const t = frame.time(check.timeUs);
    const text = `${world.nodes[check.backend]!.label} check failed`;
    b.scene.control.checkFailures.push({
      key: `check${i}`,
      balancer: world.nodes[check.balancer]!.id,
      backend: world.nodes[check.backend]!.id,
      at: frame.at(t, lanePx),
      // Across, above the lane (the rotation's words go below); down, to its right, since to
      // its left they would run over the client's words.
      label: wordsBeside(b, t, lanePx, [frame.across ? 'near' : 'far'], text),
    });
  });
}

/**
 * `notice` beside each crash notice (as a signal's `RST`), where it leaves its server, or on its
 * next hop if there is no room there. Drawn over the requests, it may cross their arrows.
 */
function layoutNoticeTags(b: Builder): void {
  const tagged = new Set<number>();
  for (const arrow of b.scene.control.arrows) {
    if (arrow.kind !== 'notice' || tagged.has(arrow.message)) continue;
    const label = signalTag(b, arrow, 'notice', true);
    if (!label) continue;
    tagged.add(arrow.message);
    b.scene.control.tags.push({ key: `tag${arrow.message}`, message: arrow.message, label });
  }
}
