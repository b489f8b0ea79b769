/**
 * `npm run bench:render`: how fast the lab draws a stress scenario (200 nodes, about 5,000
 * messages on the wire) in headless Chromium, against a reference page that only draws 5,000
 * dots, in the same browser and the same run, interleaved, medians of several rounds.
 *
 * - script time per frame: the time spent in each animation-frame callback (the simulation
 *   step and the canvas drawing), p50 and p95; and all JavaScript per frame (CDP ScriptDuration);
 * - uncapped frames per second (Chromium without its frame-rate limit), lab / reference.
 * Targets: p95 script time at most 4 ms a frame; at least 0.8x the reference's frame rate.
 * It prints its figures and fails nothing on timing. No GPU here: fps are pessimistic.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import type { CDPSession, Page } from '@playwright/test';
import { withBenchBrowser } from './browser.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const MEASURE_MS = Number(process.env.BENCH_MEASURE_MS ?? 4000);
const PORT = 4190;

/** Counts frames and times every animation-frame callback, before the page's own scripts run. */
const INSTRUMENT = `
  window.__bench = { frames: 0, durations: [] };
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => raf((t) => {
    const start = performance.now();
    callback(t);
    window.__bench.durations.push(performance.now() - start);
  });
  const count = () => { window.__bench.frames++; raf(count); };
  raf(count);
`;

interface Measure {
  fps: number;
  p50Ms: number;
  p95Ms: number;
  scriptPerFrameMs: number;
}

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const median = (xs: number[]) => quantile(xs, 0.5);

async function measure(page: Page, path: string): Promise<Measure> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`http://127.0.0.1:${PORT}/${path}`);
  await page.waitForTimeout(1500);
  const scriptBefore = await scriptSeconds(cdp);
  const before = await page.evaluate(() => {
    const b = (window as unknown as { __bench: { frames: number; durations: number[] } }).__bench;
    b.durations.length = 0;
    return b.frames;
  });
  await page.waitForTimeout(MEASURE_MS);
  const after = await page.evaluate(
    () => (window as unknown as { __bench: { frames: number; durations: number[] } }).__bench,
  );
  const scriptAfter = await scriptSeconds(cdp);
  const frames = after.frames - before;
  // The reference registers one callback a frame; the lab has the counter and its own loop.
  const work = after.durations.filter((d) => d > 0.001);
  return {
    fps: frames / (MEASURE_MS / 1000),
    p50Ms: quantile(work, 0.5),
    p95Ms: quantile(work, 0.95),
    scriptPerFrameMs: ((scriptAfter - scriptBefore) * 1000) / Math.max(1, frames),
  };
}

async function scriptSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
}

async function main() {
  // Without the frame-rate limit and vsync, frame rates show headroom above 60.
  return withBenchBrowser(
    PORT,
    ['--disable-frame-rate-limit', '--disable-gpu-vsync'],
    async (browser) => {
      const results: { lab: Measure; reference: Measure }[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
        await page.addInitScript(INSTRUMENT);
        const lab = await measure(page, 'lab.html');
        const reference = await measure(page, 'reference.html');
        await page.close();
        results.push({ lab, reference });
        console.log(
          `  round ${round + 1}: lab ${lab.fps.toFixed(0)} fps, p95 ${lab.p95Ms.toFixed(2)} ms a frame; reference ${reference.fps.toFixed(0)} fps`,
        );
      }
      const pick = (f: (r: { lab: Measure; reference: Measure }) => number) =>
        median(results.map(f));
      const summary = {
        rounds: ROUNDS,
        labFps: pick((r) => r.lab.fps),
        referenceFps: pick((r) => r.reference.fps),
        fpsRatio: pick((r) => r.lab.fps / r.reference.fps),
        labFrameP50Ms: pick((r) => r.lab.p50Ms),
        labFrameP95Ms: pick((r) => r.lab.p95Ms),
        labScriptPerFrameMs: pick((r) => r.lab.scriptPerFrameMs),
        referenceScriptPerFrameMs: pick((r) => r.reference.scriptPerFrameMs),
      };
      console.log('');
      console.log(
        `lab frame callbacks:     p50 ${summary.labFrameP50Ms.toFixed(2)} ms, p95 ${summary.labFrameP95Ms.toFixed(2)} ms  (target p95 at most 4 ms) ${summary.labFrameP95Ms <= 4 ? 'met' : 'NOT MET'}`,
      );
      console.log(
        `all script per frame:    lab ${summary.labScriptPerFrameMs.toFixed(2)} ms, reference ${summary.referenceScriptPerFrameMs.toFixed(2)} ms`,
      );
      console.log(
        `uncapped frame rate:     lab ${summary.labFps.toFixed(0)} fps, reference ${summary.referenceFps.toFixed(0)} fps, ratio ${summary.fpsRatio.toFixed(2)}x  (target at least 0.8x) ${summary.fpsRatio >= 0.8 ? 'met' : 'NOT MET'}`,
      );
      mkdirSync('reports', { recursive: true });
      writeFileSync(
        'reports/bench-render.json',
        `${JSON.stringify({ ...summary, perRound: results }, null, 2)}\n`,
      );
    },
  );
}

await main();
