// Times `search` inside one process, without Node/CLI start-up: opens the archive with the
// store's openDb, runs one search per term first (it brings the 1–2 character index up to
// date: reported apart as `firstMs`), then `reps` searches of each term; prints JSON.
// `node dist/scripts/bench/search-timer.js <db> <reps> <term>...` (needs the compiled dist/).
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { repoRoot } from './paths.js';

interface SearchModule {
  search(db: unknown, query: string, opts?: { limit?: number }): unknown[];
}
interface DbModule {
  openDb(path: string, opts?: { readonly?: boolean }): { close(): void };
}

export interface SearchTiming {
  term: string;
  firstMs: number;
  medianMs: number;
  times: number[];
  hits: number;
}

export async function timeSearches(db: string, reps: number, terms: string[]): Promise<SearchTiming[]> {
  const dist = join(repoRoot(), 'dist', 'src');
  const { search } = (await import(pathToFileURL(join(dist, 'analysis', 'search.js')).href)) as SearchModule;
  const { openDb } = (await import(pathToFileURL(join(dist, 'store', 'db.js')).href)) as DbModule;
  const h = openDb(db);
  try {
    return terms.map((term) => {
      let t = performance.now();
      const hits = search(h, term).length;
      const firstMs = performance.now() - t;
      const times: number[] = [];
      for (let i = 0; i < reps; i++) {
        t = performance.now();
        search(h, term);
        times.push(performance.now() - t);
      }
      const s = [...times].sort((a, b) => a - b);
      return { term, firstMs, medianMs: s[s.length >> 1], times, hits };
    });
  } finally {
    h.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [db, reps, ...terms] = process.argv.slice(2);
  process.stdout.write(JSON.stringify(await timeSearches(db, Number(reps), terms)) + '\n');
}
