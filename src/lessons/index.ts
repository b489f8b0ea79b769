/** Every lesson, in the order of the course (the seed's sections). */

import { afterTheTimeout } from './after-the-timeout.ts';
import { choosingATimeout } from './choosing-a-timeout.ts';
import { whereDelayComesFrom } from './where-delay-comes-from.ts';
import { unreliableClocks } from './unreliable-clocks.ts';
import { detectingFaults } from './detecting-faults.ts';
import { failover } from './failover.ts';
import { partialFailure } from './partial-failure.ts';
import { reliableFromUnreliable } from './reliable-from-unreliable.ts';
import { sixWays } from './six-ways.ts';
import { supercomputers } from './supercomputers.ts';
import type { Lesson } from './types.ts';

export type { Lesson, LessonStep, Prediction } from './types.ts';

export const LESSONS: readonly Lesson[] = [
  partialFailure,
  sixWays,
  afterTheTimeout,
  reliableFromUnreliable,
  detectingFaults,
  failover,
  choosingATimeout,
  whereDelayComesFrom,
  unreliableClocks,
  supercomputers,
];

export const findLesson = (id: string): Lesson | undefined => LESSONS.find((l) => l.id === id);
