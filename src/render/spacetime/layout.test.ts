import { describe, expect, it } from 'vitest';
import { findPreset, SIX_CAUSES } from '../../scenario/presets/index.ts';
import { CAUSES, createSimulation } from '../../sim/index.ts';
import { presetScene, runPreset, sceneOf } from './preset-scene.ts';
import type { Scene } from './scene.ts';
import { isSignalKind } from './signal-words.ts';
import { sceneToSvg } from './svg.ts';

/** The timeout of the featured request r3 in every cause preset. */
const TIMEOUT_US = 600_000;

/** The picture without its title (which names the scenario). */
const picture = (scene: Scene) => sceneToSvg(scene).replace(/<title>.*<\/title>/, '');

describe('the client’s view', () => {
  it('is the same picture for the six causes, up to the timeout', () => {
    for (const preset of SIX_CAUSES) {
      // Retries would make the client see more; the cause presets have none.
      expect(preset.scenario.workloads.every((w) => w.retries === 0)).toBe(true);
    }
    const scenes = SIX_CAUSES.map((p) =>
      presetScene(p.id, { view: 'client', untilUs: TIMEOUT_US }),
    );
    const [first, ...rest] = scenes.map(({ title: _title, ...shapes }) => shapes);
    for (const scene of rest) expect(scene).toEqual(first);
    expect(new Set(scenes.map(picture)).size).toBe(1);
    // And it shows the timeout it is about.
    expect(scenes[0]!.timeouts.map((t) => t.request)).toEqual(['r3']);
  });

  it('never tells a cause, and has no lane but the client’s', () => {
    for (const preset of SIX_CAUSES) {
      const scene = presetScene(preset.id, { view: 'client' });
      expect(scene.lanes.map((l) => l.id)).toEqual(['client']);
      expect(scene.timeouts.every((t) => t.cause === null && t.causeLabel === null)).toBe(true);
      const svg = sceneToSvg(scene);
      for (const cause of CAUSES) expect(svg).not.toContain(cause);
      expect(scene.fog).not.toBeNull();
    }
  });
});

describe('the omniscient view', () => {
  it('tells six different stories', () => {
    const pictures = SIX_CAUSES.map((p) => picture(presetScene(p.id)));
    expect(new Set(pictures).size).toBe(6);
  });

  it('names each timeout’s cause on the client’s lane', () => {
    for (const preset of SIX_CAUSES) {
      const r3 = presetScene(preset.id).timeouts.find((t) => t.request === 'r3');
      expect(r3?.causeLabel?.text).toBe(preset.featured?.cause);
    }
  });

  it('draws every message in the window, or counts it as omitted', () => {
    for (const maxArrows of [undefined, 12]) {
      const sim = runPreset('remote-paused', 2_000_000);
      const scene = sceneOf(sim, { fromUs: 200_000, untilUs: 1_500_000, maxArrows });
      const drawn = new Set(
        [...scene.arrows, ...scene.waits, ...scene.drops].map((shape) => shape.message),
      );
      const inWindow = sim.trace.messages.filter(
        (m) => m.sentAtUs >= 200_000 && m.sentAtUs <= 1_500_000,
      );
      const missing = inWindow.filter((m) => !drawn.has(m.id));
      expect(inWindow.length).toBeGreaterThan(8);
      if (maxArrows === undefined) expect(missing).toEqual([]);
      else {
        expect(scene.arrows.length).toBeLessThanOrEqual(maxArrows);
        expect(missing.length).toBeGreaterThan(0);
        expect(missing.length).toBeLessThanOrEqual(scene.omittedMessages);
        expect(scene.omittedLabel?.text).toBe(`${scene.omittedMessages} messages not drawn`);
      }
    }
  });

  it('ends a dropped message in a ✕ where it died', () => {
    const scene = presetScene('request-lost');
    const drop = scene.drops.find((d) => d.request === 'r3');
    expect(drop?.reason).toBe('cable cut');
    const arrow = scene.arrows.find((a) => a.request === 'r3' && a.end === 'drop');
    expect({ x: arrow?.line.x2, y: arrow?.line.y2 }).toEqual(drop?.at);
    const r3 = /<g data-request="r3"[\s\S]*?<\/g>/.exec(sceneToSvg(scene))![0];
    expect(r3).toMatch(/<path d="M[\d.]+,[\d.]+ L/);
  });

  it('marks a late response in words, in both views', () => {
    for (const view of ['omniscient', 'client'] as const) {
      const scene = presetScene('response-delayed', { view });
      const late = scene.lates.find((l) => l.request === 'r3');
      expect(late?.label?.text).toBe('late response');
      expect(scene.arrows.some((a) => a.request === 'r3' && a.end === 'late')).toBe(true);
    }
  });

  it('bands a paused process, with its state in words', () => {
    const band = presetScene('remote-paused').bands.find((b) => b.node === 'server');
    expect(band?.state).toBe('paused');
    expect(band?.label?.text).toBe('paused');
  });
});

describe('the frame', () => {
  it('keeps every shape inside the box, time across or down', () => {
    for (const orientation of ['time-across', 'time-down'] as const) {
      const scene = presetScene('remote-crashed', { orientation, widthPx: 380, heightPx: 600 });
      const points = scene.arrows.flatMap((a) => [
        [a.line.x1, a.line.y1],
        [a.line.x2, a.line.y2],
      ]);
      for (const [x, y] of points) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(380);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(600);
      }
      const lane = scene.lanes[0]!.line;
      expect(orientation === 'time-down' ? lane.x1 === lane.x2 : lane.y1 === lane.y2).toBe(true);
    }
  });

  it('draws the known future after the cursor, lighter', () => {
    // As after a seek back: the cursor at 600 ms, the run known to 2 s.
    const sim = runPreset('remote-paused', 2_000_000);
    const scene = sceneOf(sim, { untilUs: 1_000_000, cursorUs: 600_000 });
    expect(scene.knownUs).toBeGreaterThan(1_000_000);
    expect(scene.cursor?.x1).toBe(scene.future?.x);
    expect(scene.legend.map((l) => l.kind)).toContain('future');
    expect(scene.arrows.some((a) => a.request === 'r4')).toBe(true);
    expect(sceneOf(sim, { untilUs: 1_000_000 }).future).toBeNull();
  });
});

describe('signals', () => {
  /** Past r5's refusal (at about 1.03 s) in `process-crashed`. */
  const UNTIL_US = 1_300_000;
  const signalArrows = (scene: Scene) => scene.arrows.filter((a) => isSignalKind(a.kind));

  it('draws every signal message, hop by hop, or counts it as omitted', () => {
    for (const maxArrows of [undefined, 20]) {
      const sim = runPreset('process-crashed', UNTIL_US);
      const scene = sceneOf(sim, { maxArrows });
      const signals = sim.trace.messages.filter((m) => isSignalKind(m.kind));
      const drawn = new Set(signalArrows(scene).map((a) => a.message));
      const missing = signals.filter((m) => !drawn.has(m.id));
      expect(signals.map((m) => m.kind)).toEqual(['reset', 'refused', 'refused']);
      if (maxArrows === undefined) {
        expect(missing).toEqual([]);
        // Server → switch → router → client: three hops each, with an arrowhead at each.
        expect(signalArrows(scene).filter((a) => a.end === 'head')).toHaveLength(9);
        expect(scene.signalTags.map((t) => `${t.request} ${t.label.text}`)).toEqual([
          'r3 RST',
          'r4 RST',
          'r5 RST',
        ]);
        expect(scene.legend.map((l) => l.kind)).toContain('signal');
      } else expect(missing.length).toBeLessThanOrEqual(scene.omittedMessages);
    }
  });

  it('ends the attempt in the outcome’s words, with the cause only in the omniscient view', () => {
    const scene = presetScene('process-crashed', { untilUs: UNTIL_US });
    const ends = scene.failures.map((f) => [f.request, f.label?.text, f.causeLabel?.text]);
    expect(ends).toEqual([
      ['r3', 'connection reset', 'remote crashed'],
      ['r4', 'connection refused', 'remote crashed'],
      ['r5', 'connection refused', 'remote crashed'],
    ]);
    expect(scene.timeouts).toEqual([]);
    const r3 = scene.requests.find((r) => r.id === 'r3');
    expect(r3?.name).toContain('connection reset: the server process crashed while serving it');
    const icmp = presetScene('host-unreachable', { untilUs: UNTIL_US });
    expect(icmp.signalTags.map((t) => t.label.text)).toEqual(['ICMP']);
    expect(icmp.requests.find((r) => r.id === 'r3')?.name).toContain(
      'host unreachable: router’s link towards server was down',
    );
  });

  it.each([
    ['circuit-switched', 3_000_000, 'request lost', /every circuit from switch was taken/],
    // The balancer relays the RST of the server that stopped: the server refused it.
    ['rolling-restart', 5_200_000, 'remote crashed', /no process was listening on server 3/],
  ] as const)('names a refusal in %s as the core does', (id, untilUs, cause, truth) => {
    const sim = runPreset(id, untilUs);
    const scene = sceneOf(sim);
    const refused = scene.failures.filter((f) => f.outcome === 'connection refused');
    expect(refused.length).toBeGreaterThan(0);
    for (const f of refused) {
      expect(f.cause).toBe(cause);
      const request = sim.state.requests[Number(f.request.slice(1)) - 1]!;
      expect(request.attempts[f.attempt]!.cause).toBe(cause);
    }
    const last = refused.at(-1)!;
    expect(scene.requests.find((r) => r.id === last.request)?.name).toMatch(truth);
  });

  it('shows the client the signal’s arrival and the outcome, never the cause', () => {
    const scene = presetScene('process-crashed', { view: 'client', untilUs: UNTIL_US });
    const r3 = signalArrows(scene).filter((a) => a.request === 'r3');
    expect(r3.map((a) => [a.kind, a.from, a.to, a.end])).toEqual([
      ['reset', 'network', 'client', 'head'],
    ]);
    const failure = scene.failures.find((f) => f.request === 'r3');
    expect(failure?.label?.text).toBe('connection reset');
    expect(failure?.cause).toBeNull();
    expect(failure?.causeLabel).toBeNull();
    expect(scene.requests.find((r) => r.id === 'r4')?.name).toMatch(
      /^r4: sent at 750 ms, connection refused at 77\d ms$/,
    );
    const svg = sceneToSvg(scene);
    expect(svg).toContain('>connection refused</text>');
    expect(svg).toContain('>RST</text>');
    for (const cause of CAUSES) expect(svg).not.toContain(cause);
  });

  it('does not end an attempt with a signal that came after its timeout', () => {
    // A 20 ms timer gives up before the RSTs are back (a round trip is about 30 ms).
    const scenario = structuredClone(findPreset('process-crashed')!.scenario);
    scenario.workloads[0]!.timeoutUs = 20_000;
    const sim = createSimulation(scenario);
    sim.runUntil(UNTIL_US);
    const omniscient = sceneOf(sim);
    const client = sceneOf(sim, { view: 'client' });
    for (const scene of [omniscient, client]) {
      expect(scene.failures).toEqual([]);
      expect(scene.timeouts.map((t) => t.request)).toContain('r4');
    }
    // The RST arrived (the truth shows it), but nobody was listening any more.
    const r4 = signalArrows(omniscient).filter((a) => a.request === 'r4');
    expect(r4.at(-1)).toMatchObject({ to: 'client', end: 'head' });
    expect(omniscient.requests.find((r) => r.id === 'r4')?.name).toContain(
      'RST after the timeout, ignored',
    );
    expect(signalArrows(client)).toEqual([]);
    expect(client.legend.map((l) => l.kind)).not.toContain('signal');
  });
});
