/**
 * `npm run bench:seek`: seeking in a run of about a million events of the 200-node datacenter,
 * in Node and in headless Chromium: p50, p95 and max against re-simulating from the seed in
 * the same run, and what the snapshots cost in time and memory. Medians over rounds. Targets:
 * p95 at most 16 ms, max at most 100 ms, overhead at most 10%, at least 20x faster than
 * re-simulating. It prints its figures and fails nothing on timing.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { withBenchBrowser } from './browser.ts';
import { measureSeeks, type SeekFigures } from './seek-core.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PORT = 4192;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

function summarize(where: string, rounds: SeekFigures[]) {
  const m = (f: (r: SeekFigures) => number) => median(rounds.map(f));
  const s = {
    where,
    events: rounds[0]!.events,
    snapshots: rounds[0]!.snapshots,
    snapshotMB: rounds[0]!.snapshotBytes / 1e6,
    overhead: m((r) => r.overhead),
    snapshotShare: m((r) => r.snapshotShare),
    seekP50Ms: m((r) => r.seekP50Ms),
    seekP95Ms: m((r) => r.seekP95Ms),
    seekMaxMs: m((r) => r.seekMaxMs),
    resimP50Ms: m((r) => r.resimP50Ms),
    speedup: m((r) => r.speedup),
    correct: `${rounds.reduce((n, r) => n + r.matched, 0)}/${rounds.reduce((n, r) => n + r.checked, 0)}`,
  };
  const ok = (met: boolean) => (met ? 'met' : 'NOT MET');
  console.log(
    `\n${where}: ${s.events.toLocaleString('en-US')} events, ${s.snapshots} snapshots, about ${s.snapshotMB.toFixed(1)} MB`,
  );
  console.log(
    `  seek:            p50 ${s.seekP50Ms.toFixed(2)} ms, p95 ${s.seekP95Ms.toFixed(2)} ms (target 16) ${ok(s.seekP95Ms <= 16)}, max ${s.seekMaxMs.toFixed(1)} ms (target 100) ${ok(s.seekMaxMs <= 100)}`,
  );
  console.log(
    `  re-simulating:   p50 ${s.resimP50Ms.toFixed(1)} ms; seeking is ${s.speedup.toFixed(0)}x faster (target 20x) ${ok(s.speedup >= 20)}`,
  );
  console.log(
    `  snapshot cost:   ${(100 * s.snapshotShare).toFixed(1)}% of the run spent taking snapshots (target at most 10%) ${ok(s.snapshotShare <= 0.1)}; a whole run with them took ${(100 * s.overhead).toFixed(1)}% longer than one without (noisy)`,
  );
  console.log(`  seeks equal to a straight run: ${s.correct}`);
  return s;
}

async function inChromium(): Promise<SeekFigures[]> {
  // gc() between measured runs, as in Node (see seek-core.ts).
  return withBenchBrowser(PORT, ['--js-flags=--expose-gc'], async (browser) => {
    const rounds: SeekFigures[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${PORT}/seek.html`);
      const figures = await page.waitForFunction(
        () => (window as unknown as { __seek?: unknown }).__seek,
        null,
        { timeout: 300_000 },
      );
      rounds.push((await figures.jsonValue()) as SeekFigures);
      await page.close();
    }
    return rounds;
  });
}

console.log(`Faultline seek benchmark: ${ROUNDS} rounds, medians`);
const node: SeekFigures[] = [];
for (let i = 0; i < ROUNDS; i++) node.push(measureSeeks(() => performance.now()));
const summary = {
  node: summarize(`Node ${process.version}`, node),
  chromium: summarize('Chromium', await inChromium()),
};
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench-seek.json', `${JSON.stringify(summary, null, 2)}\n`);
