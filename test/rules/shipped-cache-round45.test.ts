// The rules cache the build ships beside the bundle (src/rules/yaml-cache.ts `readCached`,
// scripts/build-bundle.ts): read after the user's own cache, never instead of it, and used by a
// cold command whose own cache folder is empty.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCached } from '../../src/rules/yaml-cache.js';

const ROOT = join(__dirname, '../..');
let home: string;
const saved = process.env.GONGWEN_NO_CACHE;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'gongwen-shipped-'));
  delete process.env.GONGWEN_NO_CACHE;
});
afterEach(() => {
  rmSync(home, { recursive: true, force: true });
  if (saved === undefined) delete process.env.GONGWEN_NO_CACHE;
  else process.env.GONGWEN_NO_CACHE = saved;
});

/** a user folder and a shipped folder under `home`, each holding what `entries` gives it */
function folders(entries: { user?: unknown; shipped?: unknown }): { user: string; shipped: string } {
  const user = join(home, 'user', 'validated');
  const shipped = join(home, 'shipped');
  mkdirSync(user, { recursive: true });
  mkdirSync(join(shipped, 'validated'), { recursive: true });
  if (entries.user !== undefined) writeFileSync(join(user, 'k.json'), JSON.stringify(entries.user));
  if (entries.shipped !== undefined) writeFileSync(join(shipped, 'validated', 'k.json'), JSON.stringify(entries.shipped));
  return { user, shipped };
}

describe('readCached', () => {
  it('reads the shipped entry when the user has none', () => {
    const { user, shipped } = folders({ shipped: [{ id: 'unit.ge', words: ['个'] }] });
    expect(readCached('validated', 'k.json', user, shipped)).toEqual([{ id: 'unit.ge', words: ['个'] }]);
  });

  it("prefers the user's entry to the shipped one", () => {
    const { user, shipped } = folders({ user: ['mine'], shipped: ['built'] });
    expect(readCached('validated', 'k.json', user, shipped)).toEqual(['mine']);
  });

  it('falls back to the shipped entry when the user entry is damaged', () => {
    const { user, shipped } = folders({ shipped: ['built'] });
    writeFileSync(join(user, 'k.json'), '["half');
    expect(readCached('validated', 'k.json', user, shipped)).toEqual(['built']);
  });

  it('gives nothing when neither has the entry, or with no user cache at all (GONGWEN_NO_CACHE)', () => {
    const { user, shipped } = folders({ shipped: ['built'] });
    expect(readCached('validated', 'other.json', user, shipped)).toBeUndefined();
    expect(readCached('validated', 'k.json', null, shipped)).toBeUndefined();
  });
});

const bundled = existsSync(join(ROOT, 'dist/bundle/rules-cache/validated'));

describe.runIf(bundled)('a cold extract with an empty cache folder', () => {
  it('takes its rules from the shipped cache (writes none of its own) and prints what an uncached run prints', () => {
    const file = 'samples/notice-yungongtong-2022-21.txt';
    const run = (env: NodeJS.ProcessEnv) =>
      spawnSync(process.execPath, ['dist/bundle/cli/main.js', 'extract', file, '--format', 'json'], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
    const shipped = run({ XDG_CACHE_HOME: home });
    expect(shipped.status).toBe(0);
    expect(readdirSync(home)).toEqual(existsSync(join(home, 'gongwen')) ? ['gongwen'] : []);
    const written = existsSync(join(home, 'gongwen')) ? readdirSync(join(home, 'gongwen'), { recursive: true }).filter((f) => String(f).endsWith('.json')) : [];
    expect(written).toEqual([]);
    const uncached = run({ GONGWEN_NO_CACHE: '1' });
    expect(shipped.stdout).toBe(uncached.stdout);
    expect(shipped.stdout).toContain('"quantities"');
  }, 120_000);
});
