import { FEATURED_REQUEST, threeNodeScenario, type Preset } from './base.ts';

export const healthy: Preset = {
  id: 'healthy',
  scenario: threeNodeScenario(
    'Healthy',
    'Nothing is broken. The client sends a request every 250 ms, each crosses the switch to the server and back in about 30 ms, and every response arrives long before the 100 ms timeout.',
    [],
  ),
  featured: { id: FEATURED_REQUEST, outcome: 'ok', processedCount: 1 },
};
