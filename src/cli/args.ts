/**
 * The command line's arguments:
 * `npm run sim -- <preset-id | scenario.json> [--seed N] [--until <duration>] [--json]`.
 */

import { parseDuration } from '../scenario/duration.ts';
import { SPECS } from '../scenario/limits.ts';

export interface CliArgs {
  target: string | null;
  seed: number | null;
  untilUs: number | null;
  json: boolean;
  help: boolean;
}

export type ArgsParse = { ok: true; args: CliArgs } | { ok: false; message: string };

export function parseArgs(argv: readonly string[]): ArgsParse {
  const args: CliArgs = { target: null, seed: null, untilUs: null, json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = (): string | null => inline ?? argv[++i] ?? null;
    if ((flag === '--json' || flag === '--help') && inline !== undefined) {
      return { ok: false, message: `${flag} takes no value; got ${arg.slice(0, 40)}` };
    }
    switch (flag) {
      case '--json':
        args.json = true;
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      case '--seed': {
        const text = value();
        const seed = text !== null && /^\d+$/.test(text) ? Number(text) : NaN;
        if (!Number.isSafeInteger(seed) || seed > SPECS.seed.max) {
          return {
            ok: false,
            message: `--seed needs a whole number from 0 to ${SPECS.seed.max}; got ${text ?? 'nothing'}`,
          };
        }
        args.seed = seed;
        break;
      }
      case '--until': {
        const text = value();
        if (text === null)
          return { ok: false, message: '--until needs a duration, like 2s or 1500ms' };
        const parsed = parseDuration(text);
        if (!parsed.ok) return { ok: false, message: `--until: ${parsed.message}` };
        args.untilUs = parsed.us;
        break;
      }
      default:
        if (arg.startsWith('-'))
          return { ok: false, message: `unknown option ${arg.slice(0, 40)}; try --help` };
        if (args.target !== null)
          return {
            ok: false,
            message: `one scenario at a time: got ${args.target} and ${arg.slice(0, 40)}`,
          };
        args.target = arg;
    }
  }
  return { ok: true, args };
}
