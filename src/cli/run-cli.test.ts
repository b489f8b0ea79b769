import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runCli, type CliIo, type CliOutput } from './run-cli.ts';
import { FEATURED_REQUEST, PRESETS, SIX_CAUSES, findPreset } from '../scenario/presets/index.ts';
import { OUTCOMES } from '../sim/index.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

const CONTRACT_FIELDS = [
  'id',
  'client',
  'server',
  'sentAtUs',
  'outcome',
  'cause',
  'processedCount',
  'lateResponse',
] as const;

const COLUMNS = [
  'id',
  'client',
  'server',
  'sent',
  'outcome',
  'cause',
  'processed',
  'late response',
];

interface JsonRequest {
  id: string;
  client: string;
  server: string;
  sentAtUs: number;
  outcome: string;
  cause: string | null;
  processedCount: number;
  lateResponse: boolean;
}

interface JsonOutput {
  scenario: string;
  seed: number;
  untilUs: number;
  requests: JsonRequest[];
  counts: Record<string, unknown> & { requests: number; ok: number; timeout: number };
}

/** A file system of a few files; anything else is missing, as `readFileSync` says it. */
function fakeIo(files: Record<string, string> = {}): CliIo & { reads: string[] } {
  const map = new Map(Object.entries(files));
  const reads: string[] = [];
  return {
    reads,
    readFile(path: string): string {
      reads.push(path);
      const text = map.get(path);
      if (text === undefined) {
        const error = new Error(`ENOENT: no such file or directory, open '${path}'`) as Error & {
          code: string;
        };
        error.code = 'ENOENT';
        throw error;
      }
      return text;
    },
  };
}

const run = (argv: string[], files: Record<string, string> = {}): CliOutput =>
  runCli(argv, fakeIo(files));

function parseJson(out: CliOutput): JsonOutput {
  expect(out.exitCode).toBe(0);
  expect(out.stderr).toBe('');
  // Exactly one JSON value: JSON.parse refuses trailing text.
  const parsed: unknown = JSON.parse(out.stdout);
  expect(typeof parsed).toBe('object');
  expect(Array.isArray(parsed)).toBe(false);
  return parsed as JsonOutput;
}

const requestById = (out: JsonOutput, id: string): JsonRequest => {
  const found = out.requests.find((r) => r.id === id);
  expect(found, `request ${id}`).toBeDefined();
  return found!;
};

/** Bad input: non-zero, nothing on stdout, one line on stderr, no stack trace. */
function expectFailure(out: CliOutput): string {
  expect(out.exitCode).not.toBe(0);
  expect(out.stdout).toBe('');
  expect(out.stderr.endsWith('\n')).toBe(true);
  const text = out.stderr.slice(0, -1);
  expect(text.length).toBeGreaterThan(0);
  expect(text).not.toContain('\n');
  expect(text).not.toContain('    at ');
  expect(text).not.toContain('Error:');
  expect(text).not.toMatch(/\bat .*\.ts:\d+/);
  return text;
}

const scenarioFile = (change: (s: Record<string, unknown>) => void = () => {}): string => {
  const s = structuredClone(findPreset('healthy')!.scenario) as unknown as Record<string, unknown>;
  change(s);
  return JSON.stringify(s, null, 2);
};

describe('runCli: the six causes, as JSON', () => {
  it.each(SIX_CAUSES.map((p) => [p.id, p] as const))(
    '%s: one JSON object; r3 timed out for its cause',
    (id, preset) => {
      const out = parseJson(run([id, '--json']));
      expect(Array.isArray(out.requests)).toBe(true);
      expect(out.requests.length).toBeGreaterThan(3);
      for (const request of out.requests) {
        for (const field of CONTRACT_FIELDS) expect(request).toHaveProperty(field);
        expect(request.id).toMatch(/^r\d+$/);
        expect(request.client).toBe('client');
        expect(request.server).toBe('server');
        expect(Number.isInteger(request.sentAtUs)).toBe(true);
        expect(OUTCOMES).toContain(request.outcome);
        expect(Number.isInteger(request.processedCount)).toBe(true);
        expect(typeof request.lateResponse).toBe('boolean');
        if (request.outcome === 'ok') expect(request.cause).toBeNull();
        else expect(typeof request.cause).toBe('string');
      }
      expect(typeof out.counts).toBe('object');
      expect(out.counts).not.toBeNull();
      expect(out.counts.requests).toBe(out.requests.length);
      const r3 = requestById(out, FEATURED_REQUEST);
      const featured = preset.featured!;
      expect(r3.outcome).toBe('timeout');
      expect(r3.cause).toBe(featured.cause);
      expect(r3.sentAtUs).toBe(500_000);
      if (featured.processedCount !== undefined)
        expect(r3.processedCount).toBe(featured.processedCount);
      if (featured.lateResponse !== undefined) expect(r3.lateResponse).toBe(featured.lateResponse);
      expect(out.counts.timeout).toBeGreaterThanOrEqual(1);
      expect(out.scenario).toBe(preset.scenario.name);
      expect(out.seed).toBe(preset.scenario.seed);
    },
  );

  it('covers the six causes, each once', () => {
    expect(SIX_CAUSES.map((p) => p.id)).toEqual([
      'request-lost',
      'request-queued',
      'remote-crashed',
      'remote-paused',
      'response-lost',
      'response-delayed',
    ]);
    const causes = SIX_CAUSES.map(
      (p) => requestById(parseJson(run([p.id, '--json'])), FEATURED_REQUEST).cause,
    );
    expect(causes).toEqual([
      'request lost',
      'request queued',
      'remote crashed',
      'remote paused',
      'response lost',
      'response delayed',
    ]);
  });

  it('healthy: every request is ok, with no cause', () => {
    const out = parseJson(run(['healthy', '--json']));
    expect(out.requests.length).toBeGreaterThan(0);
    for (const r of out.requests) {
      expect(r.outcome).toBe('ok');
      expect(r.cause).toBeNull();
      expect(r.processedCount).toBe(1);
      expect(r.lateResponse).toBe(false);
    }
    expect(out.counts.ok).toBe(out.requests.length);
    expect(out.counts.timeout).toBe(0);
  });

  it('every preset runs and its flag order does not matter', () => {
    for (const preset of PRESETS) {
      const a = run([preset.id, '--json']);
      const b = run(['--json', preset.id]);
      expect(a.exitCode).toBe(0);
      expect(b).toEqual(a);
    }
  });
});

describe('runCli: the table', () => {
  it.each(SIX_CAUSES.map((p) => [p.id, p] as const))(
    '%s: a header row, one line per request, the cause on r3',
    (id, preset) => {
      const out = run([id]);
      expect(out.exitCode).toBe(0);
      expect(out.stderr).toBe('');
      const json = parseJson(run([id, '--json']));
      const lines = out.stdout.split('\n');
      const header = lines.findIndex((line) => /^id\s+client\s+server/.test(line));
      expect(header).toBeGreaterThanOrEqual(0);
      let at = 0;
      for (const column of COLUMNS) {
        const next = lines[header]!.indexOf(column, at);
        expect(next, `column ${column}`).toBeGreaterThanOrEqual(at);
        at = next + column.length;
      }
      const rows = lines.filter((line) => /^r\d+\s/.test(line));
      expect(rows).toHaveLength(json.requests.length);
      // The rows follow the header, one per request, in order.
      rows.forEach((row, i) => {
        expect(lines[header + 1 + i]).toBe(row);
        expect(row.split(/\s+/)[0]).toBe(json.requests[i]!.id);
      });
      const r3 = rows.find((line) => line.startsWith(`${FEATURED_REQUEST} `))!;
      expect(r3).toContain('timeout');
      expect(r3).toContain(preset.featured!.cause!);
      expect(r3).toContain('500.0 ms');
      expect(out.stdout).not.toContain('{');
    },
  );

  it('healthy: every row says ok and the cause column is empty', () => {
    const out = run(['healthy']);
    const rows = out.stdout.split('\n').filter((line) => /^r\d+\s/.test(line));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatch(/\sok\s+-\s+1\s+no$/);
    }
    expect(out.stdout).toContain(`${rows.length} requests: ${rows.length} ok, 0 timeout`);
  });

  it('says yes in the late response column when one arrived', () => {
    const out = run(['response-delayed']);
    const r3 = out.stdout.split('\n').find((line) => line.startsWith('r3 '))!;
    expect(r3).toMatch(/response delayed\s+1\s+yes$/);
  });
});

describe('runCli: options', () => {
  it('--seed changes the seed and is deterministic', () => {
    const first = run(['request-queued', '--json', '--seed', '7']);
    const second = run(['request-queued', '--json', '--seed', '7']);
    expect(second).toEqual(first);
    const out = parseJson(first);
    expect(out.seed).toBe(7);
    expect(parseJson(run(['request-queued', '--json'])).seed).toBe(1);
    // The featured cause holds on every seed.
    expect(requestById(out, FEATURED_REQUEST).cause).toBe('request queued');
    expect(parseJson(run(['request-queued', '--json', '--seed=7']))).toEqual(out);
  });

  it('--seed 0 and the largest safe seed are accepted', () => {
    expect(parseJson(run(['healthy', '--json', '--seed', '0'])).seed).toBe(0);
    const max = String(Number.MAX_SAFE_INTEGER);
    expect(parseJson(run(['healthy', '--json', '--seed', max])).seed).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('the table heading names the seed', () => {
    expect(run(['healthy', '--seed', '42']).stdout.split('\n')[0]).toContain('seed 42');
  });

  it('--until 550ms stops before r3 times out', () => {
    const out = parseJson(run(['response-lost', '--json', '--until', '550ms']));
    expect(out.untilUs).toBe(550_000);
    const r3 = requestById(out, FEATURED_REQUEST);
    expect(r3.outcome).toBe('pending');
    expect(r3.cause).toBeNull();
    expect(out.requests.every((r) => r.sentAtUs <= 550_000)).toBe(true);
    expect(out.counts.pending).toBe(1);
    const table = run(['response-lost', '--until', '550ms']);
    expect(table.stdout).toMatch(/^r3\s.*pending/m);
    expect(table.stdout).toContain('1 pending');
  });

  it('--until=2s works like --until 2s', () => {
    const a = parseJson(run(['remote-paused', '--json', '--until=2s']));
    const b = parseJson(run(['remote-paused', '--json', '--until', '2s']));
    expect(a).toEqual(b);
    expect(a.untilUs).toBe(2_000_000);
    expect(requestById(a, FEATURED_REQUEST).cause).toBe('remote paused');
  });

  it('without --until the run lasts the duration plus the settling time', () => {
    const out = parseJson(run(['request-lost', '--json']));
    expect(out.untilUs).toBe(2_100_000);
    expect(out.requests.every((r) => r.outcome !== 'pending')).toBe(true);
  });

  it('--help exits 0 with the usage and every preset', () => {
    for (const flag of ['--help', '-h']) {
      const out = run([flag]);
      expect(out.exitCode).toBe(0);
      expect(out.stderr).toBe('');
      expect(out.stdout).toContain('usage:');
      expect(out.stdout).toContain('--seed');
      expect(out.stdout).toContain('--until');
      expect(out.stdout).toContain('--json');
      for (const preset of PRESETS) expect(out.stdout).toContain(preset.id);
    }
    expect(run(['healthy', '--help']).stdout).toContain('usage:');
  });
});

describe('runCli: bad input', () => {
  it('an unknown preset', () => {
    const text = expectFailure(run(['response-lots']));
    expect(text).toContain('response-lots');
    expect(text).toContain('response-lost');
  });

  it('a missing file', () => {
    const io = fakeIo();
    const text = expectFailure(runCli(['missing.json'], io));
    expect(text).toContain('missing.json');
    expect(text).toContain('no such file');
    expect(io.reads).toEqual(['missing.json']);
  });

  it('a file that cannot be read for another reason', () => {
    const io: CliIo = {
      readFile() {
        throw Object.assign(new Error('EISDIR: illegal operation on a directory'), {
          code: 'EISDIR',
        });
      },
    };
    const text = expectFailure(runCli(['dir/'], io));
    expect(text).toContain('EISDIR');
  });

  it('a file of invalid JSON', () => {
    const text = expectFailure(
      run(['bad.json', '--json'], { 'bad.json': '{"version": 1,\n  nodes' }),
    );
    expect(text).toContain('bad.json');
    expect(text).toContain('not valid JSON');
  });

  it('an empty file', () => {
    expect(expectFailure(run(['empty.json'], { 'empty.json': '' }))).toContain('not valid JSON');
  });

  it('a file with an invalid scenario names the field', () => {
    const file = scenarioFile((s) => {
      (s.nodes as Record<string, unknown>[])[2]!.workers = 'many';
      (s.cables as Record<string, unknown>[])[0]!.b = 'ghost';
    });
    const text = expectFailure(run(['scenarios/bad.json'], { 'scenarios/bad.json': file }));
    expect(text).toContain('scenarios/bad.json');
    expect(text).toContain('nodes[2].workers');
    expect(text).toContain('cables[0].b');
    expect(text).toContain('"ghost"');
    expect(text).toContain('2 problems');
  });

  it('a scenario of a newer version', () => {
    const file = scenarioFile((s) => (s.version = 2));
    expect(expectFailure(run(['new.json'], { 'new.json': file }))).toContain('newer Faultline');
  });

  it.each([
    [['healthy', '--verbose'], '--verbose'],
    [['healthy', '--seed', '-1'], '-1'],
    [['healthy', '--seed=-1'], '-1'],
    [['healthy', '--seed', 'abc'], 'abc'],
    [['healthy', '--seed', '1.5'], '1.5'],
    [['healthy', '--seed', '9007199254740992'], '9007199254740992'],
    [['healthy', '--seed'], 'nothing'],
    [['healthy', '--until', '3x'], '3x'],
    [['healthy', '--until=-1s'], '-1s'],
    [['healthy', '--until'], 'duration'],
    [['healthy', 'request-lost'], 'one scenario at a time'],
    [[], 'no scenario'],
    [['--json'], 'no scenario'],
    [['-x', 'healthy'], '-x'],
  ])('%j fails with a one-line message', (argv, word) => {
    const text = expectFailure(run(argv));
    expect(text).toContain(word);
  });

  it('a message about a hostile argument stays one line and short', () => {
    const text = expectFailure(run([`evil\nname${'x'.repeat(10_000)}`]));
    expect(text.length).toBeLessThan(400);
  });
});

describe('runCli: scenario files', () => {
  it('a valid file runs like the preset it copies', () => {
    const fromFile = run(['copy.json', '--json'], { 'copy.json': scenarioFile() });
    expect(fromFile).toEqual(run(['healthy', '--json']));
  });

  it('a file with a clamped value runs and warns on stderr, naming the field', () => {
    const file = scenarioFile((s) => {
      (s.cables as Record<string, unknown>[])[1]!.lossPercent = 150;
    });
    const out = run(['lossy.json', '--json'], { 'lossy.json': file });
    expect(out.exitCode).toBe(0);
    const lines = out.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('lossy.json');
    expect(lines[0]).toContain('warning');
    expect(lines[0]).toContain('cables[1].lossPercent');
    expect(lines[0]).toContain('100 %');
    const json: unknown = JSON.parse(out.stdout);
    const requests = (json as JsonOutput).requests;
    expect(requests.length).toBeGreaterThan(0);
    // Everything is lost on a cable that drops every message.
    expect(requests.every((r) => r.outcome === 'timeout' && r.cause === 'request lost')).toBe(true);
  });

  it('a file of a minimal scenario gets its defaults and runs', () => {
    const minimal = JSON.stringify({
      version: 1,
      nodes: [
        { id: 'c', kind: 'client' },
        { id: 's', kind: 'server' },
      ],
      cables: [{ a: 'c', b: 's' }],
      workloads: [{ client: 'c', server: 's' }],
    });
    const out = parseJson(run(['./min.json', '--json'], { './min.json': minimal }));
    expect(out.scenario).toBe('Untitled scenario');
    expect(out.requests.length).toBe(20);
    expect(out.requests.every((r) => r.outcome === 'ok' && r.client === 'c')).toBe(true);
  });

  it('a preset id wins over a file of the same name; a path is read as a file', () => {
    const io = fakeIo({ './healthy': scenarioFile((s) => (s.name = 'From a file')) });
    expect(runCli(['healthy', '--json'], io).stdout).toContain('"Healthy"');
    expect(io.reads).toEqual([]);
    expect(runCli(['./healthy', '--json'], io).stdout).toContain('"From a file"');
  });
});

describe('the default run', () => {
  // It lasts until every scheduled action has happened and every request, including one the
  // last action sent, has had time to end.
  const file = JSON.stringify({
    version: 1,
    durationUs: 1_000_000,
    nodes: [
      { id: 'c', kind: 'client' },
      { id: 's', kind: 'server' },
    ],
    cables: [{ a: 'c', b: 's' }],
    workloads: [{ client: 'c', server: 's', mode: 'on-demand' }],
    schedule: [
      { atUs: 500_000, kind: 'send-request', client: 'c' },
      { atUs: 1_099_000, kind: 'send-request', client: 'c' },
      { atUs: 1_500_000, kind: 'send-request', client: 'c' },
    ],
  });

  it('applies actions scheduled after the duration and leaves no request pending', () => {
    const out = parseJson(run(['late.json', '--json'], { 'late.json': file }));
    // The last action at 1.5 s, plus the default 100 ms timeout.
    expect(out.untilUs).toBe(1_600_000);
    expect(out.requests.map((r) => r.outcome)).toEqual(['ok', 'ok', 'ok']);
  });
});

describe('scripts/sim.ts', () => {
  it('runs as the npm script does and prints the contract JSON', () => {
    const stdout = execFileSync('npx', ['tsx', 'scripts/sim.ts', 'response-lost', '--json'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 30_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = JSON.parse(stdout) as JsonOutput;
    expect(requestById(out, FEATURED_REQUEST).cause).toBe('response lost');
    expect(out.scenario).toBe('Response lost');
  }, 30_000);
});
