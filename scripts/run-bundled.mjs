// Runs a TypeScript benchmark as the browser runs the app: bundled (by esbuild) into one
// module, then executed by Node. Under tsx every import goes through a getter, which makes
// the simulation's hot paths look slower than they are and blurs ratios.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-bundled.mjs <entry.ts> [args…]');
  process.exit(2);
}
mkdirSync('reports', { recursive: true });
const outfile = `reports/${basename(entry, '.ts')}.bundle.mjs`;
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile,
  // Playwright and Node's own modules stay outside the bundle.
  packages: 'external',
  logLevel: 'warning',
});
// --expose-gc lets a benchmark start each measured run from a collected heap.
const run = spawnSync(process.execPath, ['--expose-gc', outfile, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
