/**
 * The six presets, one per cause of a timeout. Each breaks something just before the featured
 * request r3 leaves at 500 ms; r3 then times out at 600 ms for that cause and no other, on every
 * seed. Up to that moment the client sees exactly the same thing in all six.
 */

import { FEATURED_REQUEST, ms, threeNodeScenario, type Preset } from './base.ts';

const SERVER_LINK: [string, string] = ['switch', 'server'];

export const requestLost: Preset = {
  id: 'request-lost',
  scenario: threeNodeScenario(
    'Request lost',
    'Someone unplugs the cable between the switch and the server at 480 ms and plugs it back in at 700 ms. Request r3 reaches the switch and dies there: the server never hears of it.',
    [
      { atUs: ms(480), kind: 'cut', cable: SERVER_LINK },
      { atUs: ms(700), kind: 'restore', cable: SERVER_LINK },
    ],
  ),
  featured: { id: FEATURED_REQUEST, outcome: 'timeout', cause: 'request lost', processedCount: 0 },
};

export const requestQueued: Preset = {
  id: 'request-queued',
  scenario: threeNodeScenario(
    'Request queued',
    'From 400 ms to 560 ms extra work floods the server, one job every 2 ms, far more than its two workers can do. Request r3 waits in the queue behind some thirty jobs, and the server gets to it only after the client has given up.',
    [{ atUs: ms(400), kind: 'overload', node: 'server', intervalUs: ms(2), durationUs: ms(160) }],
  ),
  featured: {
    id: FEATURED_REQUEST,
    outcome: 'timeout',
    cause: 'request queued',
    processedAfterTimeout: true,
    lateResponse: true,
  },
};

export const remoteCrashed: Preset = {
  id: 'remote-crashed',
  scenario: threeNodeScenario(
    'Remote crashed',
    'The server machine loses power at 480 ms and is restarted at 900 ms, which takes 300 ms. Request r3 arrives at a dead machine: nothing answers, not even its operating system.',
    [
      { atUs: ms(480), kind: 'power-off', node: 'server' },
      { atUs: ms(900), kind: 'restart', node: 'server' },
    ],
  ),
  featured: {
    id: FEATURED_REQUEST,
    outcome: 'timeout',
    cause: 'remote crashed',
    processedCount: 0,
  },
};

export const remotePaused: Preset = {
  id: 'remote-paused',
  scenario: threeNodeScenario(
    'Remote paused',
    'The server process stops for 300 ms at 480 ms, as in a long garbage-collection pause. Request r3 waits in its buffers; when the process wakes at 780 ms it does the work and answers a client that stopped listening.',
    [{ atUs: ms(480), kind: 'pause', node: 'server', durationUs: ms(300) }],
  ),
  featured: {
    id: FEATURED_REQUEST,
    outcome: 'timeout',
    cause: 'remote paused',
    processedAfterTimeout: true,
    lateResponse: true,
  },
};

export const responseLost: Preset = {
  id: 'response-lost',
  scenario: threeNodeScenario(
    'Response lost',
    'From 480 ms to 700 ms the cable from the server towards the switch drops everything, while the other direction works. The server does r3 and answers, and the answer is lost.',
    [
      { atUs: ms(480), kind: 'cut', cable: SERVER_LINK, from: 'server' },
      { atUs: ms(700), kind: 'restore', cable: SERVER_LINK, from: 'server' },
    ],
  ),
  featured: { id: FEATURED_REQUEST, outcome: 'timeout', cause: 'response lost', processedCount: 1 },
};

export const responseDelayed: Preset = {
  id: 'response-delayed',
  scenario: threeNodeScenario(
    'Response delayed',
    'From 480 ms to 800 ms the path from the server back to the switch takes 300 ms instead of 5 ms. The server does r3 at once; its answer arrives more than 200 ms after the client gave up.',
    [
      { atUs: ms(480), kind: 'degrade', cable: SERVER_LINK, from: 'server', latencyUs: ms(300) },
      { atUs: ms(800), kind: 'restore', cable: SERVER_LINK, from: 'server' },
    ],
  ),
  featured: {
    id: FEATURED_REQUEST,
    outcome: 'timeout',
    cause: 'response delayed',
    processedCount: 1,
    lateResponse: true,
  },
};

export const SIX_CAUSES: readonly Preset[] = [
  requestLost,
  requestQueued,
  remoteCrashed,
  remotePaused,
  responseLost,
  responseDelayed,
];
