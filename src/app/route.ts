/**
 * Which page a fragment opens. The lab reads every fragment that names none of the others
 * (a preset, a scenario link), so old links keep opening the lab.
 *
 *   #lesson=<id>&step=<n>[&lecture=1]   a lesson's step (n counts from 1)
 *   #six[&lecture=1]                   the six worlds side by side
 *   #quiz[&lecture=1]                  "Which of the six?"
 *   #hpc[&nodes=N&mtbf=Y&tau=M&delta=M&restart=M]  supercomputers and the cloud
 *   #switching[&load=N&circuits=N&seed=N]  packets and circuits
 */

export type Route =
  | { page: 'lab' }
  | { page: 'lesson'; lesson: string; step: number; lecture: boolean }
  | { page: 'six'; lecture: boolean }
  | { page: 'quiz'; lecture: boolean }
  | { page: 'hpc' }
  | { page: 'switching' };

export function routeOf(hash: string): Route {
  const params = new URLSearchParams(hash.replace(/^#/, '').slice(0, 2000));
  const lecture = params.get('lecture') === '1';
  const lesson = params.get('lesson');
  if (lesson !== null) {
    const step = Number(params.get('step') ?? '1');
    return {
      page: 'lesson',
      lesson,
      step: Number.isSafeInteger(step) && step >= 1 ? step : 1,
      lecture,
    };
  }
  if (params.has('six')) return { page: 'six', lecture };
  if (params.has('quiz')) return { page: 'quiz', lecture };
  if (params.has('hpc')) return { page: 'hpc' };
  if (params.has('switching')) return { page: 'switching' };
  return { page: 'lab' };
}

export function hashOf(route: Route): string {
  const lecture = 'lecture' in route && route.lecture ? '&lecture=1' : '';
  switch (route.page) {
    case 'lesson':
      return `#lesson=${encodeURIComponent(route.lesson)}&step=${route.step}${lecture}`;
    case 'six':
      return `#six${lecture}`;
    case 'quiz':
      return `#quiz${lecture}`;
    case 'hpc':
      return '#hpc';
    case 'switching':
      return '#switching';
    default:
      return '#';
  }
}
