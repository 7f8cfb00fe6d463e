// The README's example outputs are what the current build prints on the samples
// (scripts/readme-examples.ts makes them; this fails when one has drifted).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { applyExamples, normalise, renderExamples, staleExamples } from '../../scripts/readme-examples.js';

describe('README examples', () => {
  it('every example block matches the output of the current build', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const blocks = await renderExamples();
    expect(blocks.size).toBeGreaterThanOrEqual(15);
    for (const name of blocks.keys()) expect(readme, `README has no block ${name}`).toContain(`<!-- example:${name} -->`);
    const stale = staleExamples(readme, blocks);
    if (stale.length) expect(normalise(readme)).toBe(normalise(applyExamples(readme, blocks))); // shows the diff
    expect(stale).toEqual([]);
  }, 180_000);

  it('the check notices a changed figure', () => {
    const blocks = new Map([['x', '$ npx gongwen ingest samples\n9 files in 1.0 s: 3 added\n']]);
    const readme = '<!-- example:x -->\n```text\n$ npx gongwen ingest samples\n9 files in 7.3 s: 3 added\n```\n<!-- /example -->\n';
    expect(staleExamples(readme, blocks)).toEqual([]); // timings differ, nothing else
    expect(staleExamples(readme.replace('3 added', '4 added'), blocks)).toEqual(['x']);
  });
});
