/**
 * `npm run sim -- <preset-id | scenario.json> [--seed N] [--until <duration>] [--json]`:
 * runs a scenario headless. The work is in src/cli/run-cli.ts; this connects it to the terminal.
 */

import { readFileSync } from 'node:fs';
import { runCli } from '../src/cli/run-cli.ts';

try {
  const out = runCli(process.argv.slice(2), { readFile: (path) => readFileSync(path, 'utf8') });
  process.stdout.write(out.stdout);
  process.stderr.write(out.stderr);
  process.exitCode = out.exitCode;
} catch (e) {
  // A bug of ours, not bad input: still one line, never a stack trace.
  process.stderr.write(
    `faultline: internal error: ${e instanceof Error ? e.message : String(e)}\n`,
  );
  process.exitCode = 70;
}
