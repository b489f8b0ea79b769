import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseScenario, validateScenario, type ValidationResult } from './validate.ts';
import { validateAction } from './validate-action.ts';
import {
  DEFAULT_DURATION_US,
  DEFAULT_LINK,
  DEFAULT_SERVER,
  DEFAULT_WORKLOAD,
  LIMITS,
} from './limits.ts';
import { PRESETS, findPreset } from './presets/index.ts';
import type { Problem } from './checker.ts';
import type { Scenario, ServerNode } from './types.ts';
import { createSimulation } from '../sim/index.ts';

const SEED = Number(process.env.FC_SEED ?? 20_240_611);
const NUM_RUNS = 500;

const minimal = () => ({
  version: 1,
  nodes: [
    { id: 'c', kind: 'client' },
    { id: 's', kind: 'server' },
  ],
  cables: [{ a: 'c', b: 's' }],
  workloads: [{ client: 'c', server: 's' }],
});

type Raw = ReturnType<typeof minimal> & Record<string, unknown>;

/** The minimal scenario with some parts changed. */
const withParts = (change: (raw: Raw) => void): Raw => {
  const raw = minimal() as Raw;
  change(raw);
  return raw;
};

const clone = <T>(x: T): T => structuredClone(x);

const errors = (r: ValidationResult): Problem[] => r.problems.filter((p) => p.level === 'error');
function okScenario(r: ValidationResult): Scenario {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.problems)}`);
  return r.scenario;
}

/** The one problem at `path`, which must exist. */
function problemAt(r: ValidationResult, path: string, level?: Problem['level']): Problem {
  const found = r.problems.filter((p) => p.path === path && (!level || p.level === level));
  expect(found, `problems at ${path}: ${JSON.stringify(r.problems)}`).toHaveLength(1);
  return found[0]!;
}

const presetScenario = (id: string): Scenario => clone(findPreset(id)!.scenario);

/** The shape every result must have, whatever the input. */
function expectWellFormed(r: ValidationResult): void {
  expect(typeof r.ok).toBe('boolean');
  expect(Array.isArray(r.problems)).toBe(true);
  for (const p of r.problems) {
    expect(typeof p.path).toBe('string');
    expect(typeof p.message).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
    expect(['error', 'warning']).toContain(p.level);
    // Quoted input (a JSON string in the message) may say anything; the words around it may not.
    const ours = p.message.replace(/"(?:[^"\\]|\\.)*"/g, '""');
    expect(ours).not.toContain('[object Object]');
    expect(ours).not.toContain('undefined');
  }
  if (!r.ok) expect(r.problems.some((p) => p.level === 'error')).toBe(true);
  else {
    expect(r.problems.every((p) => p.level === 'warning')).toBe(true);
    expect(r.scenario.version).toBe(1);
  }
}

describe('validateScenario: presets', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))(
    'preset %s validates unchanged with no problems',
    (_id, preset) => {
      const input = clone(preset.scenario);
      const r = validateScenario(input);
      expect(r.problems).toEqual([]);
      expect(r.ok).toBe(true);
      expect(okScenario(r)).toEqual(preset.scenario);
      // The input itself is not changed.
      expect(input).toEqual(preset.scenario);
    },
  );

  it('a preset survives a JSON round trip through parseScenario', () => {
    for (const preset of PRESETS) {
      const r = parseScenario(JSON.stringify(preset.scenario));
      expect(r.problems).toEqual([]);
      expect(okScenario(r)).toEqual(preset.scenario);
    }
  });
});

describe('validateScenario: defaults', () => {
  it('fills every default of a minimal scenario, silently', () => {
    const r = validateScenario(minimal());
    expect(r.problems).toEqual([]);
    const s = okScenario(r);
    expect(s.version).toBe(1);
    expect(s.name).toBe('Untitled scenario');
    expect(s.description).toBe('');
    expect(s.seed).toBe(1);
    expect(s.durationUs).toBe(DEFAULT_DURATION_US);
    expect(s.schedule).toEqual([]);
    expect(s.nodes[0]).toEqual({ id: 'c', label: 'c', kind: 'client' });
    const server = s.nodes[1] as ServerNode;
    expect(server).toEqual({ id: 's', label: 's', kind: 'server', ...DEFAULT_SERVER });
    expect(server.workers).toBe(DEFAULT_SERVER.workers);
    expect(server.service).toEqual(DEFAULT_SERVER.service);
    expect(s.cables).toEqual([{ a: 'c', b: 's', ...DEFAULT_LINK }]);
    expect(s.cables[0]!.latencyUs).toBe(DEFAULT_LINK.latencyUs);
    expect(s.workloads).toEqual([{ client: 'c', server: 's', ...DEFAULT_WORKLOAD }]);
    expect(s.workloads[0]!.timeoutUs).toBe(DEFAULT_WORKLOAD.timeoutUs);
    expect(s.workloads[0]!.mode).toBe('interval');
  });

  it('a minimal scenario runs in the simulation', () => {
    const sim = createSimulation(okScenario(validateScenario(minimal())));
    sim.runUntil(sim.endUs);
    expect(sim.state.requests.length).toBeGreaterThan(0);
    expect(sim.state.requests.every((r) => r.status === 'ok')).toBe(true);
  });

  it('service times of each kind get their own defaults', () => {
    const r = validateScenario(
      withParts((raw) => {
        raw.nodes.push(
          { id: 's2', kind: 'server', service: { kind: 'constant' } } as never,
          { id: 's3', kind: 'server', service: { kind: 'exponential' } } as never,
          { id: 's4', kind: 'server', service: { kind: 'uniform', minUs: 5000 } } as never,
        );
      }),
    );
    const nodes = okScenario(r).nodes as ServerNode[];
    expect(nodes[2]!.service).toEqual({ kind: 'constant', us: 2000 });
    expect(nodes[3]!.service).toEqual({ kind: 'exponential', meanUs: 2000 });
    expect(nodes[4]!.service).toEqual({ kind: 'uniform', minUs: 5000, maxUs: 5000 });
  });

  it('a label that is only spaces falls back to the id, and labels are trimmed', () => {
    const r = validateScenario(
      withParts((raw) => {
        (raw.nodes[0] as Record<string, unknown>).label = '   ';
        (raw.nodes[1] as Record<string, unknown>).label = '  web  ';
      }),
    );
    const s = okScenario(r);
    expect(s.nodes[0]!.label).toBe('c');
    expect(s.nodes[1]!.label).toBe('web');
  });
});

describe('validateScenario: numbers out of range', () => {
  it('clamps a latency above its bound with a warning naming field, bound and unit', () => {
    const r = validateScenario(
      withParts((raw) => Object.assign(raw.cables[0]!, { latencyUs: 61e6 })),
    );
    const s = okScenario(r);
    expect(s.cables[0]!.latencyUs).toBe(60_000_000);
    const p = problemAt(r, 'cables[0].latencyUs', 'warning');
    expect(p.message).toContain('60,000,000 µs');
    expect(p.message).toContain('clamped');
    expect(p.message).toContain('61000000');
  });

  it('clamps below the minimum', () => {
    const r = validateScenario(
      withParts((raw) => {
        Object.assign(raw.nodes[1]!, { workers: 0 });
        Object.assign(raw.workloads[0]!, { intervalUs: 5 });
        raw.durationUs = 10;
      }),
    );
    const s = okScenario(r);
    expect((s.nodes[1] as ServerNode).workers).toBe(1);
    expect(s.workloads[0]!.intervalUs).toBe(100);
    expect(s.durationUs).toBe(1000);
    expect(problemAt(r, 'nodes[1].workers', 'warning').message).toMatch(/from 1 to 1,024/);
    expect(problemAt(r, 'workloads[0].intervalUs', 'warning').message).toContain('100 µs');
    expect(problemAt(r, 'durationUs', 'warning').message).toContain('1,000 µs');
    expect(errors(r)).toEqual([]);
  });

  it('clamps a percentage and names its unit', () => {
    const r = validateScenario(
      withParts((raw) => Object.assign(raw.cables[0]!, { lossPercent: 150 })),
    );
    expect(okScenario(r).cables[0]!.lossPercent).toBe(100);
    const p = problemAt(r, 'cables[0].lossPercent', 'warning');
    expect(p.message).toContain('100 %');
    expect(p.message).toContain('150');
  });

  it('rounds a non-integer where whole numbers are needed, with a warning', () => {
    const r = validateScenario(
      withParts((raw) => {
        Object.assign(raw.cables[0]!, { latencyUs: 1234.6 });
        Object.assign(raw.nodes[1]!, { workers: 2.4 });
      }),
    );
    const s = okScenario(r);
    expect(s.cables[0]!.latencyUs).toBe(1235);
    expect((s.nodes[1] as ServerNode).workers).toBe(2);
    expect(problemAt(r, 'cables[0].latencyUs', 'warning').message).toMatch(/whole number.*1235/);
    expect(problemAt(r, 'nodes[1].workers', 'warning').message).toMatch(/rounded to 2/);
  });

  it('keeps fractions where fractions are allowed', () => {
    const r = validateScenario(
      withParts((raw) => Object.assign(raw.cables[0]!, { lossPercent: 2.5, bandwidthMbps: 0.5 })),
    );
    expect(r.problems).toEqual([]);
    expect(okScenario(r).cables[0]!.lossPercent).toBe(2.5);
    expect(okScenario(r).cables[0]!.bandwidthMbps).toBe(0.5);
  });

  it('clamps huge and infinite numbers', () => {
    const r = validateScenario(
      withParts((raw) => {
        Object.assign(raw.cables[0]!, {
          latencyUs: 1e308,
          jitterUs: -1e308,
          bandwidthMbps: Infinity,
          queueCapacity: -Infinity,
        });
        raw.seed = 1e308;
      }),
    );
    const s = okScenario(r);
    expect(s.cables[0]).toMatchObject({
      latencyUs: 60_000_000,
      jitterUs: 0,
      bandwidthMbps: 1_000_000,
      queueCapacity: 1,
    });
    expect(s.seed).toBe(Number.MAX_SAFE_INTEGER);
    for (const key of ['latencyUs', 'jitterUs', 'bandwidthMbps', 'queueCapacity']) {
      expect(problemAt(r, `cables[0].${key}`, 'warning').message).toContain('clamped');
    }
    expect(problemAt(r, 'seed', 'warning').message).toContain('clamped');
    expect(() => createSimulation(s).runUntil(s.durationUs, 100_000)).not.toThrow();
  });

  it('NaN is an error, not a number', () => {
    const r = validateScenario(
      withParts((raw) => Object.assign(raw.workloads[0]!, { timeoutUs: NaN })),
    );
    expect(r.ok).toBe(false);
    const p = problemAt(r, 'workloads[0].timeoutUs', 'error');
    expect(p.message).toContain('NaN');
    expect(p.message).toContain('whole number');
  });

  it('negative zero is accepted as zero', () => {
    const r = parseScenario(
      JSON.stringify(withParts((raw) => Object.assign(raw.cables[0]!, { lossPercent: 0 }))).replace(
        '"lossPercent":0',
        '"lossPercent":-0',
      ),
    );
    expect(r.problems).toEqual([]);
    const s = okScenario(r);
    expect(s.cables[0]!.lossPercent === 0).toBe(true);
    const r2 = validateScenario(
      withParts((raw) => Object.assign(raw, { seed: -0, durationUs: 1e6 })),
    );
    expect(r2.problems).toEqual([]);
    expect(okScenario(r2).seed === 0).toBe(true);
    const sim = createSimulation(okScenario(r2));
    expect(() => sim.runUntil(sim.endUs)).not.toThrow();
  });

  it('a uniform service time whose max is below its min is an error', () => {
    const r = validateScenario(
      withParts((raw) =>
        Object.assign(raw.nodes[1]!, { service: { kind: 'uniform', minUs: 5000, maxUs: 1000 } }),
      ),
    );
    expect(r.ok).toBe(false);
    expect(problemAt(r, 'nodes[1].service.maxUs', 'error').message).toContain('minUs');
  });
});

describe('validateScenario: wrong types', () => {
  it('a word where a number belongs is an error with the path and the range', () => {
    const r = validateScenario(
      withParts((raw) => Object.assign(raw.nodes[1]!, { workers: 'many' })),
    );
    expect(r.ok).toBe(false);
    const p = problemAt(r, 'nodes[1].workers', 'error');
    expect(p.message).toContain('whole number');
    expect(p.message).toContain('1,024');
    expect(p.message).toContain('"many"');
  });

  it.each([
    ['name', 42, 'text'],
    ['description', ['x'], 'text'],
    ['seed', '7', 'whole number'],
    ['durationUs', true, 'number'],
    ['nodes', 'c,s', 'list'],
    ['cables', {}, 'list'],
    ['workloads', 5, 'list'],
    ['schedule', 'none', 'list'],
  ])('top-level %s = %j is an error naming the field', (key, value, word) => {
    const r = validateScenario(withParts((raw) => (raw[key] = value)));
    expect(r.ok).toBe(false);
    const p = problemAt(r, key, 'error');
    expect(p.message).toContain(word);
  });

  it('entries of the wrong kind are errors at their index', () => {
    const r = validateScenario({
      version: 1,
      nodes: ['c', null, { id: 'c', kind: 'client' }],
      cables: [42],
      workloads: [[]],
      schedule: [true],
    });
    expect(r.ok).toBe(false);
    expect(problemAt(r, 'nodes[0]').message).toContain('"c"');
    expect(problemAt(r, 'nodes[1]').message).toContain('null');
    expect(problemAt(r, 'cables[0]').message).toContain('42');
    expect(problemAt(r, 'workloads[0]').message).toContain('a list');
    expect(problemAt(r, 'schedule[0]').message).toContain('got true');
  });

  it('other wrong types, field by field', () => {
    const r = validateScenario(
      withParts((raw) => {
        Object.assign(raw.nodes[0]!, { kind: 'hub', label: 5 });
        Object.assign(raw.nodes[1]!, { service: 'fast', x: 'left' });
        Object.assign(raw.workloads[0]!, { mode: 'burst', idempotencyKey: 'yes' });
      }),
    );
    expect(r.ok).toBe(false);
    expect(problemAt(r, 'nodes[0].kind').message).toMatch(
      /"client", "server", "switch", "router".*"hub"/,
    );
    expect(problemAt(r, 'nodes[1].service').message).toContain('"fast"');
    expect(problemAt(r, 'nodes[1].x').message).toContain('"left"');
    expect(problemAt(r, 'workloads[0].mode').message).toContain('"burst"');
    expect(problemAt(r, 'workloads[0].idempotencyKey').message).toContain('true or false');
  });

  it('a missing or malformed node id is an error', () => {
    for (const id of ['', 'has space', '-leading', 'x'.repeat(41), 7, '__proto__']) {
      const r = validateScenario({ version: 1, nodes: [{ id, kind: 'client' }] });
      expect(r.ok, JSON.stringify(id)).toBe(false);
      expect(problemAt(r, 'nodes[0].id', 'error').message).toContain('letters, digits');
    }
  });

  it('a node without a kind is an error', () => {
    const r = validateScenario({ version: 1, nodes: [{ id: 'a' }] });
    expect(problemAt(r, 'nodes[0].kind', 'error').message).toContain('missing');
  });

  it('a scenario that is not an object is an error', () => {
    for (const input of [null, undefined, 5, 'x', [], true]) {
      const r = validateScenario(input);
      expect(r.ok).toBe(false);
      expect(problemAt(r, '', 'error').message).toContain('JSON object');
    }
  });

  it('a scenario without nodes is an error', () => {
    const r = validateScenario({ version: 1 });
    expect(r.ok).toBe(false);
    expect(problemAt(r, 'nodes', 'error').message).toContain('missing');
  });
});

describe('validateScenario: references', () => {
  it('a cable to an unknown node names the id', () => {
    const r = validateScenario(withParts((raw) => raw.cables.push({ a: 'c', b: 'ghost' })));
    expect(r.ok).toBe(false);
    expect(problemAt(r, 'cables[1].b', 'error').message).toContain('"ghost"');
  });

  it('a workload with unknown or wrong-kind ends names the id', () => {
    const r = validateScenario(
      withParts((raw) => raw.workloads.push({ client: 'nobody', server: 'c' })),
    );
    expect(r.ok).toBe(false);
    expect(problemAt(r, 'workloads[1].client', 'error').message).toContain('"nobody"');
    expect(problemAt(r, 'workloads[1].server', 'error').message).toMatch(
      /server or load balancer node.*"c"/,
    );
  });

  it('schedule actions naming unknown nodes or cables name the id', () => {
    const r = validateScenario(
      withParts((raw) => {
        raw.schedule = [
          { atUs: 1, kind: 'crash', node: 'ghost' },
          { atUs: 1, kind: 'cut', cable: ['c', 'phantom'] },
          { atUs: 1, kind: 'send-request', client: 'nobody' },
        ];
      }),
    );
    expect(r.ok).toBe(false);
    expect(problemAt(r, 'schedule[0].node', 'error').message).toContain('"ghost"');
    expect(problemAt(r, 'schedule[1].cable', 'error').message).toContain('"phantom"');
    expect(problemAt(r, 'schedule[2].client', 'error').message).toContain('"nobody"');
  });

  it('duplicate ids and duplicate labels are errors', () => {
    const dupId = validateScenario(withParts((raw) => raw.nodes.push({ id: 's', kind: 'switch' })));
    expect(dupId.ok).toBe(false);
    expect(problemAt(dupId, 'nodes[2].id', 'error').message).toContain('"s"');
    const dupLabel = validateScenario(
      withParts((raw) => raw.nodes.push({ id: 'x', kind: 'switch', label: 'c' } as never)),
    );
    expect(dupLabel.ok).toBe(false);
    expect(problemAt(dupLabel, 'nodes[2].label', 'error').message).toContain('"c"');
  });

  it('a cable joining a node to itself is an error', () => {
    const r = validateScenario(withParts((raw) => raw.cables.push({ a: 's', b: 's' })));
    expect(r.ok).toBe(false);
    expect(problemAt(r, 'cables[1]', 'error').message).toMatch(/"s".*itself/);
  });

  it('a second cable between the same nodes, either way round, is an error', () => {
    for (const dup of [
      { a: 'c', b: 's' },
      { a: 's', b: 'c' },
    ]) {
      const r = validateScenario(withParts((raw) => raw.cables.push(dup)));
      expect(r.ok).toBe(false);
      expect(problemAt(r, 'cables[1]', 'error').message).toContain('another cable');
    }
  });

  it('a `from` that is not an end of the cable is an error', () => {
    const s = presetScenario('healthy');
    const r = validateScenario({
      ...s,
      schedule: [{ atUs: 1, kind: 'cut', cable: ['switch', 'server'], from: 'client' }],
    });
    expect(r.ok).toBe(false);
    const p = problemAt(r, 'schedule[0].from', 'error');
    expect(p.message).toContain('"client"');
    expect(p.message).toContain('"switch"');
  });

  it('node actions on the wrong kind of node are errors', () => {
    const s = presetScenario('healthy');
    const r = validateScenario({
      ...s,
      schedule: [
        { atUs: 1, kind: 'pause', node: 'switch' },
        { atUs: 1, kind: 'crash', node: 'client' },
        { atUs: 1, kind: 'overload', node: 'switch', intervalUs: 1000 },
        { atUs: 1, kind: 'send-request', client: 'server' },
        { atUs: 1, kind: 'power-off', node: 'client' },
      ],
    });
    expect(r.ok).toBe(false);
    expect(problemAt(r, 'schedule[0].node').message).toMatch(/pause.*server.*"switch" is a switch/);
    expect(problemAt(r, 'schedule[1].node').message).toMatch(/crash.*"client" is a client/);
    expect(problemAt(r, 'schedule[2].node').message).toContain('"switch"');
    expect(problemAt(r, 'schedule[3].client').message).toContain('"server"');
    expect(problemAt(r, 'schedule[4].node').message).toMatch(/server or a switch/);
  });

  it('power-off and restart may apply to a switch', () => {
    const s = presetScenario('healthy');
    const r = validateScenario({
      ...s,
      schedule: [
        { atUs: 100_000, kind: 'power-off', node: 'switch' },
        { atUs: 300_000, kind: 'restart', node: 'switch' },
      ],
    });
    expect(r.problems).toEqual([]);
    const sim = createSimulation(okScenario(r));
    expect(() => sim.runUntil(sim.endUs)).not.toThrow();
  });

  it('degrade with no parameter is an error', () => {
    const s = presetScenario('healthy');
    const r = validateScenario({
      ...s,
      schedule: [{ atUs: 1, kind: 'degrade', cable: ['switch', 'server'] }],
    });
    expect(r.ok).toBe(false);
    expect(problemAt(r, 'schedule[0]', 'error').message).toContain('at least one of');
  });

  it('an action without atUs is an error; an unknown kind too', () => {
    const s = presetScenario('healthy');
    const r = validateScenario({
      ...s,
      schedule: [
        { kind: 'crash', node: 'server' },
        { atUs: 1, kind: 'explode', node: 'server' },
        { atUs: 1 },
      ],
    });
    expect(r.ok).toBe(false);
    expect(problemAt(r, 'schedule[0].atUs', 'error').message).toContain('missing');
    expect(problemAt(r, 'schedule[1].kind', 'error').message).toContain('"explode"');
    expect(problemAt(r, 'schedule[2].kind', 'error').message).toContain('missing');
  });

  it('a workload with no path between client and server is a warning, not an error', () => {
    const r = validateScenario(withParts((raw) => (raw.cables = [])));
    expect(r.ok).toBe(true);
    const p = problemAt(r, 'workloads[0]', 'warning');
    expect(p.message).toContain('"c"');
    expect(p.message).toContain('"s"');
    expect(p.message).toContain('no path');
  });

  it('a path through a client does not count as a path', () => {
    const r = validateScenario({
      version: 1,
      nodes: [
        { id: 'c', kind: 'client' },
        { id: 'mid', kind: 'client' },
        { id: 's', kind: 'server' },
      ],
      cables: [
        { a: 'c', b: 'mid' },
        { a: 'mid', b: 's' },
      ],
      workloads: [{ client: 'c', server: 's' }],
    });
    expect(r.ok).toBe(true);
    expect(problemAt(r, 'workloads[0]', 'warning').message).toContain('no path');
  });

  it('node ids that are names of Object.prototype members work end to end', () => {
    const r = validateScenario({
      version: 1,
      durationUs: 1_000_000,
      nodes: [
        { id: 'constructor', kind: 'client' },
        { id: 'hasOwnProperty', kind: 'switch' },
        { id: 'toString', kind: 'server' },
      ],
      cables: [
        { a: 'constructor', b: 'hasOwnProperty' },
        { a: 'hasOwnProperty', b: 'toString' },
      ],
      workloads: [{ client: 'constructor', server: 'toString' }],
      schedule: [{ atUs: 10, kind: 'crash', node: 'toString' }],
    });
    expect(r.problems).toEqual([]);
    const sim = createSimulation(okScenario(r));
    expect(() => sim.runUntil(sim.endUs)).not.toThrow();
    expect(sim.state.requests.length).toBeGreaterThan(0);
  });
});

describe('validateScenario: version', () => {
  it('a missing version is a warning and the scenario is read as version 1', () => {
    const raw: Record<string, unknown> = minimal();
    delete raw.version;
    const r = validateScenario(raw);
    expect(r.ok).toBe(true);
    expect(okScenario(r).version).toBe(1);
    expect(problemAt(r, 'version', 'warning').message).toContain('missing');
  });

  it('version 2 is an error mentioning a newer Faultline', () => {
    const r = validateScenario({ ...minimal(), version: 2 });
    expect(r.ok).toBe(false);
    expect(problemAt(r, 'version', 'error').message).toContain('newer Faultline');
  });

  it.each([0, -1, '1', 1.5, null, [1]])('version %j is an error', (version) => {
    const r = validateScenario({ ...minimal(), version });
    expect(r.ok).toBe(false);
    expect(problemAt(r, 'version', 'error').message).toContain('whole number');
  });
});

describe('validateScenario: sizes', () => {
  it('more than LIMITS.nodes nodes are cut to the limit with one warning', () => {
    const nodes = Array.from({ length: LIMITS.nodes + 1 }, (_, i) => ({
      id: `n${i}`,
      kind: 'switch',
    }));
    const r = validateScenario({ version: 1, nodes });
    expect(r.ok).toBe(true);
    expect(okScenario(r).nodes).toHaveLength(LIMITS.nodes);
    expect(r.problems).toHaveLength(1);
    const p = problemAt(r, 'nodes', 'warning');
    expect(p.message).toContain(String(LIMITS.nodes + 1));
    expect(p.message).toContain(String(LIMITS.nodes));
  });

  it('long names and labels are shortened with a warning', () => {
    const r = validateScenario(
      withParts((raw) => {
        raw.name = 'n'.repeat(LIMITS.nameLength + 5);
        raw.description = 'd'.repeat(LIMITS.descriptionLength + 1);
        Object.assign(raw.nodes[0]!, { label: 'L'.repeat(1000) });
      }),
    );
    const s = okScenario(r);
    expect(s.name).toHaveLength(LIMITS.nameLength);
    expect(s.description).toHaveLength(LIMITS.descriptionLength);
    expect(s.nodes[0]!.label).toHaveLength(LIMITS.labelLength);
    expect(problemAt(r, 'name', 'warning').message).toContain(String(LIMITS.nameLength));
    expect(problemAt(r, 'nodes[0].label', 'warning').message).toContain(String(LIMITS.labelLength));
    problemAt(r, 'description', 'warning');
  });

  it('a huge string value is described briefly in a message', () => {
    const r = validateScenario(
      withParts((raw) => Object.assign(raw.nodes[1]!, { workers: 'w'.repeat(100_000) })),
    );
    const p = problemAt(r, 'nodes[1].workers', 'error');
    expect(p.message.length).toBeLessThan(200);
  });
});

describe('validateScenario: hostile input', () => {
  it('HTML in labels and names is kept as plain text, not stripped or run', () => {
    const html = '<img src=x onerror=alert(1)>';
    const script = '<script>alert(1)</script>';
    const r = validateScenario(
      withParts((raw) => {
        raw.name = script;
        Object.assign(raw.nodes[0]!, { label: html });
        Object.assign(raw.nodes[1]!, { label: script });
      }),
    );
    expect(r.problems).toEqual([]);
    const s = okScenario(r);
    expect(s.name).toBe(script);
    expect(s.nodes[0]!.label).toBe(html);
    expect(s.nodes[1]!.label).toBe(script);
  });

  it('an HTML label longer than the limit is shortened', () => {
    const long = `<img src=x onerror="${'a'.repeat(200)}">`;
    const r = validateScenario(withParts((raw) => Object.assign(raw.nodes[0]!, { label: long })));
    expect(okScenario(r).nodes[0]!.label).toBe(long.slice(0, LIMITS.labelLength));
  });

  it('__proto__ and constructor keys do not pollute Object.prototype', () => {
    const text = `{
      "__proto__": {"polluted": 1},
      "constructor": {"prototype": {"polluted": 2}},
      "version": 1,
      "nodes": [
        {"id": "c", "kind": "client", "__proto__": {"polluted": 3, "kind": "server"}},
        {"id": "s", "kind": "server", "service": {"__proto__": {"polluted": 4}, "kind": "constant", "us": 5}}
      ],
      "cables": [{"a": "c", "b": "s", "__proto__": {"polluted": 5, "latencyUs": 99}}],
      "workloads": [{"client": "c", "server": "s", "constructor": {"prototype": {"polluted": 6}}}],
      "schedule": [{"atUs": 5, "kind": "crash", "node": "s", "__proto__": {"polluted": 7}}]
    }`;
    const input: unknown = JSON.parse(text);
    const r = validateScenario(input);
    const viaParse = parseScenario(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect(r.problems).toEqual([]);
    const s = okScenario(r);
    expect(okScenario(viaParse)).toEqual(s);
    expect(Object.getPrototypeOf(s)).toBe(Object.prototype);
    expect(Object.keys(s)).not.toContain('__proto__');
    expect(s.nodes[0]!.kind).toBe('client');
    expect(s.cables[0]!.latencyUs).toBe(DEFAULT_LINK.latencyUs);
    expect(JSON.stringify(s)).not.toContain('polluted');
  });

  it('a node whose prototype carries fields does not lend them', () => {
    const proto = { id: 'c', kind: 'client' };
    const node = Object.create(proto) as object;
    const r = validateScenario({ version: 1, nodes: [node] });
    expect(r.ok).toBe(false);
    problemAt(r, 'nodes[0].id', 'error');
  });
});

describe('parseScenario', () => {
  it('invalid JSON is an error saying so', () => {
    const r = parseScenario('{"version": 1, nodes: []}');
    expect(r.ok).toBe(false);
    expect(problemAt(r, '', 'error').message).toContain('not valid JSON');
  });

  it('an empty string is an error', () => {
    const r = parseScenario('');
    expect(r.ok).toBe(false);
    expect(r.problems[0]!.message).toContain('not valid JSON');
  });

  it('JSON that is not an object is an error', () => {
    for (const text of ['null', '[]', '"scenario"', '42']) {
      const r = parseScenario(text);
      expect(r.ok).toBe(false);
      expect(problemAt(r, '', 'error').message).toContain('JSON object');
    }
  });

  it('text longer than LIMITS.jsonLength is refused before it is parsed', () => {
    // Built once: valid JSON of exactly the limit, padded with spaces.
    const base = JSON.stringify(minimal());
    const atLimit = base + ' '.repeat(LIMITS.jsonLength - base.length);
    expect(atLimit).toHaveLength(LIMITS.jsonLength);
    expect(parseScenario(atLimit).ok).toBe(true);
    // One more character: still valid JSON, so only the length can refuse it.
    for (const over of [`${atLimit} `, `${atLimit}{`]) {
      const start = performance.now();
      const r = parseScenario(over);
      const elapsed = performance.now() - start;
      expect(r.ok).toBe(false);
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]!.message).toContain('5,000,001');
      expect(r.problems[0]!.message).toContain('5,000,000');
      expect(r.problems[0]!.message).not.toContain('JSON (');
      expect(elapsed).toBeLessThan(1000);
    }
  });
});

describe('validateAction', () => {
  const scenario = presetScenario('healthy');

  it.each([
    [{ kind: 'cut', cable: ['switch', 'server'] }],
    [{ kind: 'cut', cable: ['server', 'switch'], from: 'server' }],
    [{ kind: 'restore', cable: ['client', 'switch'] }],
    [{ kind: 'degrade', cable: ['client', 'switch'], lossPercent: 50 }],
    [{ kind: 'pause', node: 'server', durationUs: 1000 }],
    [{ kind: 'pause', node: 'server' }],
    [{ kind: 'resume', node: 'server' }],
    [{ kind: 'crash', node: 'server' }],
    [{ kind: 'power-off', node: 'switch' }],
    [{ kind: 'restart', node: 'server' }],
    [{ kind: 'overload', node: 'server', intervalUs: 500 }],
    [{ kind: 'send-request', client: 'client' }],
  ])('accepts %j as is', (raw) => {
    const r = validateAction(scenario, raw);
    expect(r.problems).toEqual([]);
    expect(r.action).toEqual(raw);
  });

  it('drops fields that do not belong and clamps numbers with a warning', () => {
    const r = validateAction(scenario, {
      kind: 'pause',
      node: 'server',
      durationUs: 0,
      atUs: 5,
      extra: 'x',
    });
    expect(r.action).toEqual({ kind: 'pause', node: 'server', durationUs: 1 });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ path: 'action.durationUs', level: 'warning' });
  });

  it.each([
    [null, 'action', 'action object'],
    [{}, 'action.kind', 'missing'],
    [{ kind: 'nuke' }, 'action.kind', '"nuke"'],
    [{ kind: 'pause', node: 'switch' }, 'action.node', 'switch'],
    [{ kind: 'crash', node: 'nobody' }, 'action.node', '"nobody"'],
    [{ kind: 'crash', node: 42 }, 'action.node', '42'],
    [{ kind: 'cut', cable: ['client', 'server'] }, 'action.cable', 'no cable'],
    [{ kind: 'cut', cable: 'client-switch' }, 'action.cable', 'two node ids'],
    [{ kind: 'cut', cable: ['client', 'switch'], from: 'server' }, 'action.from', '"server"'],
    [{ kind: 'degrade', cable: ['client', 'switch'] }, 'action', 'at least one'],
    [
      { kind: 'degrade', cable: ['client', 'switch'], latencyUs: 'slow' },
      'action.latencyUs',
      '"slow"',
    ],
    [{ kind: 'send-request', client: 'server' }, 'action.client', '"server"'],
    [{ kind: 'overload', node: 'server' }, 'action.intervalUs', 'missing'],
  ])('rejects %j at %s', (raw, path, word) => {
    const r = validateAction(scenario, raw);
    expect(r.action).toBeNull();
    const errs = r.problems.filter((p) => p.level === 'error' && p.path === path);
    expect(errs, JSON.stringify(r.problems)).toHaveLength(1);
    expect(errs[0]!.message).toContain(word);
  });

  it('send-request from a client without a workload is an error', () => {
    const s = okScenario(
      validateScenario(withParts((raw) => raw.nodes.push({ id: 'lonely', kind: 'client' }))),
    );
    const r = validateAction(s, { kind: 'send-request', client: 'lonely' });
    expect(r.action).toBeNull();
    expect(r.problems[0]!.message).toContain('no workload');
  });

  it('a valid live action applies to a running simulation', () => {
    const sim = createSimulation(scenario);
    sim.runUntil(300_000);
    for (const raw of [
      { kind: 'degrade', cable: ['switch', 'server'], from: 'server', latencyUs: 200_000 },
      { kind: 'send-request', client: 'client' },
      { kind: 'pause', node: 'server', durationUs: 10_000 },
    ]) {
      const { action } = validateAction(scenario, raw);
      expect(action).not.toBeNull();
      expect(() => sim.apply(action!)).not.toThrow();
    }
    expect(() => sim.runUntil(sim.endUs)).not.toThrow();
  });
});

describe('missing references', () => {
  it('are described as missing ("got nothing"), never "undefined"', () => {
    const cases: [unknown, string][] = [
      [{ version: 1, nodes: [{ kind: 'client' }] }, 'nodes[0].id'],
      [withParts((raw) => raw.cables.push({ a: 'c' } as never)), 'cables[1].b'],
      [withParts((raw) => raw.workloads.push({ client: 'c' } as never)), 'workloads[1].server'],
      [withParts((raw) => (raw.schedule = [{ atUs: 1, kind: 'crash' }])), 'schedule[0].node'],
      [withParts((raw) => (raw.schedule = [{ atUs: 1, kind: 'cut' }])), 'schedule[0].cable'],
      [
        withParts((raw) => (raw.schedule = [{ atUs: 1, kind: 'send-request' }])),
        'schedule[0].client',
      ],
    ];
    for (const [input, path] of cases) {
      const message = problemAt(validateScenario(input), path, 'error').message;
      expect(message).toMatch(/got nothing$/);
      expect(message).not.toContain('undefined');
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Property tests.

const anyInput = fc.anything({
  withBoxedValues: true,
  withNullPrototype: true,
  withSparseArray: true,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withObjectString: true,
  maxDepth: 4,
});

/** Values that mean something to the validator, so mutations reach deep checks. */
const meaningful = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    'client',
    'server',
    'switch',
    'cut',
    'restore',
    'degrade',
    'pause',
    'resume',
    'crash',
    'power-off',
    'restart',
    'overload',
    'send-request',
    'interval',
    'poisson',
    'on-demand',
    'constant',
    'uniform',
    'exponential',
    ['switch', 'server'],
    ['client', 'switch'],
    ['client', 'server'],
    ['server', 'switch'],
    { kind: 'constant', us: 0 },
    { kind: 'exponential', meanUs: 1 },
    { kind: 'uniform', minUs: 0, maxUs: 60_000_000 },
    -0,
    0,
    1,
    10,
    100,
    1000,
    1e6,
    60e6,
    3.6e9,
    7.2e9,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER,
    true,
    false,
    null,
    [],
    {},
  ),
  fc.integer({ min: -10, max: 10_000_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const KEYS = {
  top: [
    'version',
    'name',
    'description',
    'seed',
    'durationUs',
    'nodes',
    'cables',
    'workloads',
    'schedule',
    'extra',
  ],
  nodes: [
    'id',
    'kind',
    'label',
    'x',
    'y',
    'workers',
    'queueCapacity',
    'service',
    'restartUs',
    '__proto__',
  ],
  cables: ['a', 'b', 'latencyUs', 'jitterUs', 'lossPercent', 'bandwidthMbps', 'queueCapacity'],
  workloads: [
    'client',
    'server',
    'mode',
    'intervalUs',
    'startUs',
    'count',
    'timeoutUs',
    'retries',
    'backoffUs',
    'backoffMultiplier',
    'idempotencyKey',
    'requestBytes',
    'responseBytes',
  ],
  schedule: [
    'atUs',
    'kind',
    'node',
    'client',
    'cable',
    'from',
    'durationUs',
    'intervalUs',
    'serviceUs',
    'queueCapacity',
    'latencyUs',
    'jitterUs',
    'lossPercent',
    'bandwidthMbps',
  ],
} as const;

type ListKey = 'nodes' | 'cables' | 'workloads' | 'schedule';

const mutation = fc.oneof(
  fc.record({
    where: fc.constant('top' as const),
    key: fc.constantFrom(...KEYS.top),
    value: meaningful,
  }),
  ...(['nodes', 'cables', 'workloads', 'schedule'] as const).map((list) =>
    fc.record({
      where: fc.constant(list),
      index: fc.nat({ max: 3 }),
      key: fc.constantFrom(...(KEYS[list] as readonly string[])),
      value: meaningful,
      remove: fc.boolean(),
    }),
  ),
);

type Mutation =
  | { where: 'top'; key: string; value: unknown }
  | { where: ListKey; index: number; key: string; value: unknown; remove: boolean };

function mutate(scenario: Scenario, m: Mutation): string {
  const raw = scenario as unknown as Record<string, unknown>;
  if (m.where === 'top') {
    raw[m.key] = structuredClone(m.value);
    return m.key;
  }
  const list = raw[m.where];
  if (!Array.isArray(list) || list.length === 0) return '(nothing)';
  const index = m.index % list.length;
  const entry: unknown = list[index];
  if (typeof entry !== 'object' || entry === null) return '(nothing)';
  const obj = entry as Record<string, unknown>;
  if (m.remove) delete obj[m.key];
  else
    Object.defineProperty(obj, m.key, {
      value: structuredClone(m.value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return `${m.where}[${index}].${m.key}`;
}

/** Warnings that describe a valid scenario rather than a correction of its form. */
/**
 * Warnings about what a valid scenario is, rather than what was corrected in it: they come back
 * each time it is validated (a node with no path, more requests than a run will start).
 */
const isUnreachable = (p: Problem): boolean =>
  p.level === 'warning' &&
  (p.message.includes('no path') || p.message.includes('a run stops starting new ones'));

describe(`validateScenario: property tests (seed ${SEED}, set FC_SEED to change)`, () => {
  it(`never throws on anything and answers in the same shape (seed ${SEED})`, () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        expectWellFormed(validateScenario(input));
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
  });

  it(`never throws on any JSON value, nor on objects shaped like a scenario (seed ${SEED})`, () => {
    const shaped = fc.record(
      {
        version: fc.oneof(fc.constant(1), fc.jsonValue()),
        nodes: fc.array(
          fc.record(
            {
              id: fc.oneof(fc.constantFrom('c', 's', 'w'), fc.jsonValue()),
              kind: fc.oneof(fc.constantFrom('client', 'server', 'switch'), fc.jsonValue()),
              label: fc.jsonValue(),
              workers: meaningful,
              service: meaningful,
            },
            { requiredKeys: [] },
          ),
          { maxLength: 4 },
        ),
        cables: fc.array(
          fc.record({ a: fc.constantFrom('c', 's', 'w', 'x'), b: fc.constantFrom('c', 's', 'w') }),
          { maxLength: 4 },
        ),
        workloads: fc.array(fc.jsonValue(), { maxLength: 2 }),
        schedule: fc.array(fc.jsonValue(), { maxLength: 2 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), shaped), (input) => {
        const r = validateScenario(input);
        expectWellFormed(r);
        // A JSON value reads the same after a round trip through text.
        const again = parseScenario(JSON.stringify(input) ?? 'null');
        expect(again.ok).toBe(r.ok);
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
  });

  it(`mutated presets: no throw, idempotent, and the simulation runs (seed ${SEED})`, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PRESETS.map((p) => p.id)),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (id, mutations) => {
          const scenario = presetScenario(id);
          mutations.forEach((m) => mutate(scenario, m as Mutation));
          let r!: ValidationResult;
          expect(() => (r = validateScenario(scenario))).not.toThrow();
          expectWellFormed(r);
          if (!r.ok) return;
          const once = r.scenario;
          const twice = validateScenario(clone(once));
          // Validating a validated scenario changes nothing and finds nothing new to correct.
          expect(twice.problems.filter((p) => !isUnreachable(p))).toEqual([]);
          expect(twice.problems).toEqual(r.problems.filter(isUnreachable));
          expect(okScenario(twice)).toEqual(once);
          // And through JSON, as a link or a file carries it.
          const viaJson = parseScenario(JSON.stringify(once));
          expect(okScenario(viaJson)).toEqual(JSON.parse(JSON.stringify(once)));
          // A valid scenario runs.
          const sim = createSimulation(once);
          expect(() => sim.runUntil(once.durationUs + 100_000, 200_000)).not.toThrow();
        },
      ),
      { seed: SEED, numRuns: NUM_RUNS },
    );
  }, 120_000);

  it(`parseScenario never throws on random text (seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => {
        const r = parseScenario(text);
        expectWellFormed(r);
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
  });

  it('every truncation of a preset is refused as not valid JSON', () => {
    for (const id of ['healthy', 'response-delayed', 'request-queued', 'retry-idempotent']) {
      const text = JSON.stringify(findPreset(id)!.scenario);
      expect(parseScenario(text).ok).toBe(true);
      for (let length = 0; length < text.length; length++) {
        const r = parseScenario(text.slice(0, length));
        expect(r.ok, `${id} cut to ${length}`).toBe(false);
        expect(r.problems).toHaveLength(1);
        expect(r.problems[0]!.message).toContain('not valid JSON');
        expect(r.problems[0]!.level).toBe('error');
      }
    }
  });
});

describe('the property-test helpers can fail', () => {
  it('expectWellFormed rejects a message that says undefined or [object Object]', () => {
    const bad = (message: string): ValidationResult => ({
      ok: false,
      problems: [{ path: 'x', message, level: 'error' }],
    });
    expect(() => expectWellFormed(bad('value undefined here'))).toThrow();
    expect(() => expectWellFormed(bad(`got ${String({})}`))).toThrow();
    expect(() => expectWellFormed(bad('got undefined'))).toThrow();
    expect(() => expectWellFormed({ ok: false, problems: [] })).toThrow();
  });

  it('mutate changes what it says it changes', () => {
    const s = presetScenario('healthy');
    expect(
      mutate(s, { where: 'nodes', index: 5, key: 'kind', value: 'client', remove: false }),
    ).toBe('nodes[2].kind');
    expect(s.nodes[2]!.kind).toBe('client');
    expect(validateScenario(s).ok).toBe(false);
  });
});
