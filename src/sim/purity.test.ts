/**
 * The lint rules that keep the core deterministic and free of the DOM really fire: code that
 * breaks them, linted as if it lived in src/sim or src/scenario, is refused.
 */

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('the purity rules of src/sim and src/scenario', () => {
  const impure: [string, string][] = [
    ['Math.random', 'export const x = Math.random();'],
    ['Math.log (differs between engines)', 'export const x = Math.log(2);'],
    ['Date', 'export const x = Date.now();'],
    ['new Date', 'export const x = new Date();'],
    ['performance.now', 'export const x = performance.now();'],
    ['setTimeout', 'setTimeout(() => {}, 1);'],
    ['window', 'export const x = window.innerWidth;'],
    ['document', 'export const x = document.title;'],
    ['React', "import { useState } from 'react';\nexport const x = useState;"],
    ['d3', "import { forceSimulation } from 'd3-force';\nexport const x = forceSimulation;"],
    ['zustand', "import { create } from 'zustand';\nexport const x = create;"],
  ];

  it.each(impure)('refuse %s', async (_, code) => {
    for (const file of ['src/sim/probe.ts', 'src/scenario/probe.ts']) {
      const rules = await ruleIdsFor(code, file);
      expect(rules.some((r) => r.startsWith('no-restricted'))).toBe(true);
    }
  });

  it('allow plain arithmetic, and the same code elsewhere', async () => {
    expect(
      await ruleIdsFor('export const x = Math.floor(2.5) + Math.max(1, 2);', 'src/sim/probe.ts'),
    ).toEqual([]);
    expect(await ruleIdsFor('export const x = Math.random();', 'src/app/probe.ts')).toEqual([]);
  });
});
