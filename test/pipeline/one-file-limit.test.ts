// `extract` and `check` process a small text file in the command's own thread (src/pipeline/one-file.ts):
// its time limit is vm's watchdog around the synchronous part, which must stop a loop and a
// regular expression that backtracks for ever, and leave the thread usable.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processOne, withinTime } from '../../src/pipeline/one-file.js';

const ROOT = resolve(__dirname, '../..');

describe('the time limit of a file processed in this thread', () => {
  it('stops a synchronous loop', () => {
    expect(() =>
      withinTime(() => {
        for (;;) {
          /* runs away */
        }
      }, Date.now() + 50),
    ).toThrow(expect.objectContaining({ code: 'ERR_SCRIPT_EXECUTION_TIMEOUT' }));
  });

  it('stops a regular expression that backtracks exponentially', () => {
    const s = 'a'.repeat(60) + 'b';
    expect(() => withinTime(() => /^(a+)+$/.test(s), Date.now() + 50)).toThrow(expect.objectContaining({ code: 'ERR_SCRIPT_EXECUTION_TIMEOUT' }));
  });

  it('returns what finished in time, and the thread goes on', () => {
    expect(withinTime(() => [1, 2, 3].map((x) => x * 2), Date.now() + 60_000)).toEqual([2, 4, 6]);
    expect(/^(a+)+$/.test('aaa')).toBe(true);
  });

  it('a text file gives the Document of its text', async () => {
    const pd = await processOne(join(ROOT, 'samples', 'kuaibao-2022-23-tobacco.txt'));
    expect(pd.json.document.format).toBe('txt');
    expect(pd.json.quantities.length).toBeGreaterThan(10);
  }, 60_000);
});
