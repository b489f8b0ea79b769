import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FC_SEED, scenarioArb } from '../testing/arbitrary-scenario.ts';
import { PRESETS } from '../scenario/presets/index.ts';
import { validateScenario } from '../scenario/validate.ts';
import { deflateText } from './deflate.ts';
import { DEFAULT_VIEW, STAGE_VIEWS, type LinkState } from './link-state.ts';
import { readLink } from './read-link.ts';
import { writeLink } from './write-link.ts';
import { KEY_CODES } from './short-keys.ts';
import { tenNodeScenario } from '../testing/ten-node.ts';

const RUNS = Number(process.env.FC_RUNS ?? 100);
const options = { seed: FC_SEED, numRuns: RUNS };

const viewArb = fc.record({
  atUs: fc.integer({ min: 0, max: 7_200_000_000 }),
  revealed: fc.constantFrom(null, true, false),
  stage: fc.constantFrom(...STAGE_VIEWS),
  clientView: fc.boolean(),
  embed: fc.boolean(),
});

describe(`links (fast-check seed ${FC_SEED}, ${RUNS} runs)`, () => {
  it('give back the scenario and the view they were written from', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, viewArb, async (scenario, view) => {
        const state: LinkState = { ...view, scenario, presetId: null };
        const { state: read, notice } = await readLink(await writeLink(state));
        expect(notice).toBeNull();
        expect(read).toEqual(state);
      }),
      options,
    );
  });

  it('never throw, whatever junk they hold, and always open a valid scenario', async () => {
    const junk = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc
        .base64String({ maxLength: 400 })
        .map((s) => `v=1&s=${s.replace(/\+/g, '-').replace(/\//g, '_')}`),
      fc.tuple(fc.integer({ min: -5, max: 1e6 }), fc.string()).map(([v, s]) => `v=${v}&s=${s}`),
    );
    await fc.assert(
      fc.asyncProperty(junk, async (fragment) => {
        const { state } = await readLink(fragment);
        expect(validateScenario(state.scenario).ok).toBe(true);
      }),
      options,
    );
  });

  it('survive any damage to a good link: a clear message or the same scenario', async () => {
    const good = await writeLink({ ...DEFAULT_VIEW, scenario: tenNodeScenario(), presetId: null });
    const damage = fc.oneof(
      fc.integer({ min: 0, max: good.length - 1 }).map((n) => good.slice(0, n)),
      fc
        .tuple(
          fc.integer({ min: 0, max: good.length - 1 }),
          fc.constantFrom('A', '_', '-', 'z', '%', '&'),
        )
        .map(([i, ch]) => good.slice(0, i) + ch + good.slice(i + 1)),
    );
    await fc.assert(
      fc.asyncProperty(damage, async (fragment) => {
        const { state, notice } = await readLink(fragment);
        expect(validateScenario(state.scenario).ok).toBe(true);
        if (state.presetId === 'healthy' && notice) expect(notice).toMatch(/^This link/);
      }),
      options,
    );
  });
});

describe('a link', () => {
  it('names an unchanged preset by its id', async () => {
    for (const preset of PRESETS) {
      const link = await writeLink({
        ...DEFAULT_VIEW,
        scenario: preset.scenario,
        presetId: preset.id,
      });
      expect(link).toBe(`preset=${preset.id}`);
      expect((await readLink(`#${link}`)).state.scenario).toEqual(preset.scenario);
    }
  });

  it('carries a changed preset whole', async () => {
    const preset = PRESETS[1]!;
    const scenario = { ...preset.scenario, seed: 99 };
    const link = await writeLink({ ...DEFAULT_VIEW, scenario, presetId: preset.id });
    expect(link).toMatch(/^v=1&s=/);
    expect((await readLink(link)).state.scenario).toEqual(scenario);
  });

  it('holds a ten-node scenario with ten faults in under 1,000 characters', async () => {
    const scenario = tenNodeScenario();
    expect(scenario.nodes).toHaveLength(10);
    expect(scenario.schedule).toHaveLength(10);
    const link = await writeLink({
      ...DEFAULT_VIEW,
      atUs: 2_500_000,
      revealed: true,
      scenario,
      presetId: null,
    });
    expect(link.length).toBeLessThan(1000);
  });
});

describe('the short field names of link format 1', () => {
  it('are all different, and none is also a field name', () => {
    const names = Object.keys(KEY_CODES);
    const codes = Object.values(KEY_CODES);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(names).not.toContain(code);
  });
});

describe('a hostile link shows a message and opens the healthy network', () => {
  const opensDefault = async (fragment: string, message: RegExp) => {
    const { state, notice } = await readLink(fragment);
    expect(state.presetId).toBe('healthy');
    expect(notice).toMatch(message);
  };

  it('when cut short or garbled', async () => {
    const good = await writeLink({ ...DEFAULT_VIEW, scenario: tenNodeScenario(), presetId: null });
    await opensDefault(good.slice(0, good.length - 40), /damaged/);
    await opensDefault('v=1&s=!!!!', /damaged: it holds characters/);
    await opensDefault('v=1&s=AAAA', /damaged/);
  });

  it('when its version is missing, wrong or from the future', async () => {
    const s = await deflateText('{}');
    await opensDefault(`s=${s}`, /does not say which link format/);
    await opensDefault(`v=abc&s=${s}`, /does not say which link format/);
    await opensDefault(`v=99&s=${s}`, /newer Faultline \(link format 99\)/);
  });

  it('when it is 10 MB long, without reading it', async () => {
    await opensDefault(`v=1&s=${'A'.repeat(10_000_000)}`, /10,000,00\d characters long/);
  });

  it('when it unpacks into more than the largest scenario', async () => {
    const bomb = await deflateText(' '.repeat(6_000_000));
    expect(bomb.length).toBeLessThan(20_000);
    await opensDefault(`v=1&s=${bomb}`, /unpacks to more than/);
  });

  it('when its scenario is not one', async () => {
    await opensDefault(`v=1&s=${await deflateText('[1,2]')}`, /its scenario has a problem/);
    await opensDefault(
      `v=1&s=${await deflateText('{"nodes": "x"}')}`,
      /its scenario has a problem/,
    );
  });

  it('when it names no preset there is', async () => {
    await opensDefault('preset=%3Cimg%20src%3Dx%3E', /no preset called "<img src=x>"/);
  });
});

describe('odd values in a link are clamped and said', () => {
  it('huge numbers', async () => {
    const scenario = { ...tenNodeScenario(), durationUs: 1e300 };
    const s = await deflateText(JSON.stringify(scenario));
    const { state, notice } = await readLink(`v=1&s=${s}&t=1e308`);
    expect(state.scenario.durationUs).toBe(3_600_000_000);
    expect(state.atUs).toBe(7_200_000_000);
    expect(notice).toMatch(/durationUs/);
    expect(notice).toMatch(/beyond two hours/);
  });

  it('labels holding markup stay text', async () => {
    const scenario = tenNodeScenario();
    scenario.nodes[0]!.label = '<script>alert(1)</script>';
    const { state } = await readLink(
      await writeLink({ ...DEFAULT_VIEW, scenario, presetId: null }),
    );
    expect(state.scenario.nodes[0]!.label).toBe('<script>alert(1)</script>');
  });
});
