// The writer stores several documents per transaction whenever files are processed beside it: by a
// worker pool, however many workers it has (one is the default on 2 cores; before, one worker meant
// one transaction per document, which cost the writer twice the CPU).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processFile } from '../../src/pipeline/process.js';
import { runIngest } from '../../src/pipeline/ingest.js';
import type { Processor } from '../../src/pipeline/pool.js';
import { openDb } from '../../src/store/db.js';
import { Archive } from '../../src/store/write.js';
import type { ProcessedDocument } from '../../src/types.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-batching-'));
const folder = join(dir, 'issues');
// more files than the batch holds ahead (64), so that the listing is still being taken while
// documents are written: issues of one bulletin, each with a figure of its own
const COUNT = 80;
const TEXTS = Array.from({ length: COUNT }, (_, i) => join(folder, `issue-${String(i).padStart(3, '0')}.txt`));
const done = new Map<string, ProcessedDocument>();

beforeAll(async () => {
  mkdirSync(folder);
  const head = readFileSync('samples/kuaibao-2022-23-tobacco.txt', 'utf8').split('\n').slice(0, 12).join('\n');
  for (const [i, p] of TEXTS.entries()) {
    writeFileSync(p, `${head}\n全市新增技能人才${100 + i}人。\n`);
    done.set(p, await processFile(p));
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** a processor on another thread: it answers one file at a time, a millisecond or two apart */
function worker(): Processor {
  let last: Promise<unknown> = Promise.resolve();
  return {
    threads: 1,
    run(path) {
      const answer = last.then(() => new Promise<ProcessedDocument>((resolve) => setTimeout(() => resolve(done.get(path)!), 1)));
      last = answer;
      return answer;
    },
    reextract: () => Promise.reject(new Error('not used')),
    close: async () => {},
  };
}

/** the number of documents in each transaction of an ingest of the folder */
async function transactions(name: string): Promise<number[]> {
  const archive = new Archive(openDb(join(dir, `${name}.db`)));
  const sizes: number[] = [];
  const storeMany = archive.storeMany.bind(archive);
  archive.storeMany = (entries) => {
    sizes.push(entries.length);
    return storeMany(entries);
  };
  const s = await runIngest(archive, [folder], { processor: worker() });
  expect(s.added).toBe(COUNT);
  archive.db.close();
  return sizes;
}

describe('transactions of a batch ingest', () => {
  it('one worker beside the writer: several documents per transaction', async () => {
    const sizes = await transactions('worker');
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(COUNT);
    expect(sizes.length).toBeLessThan(COUNT / 4);
  });
});
