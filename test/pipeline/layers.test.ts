// Data flows one way: ingest → normalize → structure → extract → store. A later stage may use an
// earlier one's types and pure text helpers, but nothing after ingest imports from src/ingest/ (the
// readers of formats): knowledge both need lives in src/rules/ or in the earlier of the two stages.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..', '..', 'src');
const LATER = ['normalize', 'structure', 'extract', 'store'];

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? tsFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

/** the src/ folders a file imports from (relative imports only), e.g. 'ingest' */
function importedStages(file: string): string[] {
  const specs = [...readFileSync(file, 'utf8').matchAll(/\bfrom\s+'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
  return specs.map((s) => relative(SRC, resolve(dirname(file), s)).split(/[\\/]/)[0]!);
}

describe('stages import only earlier stages', () => {
  it.each(LATER)('src/%s imports nothing from src/ingest', (stage) => {
    const offenders = tsFiles(join(SRC, stage))
      .filter((f) => importedStages(f).includes('ingest'))
      .map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });

  it('finds an import from ingest when there is one', () => {
    // the check itself must be able to fail: the pipeline does import the readers
    expect(importedStages(join(SRC, 'pipeline', 'process.ts'))).toContain('ingest');
  });
});
