import { FEATURED_REQUEST, ms, threeNodeScenario, type Preset } from './base.ts';

export const healthy: Preset = {
  id: 'healthy',
  scenario: {
    ...threeNodeScenario(
      'Healthy',
      'Nothing is broken. The client sends a request every 250 ms, each crosses the switch to the server and back in about 30 ms, and every response arrives long before the 100 ms timeout. It runs for a minute: time enough to break something and watch.',
      [],
    ),
    durationUs: ms(60_000),
  },
  featured: { id: FEATURED_REQUEST, outcome: 'ok', processedCount: 1 },
};
