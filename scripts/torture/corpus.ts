// A corpus of distinct, realistic text bulletins made from the samples: each copy gets its
// own issue number, date and figures, so no two share a hash or a content key.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SAMPLES = ['kuaibao-2022-23-tobacco.txt', 'notice-yungongtong-2022-21.txt', 'kuaibao-2021-10-qujing.md'];

/** Replaces every run of ASCII digits by a value derived from the copy's number (same length class). */
function vary(text: string, n: number): string {
  let k = 0;
  return text.replace(/\d+/g, (d) => {
    k++;
    if (d.length === 4 && /^20\d\d$/.test(d)) return String(2000 + ((n + k) % 26)); // years stay years
    const v = (Number(d) + n * 7 + k) % Math.max(10, 10 ** d.length);
    return String(v);
  });
}

export function makeTextCorpus(dir: string, count: number, samplesDir = 'samples'): string[] {
  mkdirSync(dir, { recursive: true });
  const sources = SAMPLES.map((s) => ({ name: s, text: readFileSync(join(samplesDir, s), 'utf8') }));
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const src = sources[i % sources.length];
    const ext = src.name.endsWith('.md') ? '.md' : '.txt';
    const file = join(dir, `doc-${String(i).padStart(5, '0')}${ext}`);
    writeFileSync(file, `${vary(src.text, i + 1)}\n\n（编号 ${i}）\n`);
    files.push(file);
  }
  return files;
}
