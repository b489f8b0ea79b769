/**
 * A split brain as a user meets it (concepts.md C3, G7): a paused leader wakes still believing
 * it leads and writes with its old term; without fencing the storage takes the write, with
 * fencing tokens it refuses it.
 */

import { expect, test } from '@playwright/test';
import {
  eventLog,
  expectNoSeriousAxeViolations,
  inspector,
  node,
  openLab,
  runToEnd,
} from './support/lab.ts';

test('a paused leader wakes and writes with its old term: without fencing, two leaders wrote', async ({
  page,
}) => {
  await openLab(page, 'split-brain');
  await expect(node(page, 'replica a')).toHaveAccessibleName(/leader · term 1/);
  await runToEnd(page);
  await expect(eventLog(page)).toContainText(/replica [bc] took over as leader \(term 2\)/);
  await expect(eventLog(page)).toContainText(
    'storage took replica a’s write with token 1 after one with token 2: two leaders wrote',
  );
  await expect(eventLog(page)).toContainText('replica a stepped down (term 2)');
  await node(page, 'storage').click();
  await expect(inspector(page)).toContainText('off: takes every write');
  await expectNoSeriousAxeViolations(page);
});

test('with fencing tokens, the storage refuses the stale leader’s write', async ({ page }) => {
  await openLab(page, 'fencing-tokens');
  await runToEnd(page);
  await expect(eventLog(page)).toContainText(
    'storage refused replica a’s write: its token 1 is older than 2',
  );
  await expect(eventLog(page)).not.toContainText('two leaders wrote');
  await node(page, 'replica a').click();
  await expect(inspector(page)).toContainText('it follows, term 2');
});
