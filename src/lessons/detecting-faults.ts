import { ms, preset, R3_TIMEOUT_US } from './build.ts';
import type { Lesson } from './types.ts';

/** The seed's "Detecting faults": the signals that sometimes come, and the silence that is usual. */
export const detectingFaults: Lesson = {
  id: 'detecting-faults',
  title: 'Detecting faults',
  summary: 'Sometimes the network tells you something failed. Usually it does not.',
  steps: [
    {
      id: 'connection-refused',
      title: 'A crashed process, on a machine that is up',
      text: [
        'The server process crashed at 519 ms, but its machine and operating system are still running. The world is the same as before, with a router between the client and the switch.',
        'Request r4 leaves at 750 ms. The client will give up on it at 850 ms if nothing comes.',
      ],
      scenario: preset('process-crashed'),
      atUs: ms(740),
      revealed: false,
      predict: {
        question: 'What will the client get for r4?',
        choices: ['A timeout at 850 ms', 'connection refused, within a round trip', 'A response'],
        answer: 1,
        explain:
          'No process listens on the port, so the server’s operating system answers at once with an RST: connection refused, about 30 ms after sending instead of 100 ms of waiting.',
      },
      claims: [{ kind: 'request', request: 'r4', at: 'end', outcome: 'connection refused' }],
    },
    {
      id: 'connection-reset',
      title: 'Crashed in the middle: was the work done?',
      text: [
        'r3 was being served when the process died. Its operating system closed r3’s connection with an RST too, and the client saw connection reset.',
        'A reset says the connection broke, not how far the server got. Here the truth panel shows the work was not done; a server that had written to its database just before crashing would send the same RST.',
      ],
      scenario: preset('process-crashed'),
      atUs: ms(560),
      revealed: false,
      stage: 'spacetime',
      predict: {
        question: 'From what the client saw, was r3’s work done?',
        choices: ['Yes', 'No', 'The client cannot tell'],
        answer: 2,
        lucky: 1,
        explain:
          'The client cannot tell. In this run the work was not done, but the RST would look the same if it had been: only a response from the application proves the work was done.',
      },
      claims: [
        {
          kind: 'request',
          request: 'r3',
          at: 'moment',
          outcome: 'connection reset',
          processedCount: 0,
        },
      ],
    },
    {
      id: 'host-unreachable',
      title: 'A router that knows',
      text: [
        'Now the cable between the router and the switch is cut at 480 ms. The router sees its own link go down.',
        'When r3 comes, the router drops it and answers with ICMP destination unreachable: host unreachable, within a round trip to the router. Routers have no special knowledge, though: they only know about their own links.',
      ],
      scenario: preset('host-unreachable'),
      atUs: ms(540),
      revealed: true,
      stage: 'spacetime',
      tryIt:
        'Cut the cable between the switch and the server instead, and see what the router says.',
      claims: [
        {
          kind: 'request',
          request: 'r3',
          at: 'moment',
          outcome: 'host unreachable',
          cause: 'request lost',
        },
      ],
    },
    {
      id: 'machine-off',
      title: 'A machine that is off says nothing',
      text: [
        'This time the whole server machine loses power at 480 ms. There is no operating system left to send an RST, and the router’s link is still up.',
      ],
      scenario: preset('machine-off'),
      atUs: ms(500),
      revealed: false,
      predict: {
        question: 'What will the client get for r3?',
        choices: ['connection refused', 'host unreachable', 'Only its own timeout'],
        answer: 2,
        explain:
          'Silence, then the timeout at 600 ms. A machine without power, a hung kernel and a paused process all look like this from outside: nothing comes back at all.',
      },
      claims: [
        {
          kind: 'request',
          request: 'r3',
          at: 'end',
          outcome: 'timeout',
          cause: 'remote crashed',
        },
      ],
    },
    {
      id: 'cut-beyond-router',
      title: 'A cut the router cannot see',
      text: [
        'The cable between the switch and the server is cut at 480 ms. The router’s links are fine and a switch tells nobody what it drops.',
        'So r3 dies at the switch in silence, and the client learns only from its timeout at 600 ms.',
      ],
      scenario: preset('cut-beyond-router'),
      atUs: R3_TIMEOUT_US,
      revealed: true,
      stage: 'spacetime',
      claims: [
        { kind: 'request', request: 'r3', at: 'moment', outcome: 'timeout', cause: 'request lost' },
      ],
    },
    {
      id: 'out-of-rotation',
      title: 'A load balancer must notice on its own',
      text: [
        'A load balancer spreads requests over three servers. Server 2 lost power at 1,020 ms, but nothing told the balancer: it checks each server’s health every 500 ms and gives up on one after three failed checks in a row.',
        'Until then it kept sending server 2 every third request, and each of those timed out. Then server 2 left rotation and everything succeeded on the other two.',
      ],
      scenario: preset('load-balancer'),
      atUs: ms(2900),
      revealed: true,
      stage: 'spacetime',
      tryIt: 'Select the balancer to see what it believes about each server.',
      claims: [
        { kind: 'request', request: 'r23', at: 'end', outcome: 'timeout', cause: 'remote crashed' },
        { kind: 'request', request: 'r59', at: 'end', outcome: 'ok' },
      ],
    },
    {
      id: 'crash-notice',
      title: 'A script that tells',
      text: [
        'Now server 2’s process crashes, and a small script on its machine, which outlives the process, tells the balancer at once.',
        'Server 2 leaves rotation within milliseconds, and r23 goes to server 3 instead. The script helps only when the machine is still up to run it.',
      ],
      scenario: preset('crash-notice'),
      atUs: ms(1200),
      revealed: true,
      claims: [{ kind: 'request', request: 'r23', at: 'end', outcome: 'ok' }],
    },
    {
      id: 'link-monitor',
      title: 'Asking the switches',
      text: [
        'Back to the power loss, but now the balancer also polls the switches’ management interfaces every 250 ms. A machine without power drops its link, and the rack switch reports the port down.',
        'Server 2 leaves rotation at the next poll, and r29 succeeds on another server. A crashed process, a hung one or a slow one all keep their link up: this only sees the hardware, and only where you can reach the switches.',
      ],
      scenario: preset('link-monitor'),
      atUs: ms(1500),
      revealed: true,
      claims: [
        { kind: 'request', request: 'r23', at: 'end', outcome: 'timeout' },
        { kind: 'request', request: 'r29', at: 'end', outcome: 'ok' },
      ],
    },
    {
      id: 'gray-failure',
      title: 'Slow, but healthy',
      text: [
        'From 1 s server 2 is swamped with work: requests wait seconds in its queue. Its health check is answered at once by a thread of its own.',
      ],
      scenario: preset('gray-failure'),
      atUs: ms(3000),
      revealed: false,
      predict: {
        question: 'Will the balancer take server 2 out of rotation?',
        choices: [
          'Yes, after three failed checks',
          'No: its checks keep passing',
          'Only when the client complains',
        ],
        answer: 1,
        explain:
          'Its checks pass, so it stays in rotation while every third request times out: a gray failure, alive to the detector and broken to the users. A deep check, served in the queue like a request, would catch it.',
      },
      claims: [
        { kind: 'request', request: 'r80', at: 'end', outcome: 'timeout', cause: 'request queued' },
      ],
    },
    {
      id: 'what-proves-done',
      title: 'Question: what proves the work was done?',
      text: [
        'An RST, an ICMP message and a timeout each say something went wrong, and each can come while the work was done or not.',
      ],
      scenario: preset('process-crashed'),
      atUs: ms(560),
      revealed: true,
      predict: {
        question: 'Which of these proves that the server did r3’s work?',
        choices: [
          'No RST came back',
          'A response from the application',
          'The network said nothing',
        ],
        answer: 1,
        explain:
          'Only a positive answer from the application itself. Silence proves nothing, and even an acknowledgement from the server’s operating system only says the bytes arrived, not that the work was done.',
      },
      claims: [{ kind: 'request', request: 'r3', at: 'end', processedCount: 0 }],
    },
  ],
};
