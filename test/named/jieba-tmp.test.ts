// Folders left by a process killed while loading jieba are removed by the next load, once stale;
// a folder another process is loading from right now is left alone.
import { mkdirSync, mkdtempSync, existsSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { JIEBA_TMP_PREFIX, removeStaleJiebaFolders } from '../../src/extract/named/jieba-tmp.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-jieba-tmp-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('jieba temporary folders', () => {
  it('removes stale ones, keeps fresh ones and other folders', () => {
    const stale = join(dir, `${JIEBA_TMP_PREFIX}old`);
    const fresh = join(dir, `${JIEBA_TMP_PREFIX}new`);
    const other = join(dir, 'something-else');
    for (const d of [stale, fresh, other]) {
      mkdirSync(d);
      writeFileSync(join(d, 'user.dict.utf8'), '劳模 50000 n\n');
    }
    const twoHoursAgo = (Date.now() - 2 * 3600_000) / 1000;
    utimesSync(stale, twoHoursAgo, twoHoursAgo);
    utimesSync(other, twoHoursAgo, twoHoursAgo);
    expect(removeStaleJiebaFolders(Date.now(), dir)).toBe(1);
    expect([existsSync(stale), existsSync(fresh), existsSync(other)]).toEqual([false, true, true]);
  });
});
