// Times the whole text pipeline on pathological inputs at 1× and 4× size (best of a few runs,
// after a warm-up): growth near 4 is linear,
// near 16 quadratic. Reported by `npm run torture`, never asserted in tests.
import { performance } from 'node:perf_hooks';
import { extractAll } from '../../src/extract/index.js';
import { normalize } from '../../src/normalize/index.js';
import { structure } from '../../src/structure/index.js';

function process(raw: string): void {
  const c = normalize({ format: 'txt', lines: raw.split('\n').map((text) => ({ text, page: null, kind: 'para' as const })), pageCount: null, encoding: 'UTF-8' });
  const { meta, sections } = structure(c, 'txt');
  extractAll({ text: c.text, meta, sections, pageAt: () => null });
}

const CASES: { name: string; make: (n: number) => string }[] = [
  { name: 'line without punctuation', make: (n) => '产业工人队伍建设改革走深走实'.repeat(n / 14) },
  { name: 'numbers in a row', make: (n) => Array.from({ length: n / 5 }, (_, i) => `${i % 1000}个`).join('、') },
  { name: 'nested brackets', make: (n) => '（'.repeat(n / 2) + '）'.repeat(n / 2) },
  { name: 'numerals without separators', make: (n) => '一万'.repeat(n / 2) },
];

export function linearity(base = 60_000, repeats = 3) {
  process(make1k()); // warm the JIT and load the rules before anything is timed
  return CASES.map(({ name, make }) => {
    const sizes = [base, base * 4];
    // the best of a few runs: the machine may be busy with other work
    const millis = sizes.map((n) => {
      const text = make(n);
      let best = Infinity;
      for (let r = 0; r < repeats; r++) {
        const t = performance.now();
        process(text);
        best = Math.min(best, performance.now() - t);
      }
      return best;
    });
    return { name, sizes, millis, growth: millis[1] / Math.max(1, millis[0]) };
  });
}

function make1k(): string {
  return CASES.map((c) => c.make(1000)).join('\n');
}
