/**
 * `npm run link-lengths`: how long the links are. For every preset, its short link and the
 * link of the same scenario written out whole (as it becomes once edited); then each committed
 * fixture; then the ten-node, ten-fault scenario, which must fit in 1,000 characters.
 */

import fixtures from '../src/links/fixtures/links.json' with { type: 'json' };
import { DEFAULT_VIEW } from '../src/links/link-state.ts';
import { writeLink } from '../src/links/write-link.ts';
import { PRESETS } from '../src/scenario/presets/index.ts';
import { tenNodeScenario } from '../src/testing/ten-node.ts';

const rows: [string, number, number | string][] = [];
for (const preset of PRESETS) {
  const short = await writeLink({
    ...DEFAULT_VIEW,
    scenario: preset.scenario,
    presetId: preset.id,
  });
  const whole = await writeLink({ ...DEFAULT_VIEW, scenario: preset.scenario, presetId: null });
  rows.push([`preset ${preset.id}`, short.length, whole.length]);
}
for (const f of fixtures)
  rows.push([`fixture v${f.version}: ${f.about}`, f.fragment.length - 1, '']);
const ten = await writeLink({
  ...DEFAULT_VIEW,
  scenario: tenNodeScenario(),
  presetId: null,
  atUs: 2_500_000,
  revealed: true,
});
rows.push(['ten nodes, ten faults (limit 1,000)', ten.length, '']);

const width = Math.max(...rows.map(([name]) => name.length));
console.log(`${'link'.padEnd(width)}  fragment  written whole`);
for (const [name, a, b] of rows)
  console.log(`${name.padEnd(width)}  ${String(a).padStart(8)}  ${String(b).padStart(13)}`);
