// nodejieba loads its dictionaries from files, so each process writes them to a temporary folder
// and removes it once loaded. A process killed while loading leaves its folder behind: the next
// one to load removes this user's folders older than an hour (a load takes about a second).
import { readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const JIEBA_TMP_PREFIX = 'gongwen-jieba-';
const STALE_MS = 60 * 60_000;

export function removeStaleJiebaFolders(now = Date.now(), dir = tmpdir()): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.startsWith(JIEBA_TMP_PREFIX));
  } catch {
    return 0;
  }
  const uid = process.getuid?.();
  for (const n of names) {
    const p = join(dir, n);
    try {
      const st = statSync(p);
      if (!st.isDirectory() || (uid !== undefined && st.uid !== uid) || now - st.mtimeMs < STALE_MS) continue;
      rmSync(p, { recursive: true, force: true });
      removed++;
    } catch {
      /* gone already, or not ours to remove */
    }
  }
  return removed;
}
