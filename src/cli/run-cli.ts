/**
 * The command line, as a function of its arguments and a file reader, so it can be tested
 * without a process. `scripts/sim.ts` connects it to the terminal.
 */

import { formatMs } from '../scenario/duration.ts';
import { LIMITS } from '../scenario/limits.ts';
import { findPreset, PRESETS } from '../scenario/presets/index.ts';
import type { Scenario } from '../scenario/types.ts';
import { formatProblem } from '../scenario/checker.ts';
import { parseScenario } from '../scenario/validate.ts';
import { createSimulation, results, type Simulation } from '../sim/index.ts';
import { parseArgs } from './args.ts';
import { formatCounts, formatTable } from './format-table.ts';

export interface CliIo {
  /** The file's text; throws when it cannot be read. */
  readFile(path: string): string;
}

export interface CliOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** No run may take the terminal hostage: past this many events it stops and says so. */
export const MAX_EVENTS = 20_000_000;

const USAGE = [
  'usage: npm run sim -- <preset-id | scenario.json> [--seed N] [--until <duration>] [--json]',
  `presets: ${PRESETS.map((p) => p.id).join(', ')}`,
].join('\n');

const fail = (message: string): CliOutput => ({
  stdout: '',
  stderr: `${oneLine(message)}\n`,
  exitCode: 1,
});

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, '; ');

function load(target: string, io: CliIo): { scenario: Scenario; warnings: string[] } | string {
  const preset = findPreset(target);
  if (preset) return { scenario: preset.scenario, warnings: [] };
  if (!/\.json$/i.test(target) && !target.includes('/')) {
    // Name the nearest presets, not all of them: the list grows, and the line must stay short.
    const near = PRESETS.map((p) => p.id)
      .filter((id) => id.startsWith(target.slice(0, 3).toLowerCase()))
      .slice(0, 4);
    const hint = near.length > 0 ? `did you mean ${near.join(', ')}? ` : '';
    return `no preset called "${target.slice(0, 40)}" and not a .json file; ${hint}run with no arguments for the list`;
  }
  let text: string;
  try {
    text = io.readFile(target);
  } catch (e) {
    const code = (e as { code?: string }).code;
    return code === 'ENOENT'
      ? `${target}: no such file`
      : `${target}: cannot be read (${code ?? 'error'})`;
  }
  const parsed = parseScenario(text);
  const messages = parsed.problems
    .filter((p) => p.level === (parsed.ok ? 'warning' : 'error'))
    .map(formatProblem);
  if (!parsed.ok)
    return `${target}: ${messages.length} problem${messages.length > 1 ? 's' : ''}: ${messages.join('; ')}`;
  return { scenario: parsed.scenario, warnings: messages.map((m) => `${target}: warning: ${m}`) };
}

/** Say when a run hit one of the bounds that keep it from taking the terminal hostage. */
function limitsReached(sim: Simulation, events: number, untilUs: number): string[] {
  const reached: string[] = [];
  if (sim.state.requests.length >= LIMITS.requests) {
    reached.push(
      `stopped starting new requests at ${LIMITS.requests.toLocaleString('en-US')}, the limit of a run`,
    );
  }
  if (events >= MAX_EVENTS && (sim.nextEventUs() ?? Infinity) <= untilUs) {
    reached.push(
      `stopped after ${MAX_EVENTS.toLocaleString('en-US')} events at ${formatMs(sim.nowUs)}`,
    );
  }
  return reached;
}

export function runCli(argv: readonly string[], io: CliIo): CliOutput {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return fail(parsed.message);
  const { args } = parsed;
  if (args.help) return { stdout: `${USAGE}\n`, stderr: '', exitCode: 0 };
  if (args.target === null) return fail(`no scenario given; ${USAGE}`);
  const loaded = load(args.target, io);
  if (typeof loaded === 'string') return fail(loaded);
  const { scenario, warnings } = loaded;
  const sim = createSimulation(scenario, args.seed === null ? {} : { seed: args.seed });
  const untilUs = args.untilUs ?? sim.endUs;
  const events = sim.runUntil(untilUs, MAX_EVENTS);
  warnings.push(...limitsReached(sim, events, untilUs));
  const { requests, counts } = results(sim);
  const stderr = warnings.map((w) => `${oneLine(w)}\n`).join('');
  if (args.json) {
    const out = {
      scenario: scenario.name,
      seed: sim.seed,
      untilUs: sim.nowUs,
      events: sim.state.eventsProcessed,
      requests,
      counts,
    };
    return { stdout: `${JSON.stringify(out, null, 2)}\n`, stderr, exitCode: 0 };
  }
  const heading = `${scenario.name} · seed ${sim.seed} · ran to ${formatMs(sim.nowUs)} (${sim.state.eventsProcessed.toLocaleString('en-US')} events)`;
  return {
    stdout: `${heading}\n\n${formatTable(requests)}\n\n${formatCounts(counts)}\n`,
    stderr,
    exitCode: 0,
  };
}
