// Locations shared by the benchmark scripts; work from scripts/ (vitest) and dist/scripts/.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const pj = join(dir, 'package.json');
    if (existsSync(pj)) {
      try {
        if (JSON.parse(readFileSync(pj, 'utf8')).name === 'gongwen') return dir;
      } catch {
        /* keep climbing */
      }
    }
    dir = dirname(dir);
  }
  throw new Error('cannot find the gongwen package root');
}

/** true when this module runs as compiled JavaScript (dist/), false under vitest (TypeScript). */
export function runningCompiled(): boolean {
  return fileURLToPath(import.meta.url).endsWith('.js');
}
