// The one command that runs every test: typecheck, lint, format, unit and property tests,
// build, end-to-end. It carries on past a failure so that one run reports everything, and
// its last line is always `N passed, N failed` so CI (and people) can read the verdict.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium, NO_CHROMIUM_MESSAGE } from './find-chromium.mjs';

// Without a browser the end-to-end tests cannot run at all: say so before spending minutes
// on the other stages.
const chromium = findChromium();
if (!chromium) {
  console.log(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}

mkdirSync('reports', { recursive: true });
const UNIT_JSON = 'reports/unit.json';
const E2E_JSON = 'reports/e2e.json';

/** Reads a JSON report, or null when the tool died before writing one. */
function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** Test counts from Vitest's JSON report. */
function unitCounts() {
  const report = readJson(UNIT_JSON);
  return report && { passed: report.numPassedTests, failed: report.numFailedTests };
}

/** Test counts from Playwright's JSON report; a flaky test passed on retry. */
function e2eCounts() {
  const stats = readJson(E2E_JSON)?.stats;
  return stats && { passed: stats.expected + stats.flaky, failed: stats.unexpected };
}

const STAGES = [
  { name: 'typecheck', cmd: ['tsc', '-b'] },
  { name: 'lint', cmd: ['eslint', '.', '--max-warnings=0'] },
  { name: 'format', cmd: ['prettier', '--check', '.'] },
  {
    name: 'unit',
    cmd: [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${UNIT_JSON}`,
    ],
    report: UNIT_JSON,
    counts: unitCounts,
  },
  { name: 'build', cmd: ['vite', 'build'] },
  {
    name: 'e2e',
    cmd: ['playwright', 'test'],
    report: E2E_JSON,
    counts: e2eCounts,
    // Playwright serves dist/: after a failed build it would test a stale page, or none.
    needs: 'build',
  },
];

const results = [];
for (const stage of STAGES) {
  console.log(`\n▶ ${stage.name}: npx ${stage.cmd.join(' ')}`);
  const dependency = stage.needs && results.find((r) => r.name === stage.needs);
  if (dependency && !dependency.ok) {
    console.log(`✗ ${stage.name}: skipped because ${stage.needs} failed`);
    results.push({
      name: stage.name,
      ok: false,
      passed: 0,
      failed: 1,
      seconds: 0,
      note: 'skipped',
    });
    continue;
  }
  // A stale report from an earlier run must not be counted as this run's result.
  if (stage.report) rmSync(stage.report, { force: true });
  const start = performance.now();
  const run = spawnSync('npx', stage.cmd, { stdio: 'inherit' });
  const seconds = (performance.now() - start) / 1000;
  const ok = run.status === 0;
  let { passed, failed } =
    stage.counts?.() ?? (ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
  // A runner can fail with every test passing (no test files, an unhandled error, a crash
  // after the report): the stage still failed, so count it.
  if (!ok && failed === 0) failed = 1;
  const note = stage.counts ? `${passed} passed, ${failed} failed` : '';
  results.push({ name: stage.name, ok, passed, failed, seconds, note });
  console.log(
    `${ok ? '✓' : '✗'} ${stage.name}: ${ok ? 'passed' : 'FAILED'} in ${seconds.toFixed(1)} s`,
  );
}

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);

console.log('\nStage       Result   Time      Tests');
for (const r of results) {
  const status = r.ok ? 'ok' : 'FAILED';
  const time = `${r.seconds.toFixed(1)} s`;
  console.log(`${r.name.padEnd(12)}${status.padEnd(9)}${time.padStart(7)}   ${r.note}`);
}
console.log(
  `Browser: ${chromium.source === 'system' ? chromium.executablePath : "Playwright's Chromium"}`,
);
// The very last line: CI reads it.
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
