/**
 * Reading a link's fragment, whoever wrote it. Nothing in it is ever run or inserted as HTML:
 * the scenario goes through the same validation as a file, and every problem becomes one clear
 * sentence while the default scenario opens. It never throws and never hangs: the fragment's
 * length is checked first and inflating stops at the largest scenario there can be.
 */

import { LIMITS, SPECS } from '../scenario/limits.ts';
import { DEFAULT_PRESET_ID, findPreset } from '../scenario/presets/index.ts';
import { validateScenario } from '../scenario/validate.ts';
import { InflateError, inflateText } from './deflate.ts';
import {
  DEFAULT_VIEW,
  MAX_FRAGMENT_CHARS,
  STAGE_VIEWS,
  type LinkState,
  type LinkView,
} from './link-state.ts';
import { migrate } from './migrate.ts';
import { expandKeys } from './short-keys.ts';

export interface LinkReading {
  state: LinkState;
  /** What to tell the user: why the link did not open, or what was changed to open it. */
  notice: string | null;
}

const defaultState = (view: LinkView = DEFAULT_VIEW): LinkState => {
  const preset = findPreset(DEFAULT_PRESET_ID)!;
  return { ...view, scenario: preset.scenario, presetId: preset.id };
};

const failed = (why: string, view?: LinkView): LinkReading => ({
  state: defaultState(view),
  notice: `This link did not open: ${why}. Showing the healthy network instead.`,
});

export async function readLink(fragment: string): Promise<LinkReading> {
  try {
    return await readOrFail(fragment.replace(/^#/, ''));
  } catch {
    return failed('it could not be read');
  }
}

async function readOrFail(fragment: string): Promise<LinkReading> {
  if (fragment.length > MAX_FRAGMENT_CHARS) {
    return failed(
      `it is ${fragment.length.toLocaleString('en-US')} characters long, and a Faultline link is at most ${MAX_FRAGMENT_CHARS.toLocaleString('en-US')}`,
    );
  }
  const params = new URLSearchParams(fragment);
  const { view, problems } = readView(params);
  const presetId = params.get('preset');
  const data = params.get('s');
  if (presetId !== null && data === null) {
    const preset = findPreset(presetId);
    if (!preset) return failed(`there is no preset called "${presetId.slice(0, 60)}"`, view);
    return {
      state: { ...view, scenario: preset.scenario, presetId: preset.id },
      notice: said(problems),
    };
  }
  if (data === null) return { state: defaultState(view), notice: said(problems) };
  const version = Number(params.get('v'));
  if (!Number.isSafeInteger(version) || version < 1) {
    return failed('it does not say which link format it is (v=)', view);
  }
  let text: string;
  try {
    text = await inflateText(data, LIMITS.jsonLength);
  } catch (e) {
    return failed(
      e instanceof InflateError ? `it is damaged: ${e.message}` : 'it is damaged',
      view,
    );
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return failed('it is damaged: its scenario is not valid JSON', view);
  }
  const migrated = migrate(version, payload);
  if (!migrated.ok) return failed(migrated.message, view);
  const result = validateScenario(expandKeys(migrated.payload));
  if (!result.ok) {
    const first = result.problems.find((p) => p.level === 'error')!;
    return failed(`its scenario has a problem: ${first.path || 'scenario'} ${first.message}`, view);
  }
  const warnings = result.problems.map((p) => `${p.path || 'scenario'} ${p.message}`);
  return {
    state: { ...view, scenario: result.scenario, presetId: null },
    notice: said([...warnings, ...problems]),
  };
}

function said(problems: string[]): string | null {
  if (problems.length === 0) return null;
  const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
  return `This link opened with changes: ${problems.slice(0, 3).join('; ')}${more}.`;
}

/** The view settings, each read on its own: a bad one is reported and left at its default. */
function readView(params: URLSearchParams): { view: LinkView; problems: string[] } {
  const problems: string[] = [];
  const view: LinkView = { ...DEFAULT_VIEW };
  const t = params.get('t');
  if (t !== null) {
    const atUs = Number(t);
    if (!Number.isFinite(atUs) || atUs < 0)
      problems.push('its time (t=) is not a time; opening at 0');
    else if (atUs > SPECS.atUs.max) {
      view.atUs = SPECS.atUs.max;
      problems.push('its time (t=) is beyond two hours; opening at two hours');
    } else view.atUs = Math.round(atUs);
  }
  const truth = params.get('truth');
  if (truth === '1' || truth === '0') view.revealed = truth === '1';
  else if (truth !== null) problems.push('truth= should be 1 or 0');
  const stage = params.get('view');
  const known = STAGE_VIEWS.find((v) => v === stage);
  if (known) view.stage = known;
  else if (stage !== null) problems.push('view= should be network, spacetime or round-trips');
  view.clientView = params.get('client') === '1';
  view.embed = params.get('embed') === '1';
  return { view, problems };
}
