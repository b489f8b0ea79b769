/**
 * A replicated service's marks (concepts.md C3, G7; omniscient view only): at the storage's lane
 * each write with a token older than one it had taken, a ring and `two leaders: took token 1
 * after 2` when it took it, a fence and `refused token 1 (newest 2)` when it refused it; each
 * replica's change of role as a bar across its lane with `★ replica b leads, term 2`; and each
 * write's token (`t2`) beside its arrow where it reaches the storage, so a lecturer can point at
 * "a wrote with token 1 after b wrote with token 2". Placed in that order: the first asked gets
 * the room.
 */

import { CHAR_PX, round1, segment } from './frame.ts';
import type { Builder } from './layout.ts';
import { ROTATION_HALF_PX } from './layout-control.ts';
import { crosses } from './layout-signals.ts';
import type { ControlArrow, Label } from './scene.ts';
import type { RoleChange } from './story.ts';
import { box, fits, wordsBeside } from './words-beside.ts';

/** How far back from the storage's lane a token is written (clear of the arrowhead). */
const TOKEN_BACK_PX = 20;
/** Between an arrow and its token. */
const TOKEN_GAP_PX = 4;
/** The fence across a storage's lane, each side: a little shorter than a role's bar. */
const FENCE_HALF_PX = 12;
/** Time down, a token beyond the last lane starts clear of its fence. */
const BEYOND_LANE_PX = FENCE_HALF_PX + 2;

export function layoutReplicas(b: Builder): void {
  layoutStoreMarks(b);
  layoutRoles(b);
  layoutTokens(b);
}

/** `★ replica b leads, term 2`, `replica a steps down, term 2`, `replica c follows term 2`. */
export function roleWords(label: string, role: Omit<RoleChange, 'node' | 'timeUs'>): string {
  if (role.leader) return `★ ${label} leads, term ${role.term}`;
  if (role.stands) return `${label} asks for votes, term ${role.term}`;
  return role.wasLeader
    ? `${label} steps down, term ${role.term}`
    : `${label} follows term ${role.term}`;
}

/** `two leaders: took token 1 after 2`, `refused token 1 (newest 2)`. */
export function storeWords(token: number, newest: number, accepted: boolean): string {
  if (accepted) return `two leaders: took token ${token} after ${newest}`;
  return newest > 0 ? `refused token ${token} (newest ${newest})` : `refused token ${token}`;
}

/** Older than a token the storage had taken: taken by a zombie, or refused. */
const isStale = (w: { accepted: boolean; token: number; newest: number }): boolean =>
  !w.accepted || w.token < w.newest;

/** Every arrow's line, and the cursor's: time down, they run level, through any words there. */
const arrowLines = (b: Builder) => [
  ...[...b.scene.arrows, ...b.scene.control.arrows].map((a) => a.line),
  ...(b.scene.cursor ? [b.scene.cursor] : []),
];

function layoutStoreMarks(b: Builder): void {
  const { frame, story, world } = b;
  story.storeWrites.forEach((write, i) => {
    const lanePx = b.lanePx(write.storage);
    if (!isStale(write) || lanePx === null || !frame.inside(write.timeUs)) return;
    const t = frame.time(write.timeUs);
    const text = storeWords(write.token, write.newest, write.accepted);
    b.scene.control.storeMarks.push({
      key: `store${i}`,
      storage: world.nodes[write.storage]!.id,
      writer: world.nodes[write.writer]!.id,
      token: write.token,
      newest: write.newest,
      accepted: write.accepted,
      at: frame.at(t, lanePx),
      bar: segment(frame.at(t, lanePx - FENCE_HALF_PX), frame.at(t, lanePx + FENCE_HALF_PX)),
      label: wordsBeside(b, t, lanePx, ['far', 'near'], text, arrowLines(b)),
    });
  });
}

function layoutRoles(b: Builder): void {
  const { frame, story, world } = b;
  story.roles.forEach((role, i) => {
    const lanePx = b.lanePx(role.node);
    if (lanePx === null || !frame.inside(role.timeUs)) return;
    const t = frame.time(role.timeUs);
    const node = world.nodes[role.node]!;
    b.scene.control.roles.push({
      key: `role${i}`,
      node: node.id,
      leader: role.leader,
      term: role.term,
      stepsDown: !role.leader && role.wasLeader === true,
      bar: segment(frame.at(t, lanePx - ROTATION_HALF_PX), frame.at(t, lanePx + ROTATION_HALF_PX)),
      label: wordsBeside(b, t, lanePx, ['far', 'near'], roleWords(node.label, role), arrowLines(b)),
    });
  });
}

/** Each write's token where its arrow reaches the storage: the stale ones first. */
function layoutTokens(b: Builder): void {
  const { story, world } = b;
  const storages = new Set(world.nodes.flatMap((n) => (n.kind === 'replica' ? [n.storage] : [])));
  const verdicts = new Map(story.storeWrites.map((w) => [w.message, w]));
  const writes = b.scene.control.arrows
    .filter((a) => a.kind === 'write' && a.end === 'head' && storages.has(a.to))
    .map((arrow) => {
      const verdict = verdicts.get(arrow.message);
      return { arrow, stale: verdict !== undefined && isStale(verdict) };
    });
  writes.sort((x, y) => Number(y.stale) - Number(x.stale));
  for (const { arrow, stale } of writes) {
    const label = tokenLabel(b, arrow, `t${arrow.attempt}`, stale);
    if (!label) continue;
    const token = arrow.attempt;
    b.scene.control.tokens.push({
      key: `token${arrow.message}`,
      message: arrow.message,
      token,
      stale,
      label,
    });
  }
}

/**
 * The token a little before the arrow's head, on the side it came from (before it in time: its
 * own answer leaves the storage at once, after it), where it crosses no other arrow and no
 * words. Always that side, so a token is never read as its neighbour's; or not at all. A stale
 * token is the point of the picture: it may cross another arrow (its halo cuts through).
 */
function tokenLabel(b: Builder, arrow: ControlArrow, text: string, stale: boolean): Label | null {
  const { frame, room } = b;
  const { x1, y1, x2, y2 } = arrow.line;
  const across = frame.across;
  // In (time, lane) terms: the arrow runs from lane l1 to lane l2.
  const [t1, l1, t2, l2] = across ? [x1, y1, x2, y2] : [y1, x1, y2, x2];
  if (Math.abs(l2 - l1) < 2 * TOKEN_BACK_PX) return null;
  const lanePx = l2 - Math.sign(l2 - l1) * TOKEN_BACK_PX;
  const timePx = t1 + ((lanePx - l1) / (l2 - l1)) * (t2 - t1);
  const upper = frame.lanes.filter((l) => l < Math.max(l1, l2)).at(-1);
  const widthPx = text.length * CHAR_PX;
  // Time down, beside the last lane (the storage, usually) the token goes after the head, level
  // with its own arrow: a few pixels above it, it would sit on the write before.
  const beyond = !across && frame.lanes.at(-1) === l2 && l2 > l1;
  const label: Label = across
    ? { x: round1(timePx - TOKEN_GAP_PX), y: round1(lanePx + 4.5), text, anchor: 'end' }
    : beyond
      ? { x: round1(l2 + BEYOND_LANE_PX), y: round1(t2 + 4.5), text, anchor: 'start' }
      : { x: round1(lanePx), y: round1(timePx - TOKEN_GAP_PX - 2), text, anchor: 'end' };
  const words = box(label);
  const rect = { x: words.left, y: words.top, width: widthPx, height: words.bottom - words.top };
  const crossed = b.scene.control.arrows.some((a) => a !== arrow && crosses(a.line, rect));
  if ((crossed && !stale) || !fits(b, words)) return null;
  const at = across ? label.x : label.y - 4;
  const place = beyond ? `far${l2}` : `gap${upper ?? l1}`;
  return room.take(place, at, text, label.anchor) ? label : null;
}
