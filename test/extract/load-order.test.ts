// Each module of the quantity extractor loaded first, on a fresh thread, from the compiled modules (dist/, built by
// `npm test`). The CLI runs them unbundled whenever dist/bundle is not current; an import cycle whose modules read a
// constant at load time then fails with "Cannot access … before initialization", depending only on which module
// of the cycle was loaded first (head-phrase → named/doc → compiled-rules → lists → subject read BULLET so).
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

const dir = new URL('../../dist/src/extract/quantities/', import.meta.url);
const modules = readdirSync(dir).filter((n) => n.endsWith('.js'));

/** the error of loading one module first on a fresh thread, or null */
function loadFirst(href: string): Promise<string | null> {
  const code = `import(${JSON.stringify(href)}).then(() => process.exit(0), (e) => { process.stderr.write(String(e.message)); process.exit(1); })`;
  return new Promise((resolve) => {
    const w = new Worker(code, { eval: true, stderr: true });
    let err = '';
    w.stderr.on('data', (d: Buffer) => (err += d.toString()));
    w.on('exit', (c) => resolve(c === 0 ? null : err.trim() || `exit ${c}`));
  });
}

describe('the quantity extractor loads whichever of its modules comes first', () => {
  it('has its modules compiled', () => expect(modules).toContain('head-phrase.js'));
  it.each(modules)('%s', async (name) => {
    expect(await loadFirst(new URL(name, dir).href)).toBeNull();
  }, 60_000);
});
