// Which build bin/gongwen.js runs: the bundle (dist/bundle/, scripts/build-bundle.ts, made by
// `npm run build`) while it is current, else the compiled modules in dist/src/. Current means every
// file the bundle was made from (the compiled dist/src/ files; for the bundled packages, each one's
// package.json and npm's node_modules/.package-lock.json) has the size and mtime it had then:
// `npx tsc` alone rewrites dist/src/ and so falls back to it, never to stale code. The check stats
// ~220 files (~2 ms on a quiet machine). GONGWEN_BUNDLE=0 runs dist/src/ regardless.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** under dist/ */
export const BUNDLE_DIR = 'bundle';
export const MANIFEST = 'manifest.json';

export interface BundleManifest {
  /** [path from the package root, size, mtimeMs] of every input */
  inputs: [string, number, number][];
}

/** The bundle's main module (a file: URL) when it is current, else null. `dist`: the dist/ folder's URL. */
export function currentBundle(dist: URL): string | null {
  if (process.env.GONGWEN_BUNDLE === '0') return null;
  try {
    const distDir = fileURLToPath(dist);
    const root = join(distDir, '..');
    const m = JSON.parse(readFileSync(join(distDir, BUNDLE_DIR, MANIFEST), 'utf8')) as BundleManifest;
    for (const [path, size, mtimeMs] of m.inputs) {
      const st = statSync(join(root, path));
      if (st.size !== size || st.mtimeMs !== mtimeMs) return null;
    }
    return new URL(`${BUNDLE_DIR}/cli/main.js`, dist).href;
  } catch {
    return null;
  }
}
