/**
 * Golden SVG files of the six cause presets and of the presets where a signal ends the featured
 * request, in both views (plus one preset drawn with time running down, as on a phone), of the
 * load balancer presets (one with a link monitor), and of a paused leader's two endings (two
 * leaders, or fenced), of last write wins under clock skew, and of a clock kept by NTP. They
 * pin the whole picture, byte for byte. When a change is meant, rewrite them with
 * `UPDATE_GOLDEN=1 npx vitest run src/render/spacetime/svg.test.ts`, look at them, and say why in the commit. A mismatch leaves `<name>-changed.svg` beside the golden
 * file to compare (git ignores those).
 */

import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SIGNAL_PRESETS, SIX_CAUSES } from '../../scenario/presets/index.ts';
import { presetScene, type PresetSceneOptions } from './preset-scene.ts';
import { sceneToSvg } from './svg.ts';

const file = (name: string) => fileURLToPath(new URL(`./golden/${name}.svg`, import.meta.url));

function expectGolden(name: string, svg: string): void {
  const golden = file(name);
  const changed = file(`${name}-changed`);
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(golden, svg);
    rmSync(changed, { force: true });
    return;
  }
  if (existsSync(golden) && readFileSync(golden, 'utf8') === svg) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, svg);
  expect.fail(
    `${name}: the drawing differs from ${golden}; the new one is in ${changed}. ` +
      'Compare them; if the change is meant, rerun with UPDATE_GOLDEN=1.',
  );
}

const cases: [string, string, PresetSceneOptions][] = SIX_CAUSES.flatMap((p) => [
  [`${p.id}-omniscient`, p.id, { view: 'omniscient' }],
  [`${p.id}-client`, p.id, { view: 'client' }],
]);
// The presets where the network answers (the silent ones look like the six causes). A longer
// window, so the last refusal of `process-crashed` (r5, at 1.03 s) is in it, with its words.
for (const p of SIGNAL_PRESETS.filter((p) => p.featured?.outcome !== 'timeout')) {
  for (const view of ['omniscient', 'client'] as const) {
    cases.push([`${p.id}-${view}`, p.id, { view, untilUs: 1_300_000 }]);
  }
}
for (const view of ['omniscient', 'client'] as const) {
  cases.push([
    `remote-paused-${view}-time-down`,
    'remote-paused',
    { view, orientation: 'time-down', widthPx: 380, heightPx: 620 },
  ]);
}

// A load balancer's health checks, crash notice and change of rotation (concepts.md C2), on a
// projector's width: server 2 off from 1,020 ms until the balancer takes it out (about 2.7 s);
// server 2's crash notice at 1,020 ms and its refused check at 1.5 s; and the notice on a phone.
const BALANCED = { widthPx: 1280, heightPx: 600, fromUs: 900_000 };
cases.push(
  ['load-balancer-omniscient', 'load-balancer', { ...BALANCED, untilUs: 2_900_000 }],
  ['crash-notice-omniscient', 'crash-notice', { ...BALANCED, untilUs: 1_600_000 }],
  [
    'crash-notice-omniscient-time-down',
    'crash-notice',
    { ...BALANCED, untilUs: 1_600_000, orientation: 'time-down', widthPx: 390, heightPx: 760 },
  ],
);

// A balancer's link monitor: a poll every 250 ms (four in view, from 750 ms); server 2 loses
// power at 1,020 ms, and the poll at 1,250 ms finds its link down and takes it out (r23 was lost
// meanwhile); the poll at 1.5 s still finds it down.
cases.push([
  'link-monitor-omniscient',
  'link-monitor',
  { ...BALANCED, fromUs: 700_000, untilUs: 1_600_000 },
]);

// A paused leader (concepts.md C3, G7): replica a pauses from 1 s to 4 s; b takes over with
// term 2 at about 2.56 s; a wakes at 4 s and its write with token 1 is taken after b's token-2
// writes (two leaders wrote), or refused (fenced). From 2.4 s the pause is still read (its band
// shows), the takeover and the wake-up both in view; and the fenced one on a phone.
const FAILOVER = { widthPx: 1280, heightPx: 600, fromUs: 2_400_000, untilUs: 4_400_000 };
cases.push(
  ['split-brain-omniscient', 'split-brain', FAILOVER],
  ['fencing-tokens-omniscient', 'fencing-tokens', FAILOVER],
  [
    'fencing-tokens-omniscient-time-down',
    'fencing-tokens',
    { ...FAILOVER, orientation: 'time-down', widthPx: 390, heightPx: 760 },
  ],
);

// Last write wins under skew (concepts.md F9): client b's clock is 50 ms behind, so each of its
// writes (r2, r4, r6), though 30 ms after a's, is stamped 20 ms earlier and dropped at the store;
// each write's stamp beside its arrow. Three rounds, so every drop has its words.
cases.push([
  'clock-skew-omniscient',
  'clock-skew',
  { widthPx: 1320, heightPx: 420, untilUs: 310_000 },
]);

// Clock sync (concepts.md F4): the client's clock starts 80 ms fast; its first answer, at about
// 22 ms, sets it back 80.9 ms, and the next (1.02 s) forward 1.8 ms (the round trip's two ways
// differed); the one at 2.02 s trims it by half a millisecond, marked without words.
cases.push([
  'clock-sync-omniscient',
  'clock-sync',
  { widthPx: 1280, heightPx: 360, untilUs: 2_200_000 },
]);

describe('golden space-time diagrams', () => {
  for (const [name, preset, options] of cases) {
    it(name, () => expectGolden(name, sceneToSvg(presetScene(preset, options))));
  }
});

describe('sceneToSvg', () => {
  it('is a standalone SVG file with a title and its fonts and colours written in', () => {
    const svg = sceneToSvg(presetScene('remote-paused'), 'dark');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>Space-time diagram of Remote paused: what really happened');
    expect(svg).toContain('font-family="system-ui');
    expect(svg).toContain('fill="#11151b"');
    expect(svg).not.toMatch(/var\(--|class="/);
  });

  it('emphasises one request and dims the others', () => {
    const svg = sceneToSvg(presetScene('remote-paused'), 'light', { emphasis: 'r3' });
    expect(svg).toMatch(/data-request="r3"[^>]*data-emphasis="on"/);
    expect(svg).toMatch(/data-request="r2"[^>]*data-emphasis="off" opacity="0.28"/);
  });
});
