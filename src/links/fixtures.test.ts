import { describe, expect, it } from 'vitest';
import fixtures from './fixtures/links.json' with { type: 'json' };
import { LINK_VERSION } from './link-state.ts';
import { readLink } from './read-link.ts';
import { validateScenario } from '../scenario/validate.ts';

/**
 * Links people shared, one or more of every format version ever written. They are never
 * regenerated: a change that breaks one breaks a link in someone's slides.
 */
describe('links of every format version keep opening', () => {
  it('has fixtures of every version', () => {
    const versions = new Set(fixtures.map((f) => f.version));
    for (let v = 0; v <= LINK_VERSION; v++) expect(versions).toContain(v);
  });

  for (const fixture of fixtures) {
    it(`format ${fixture.version}: ${fixture.about}`, async () => {
      const { state, notice } = await readLink(fixture.fragment);
      expect(notice).toBeNull();
      // The scenario as this version reads it: fields added since take their defaults, which
      // keep the run as it was (a new field's default is the old behaviour).
      const expected = validateScenario(fixture.scenario);
      expect(expected.ok).toBe(true);
      expect(state.scenario).toEqual(expected.ok && expected.scenario);
      expect(state.atUs).toBe(fixture.atUs);
      expect(state.revealed).toBe(fixture.revealed);
      expect(state.stage).toBe(fixture.stage);
      expect(state.embed).toBe(fixture.embed);
    });
  }
});
