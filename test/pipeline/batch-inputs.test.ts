// What a batch meets on disk besides documents: names that are not UTF-8, a file swapped for a
// FIFO between the walk and the read, links leading outside the folders named, an archive that
// fills up. Each is handled with a reason; none hangs the batch or blames the wrong party.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runIngest, type FileResult } from '../../src/pipeline/ingest.js';
import { walk } from '../../src/pipeline/walk.js';
import { openDb } from '../../src/store/db.js';
import { Archive } from '../../src/store/write.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const OK = '关于表彰先进的通报\n全市共有职工12.5万人，建成劳模创新工作室8个。\n';

async function ingest(paths: string[], opts: Parameters<typeof runIngest>[2] = {}, setup?: (db: ReturnType<typeof openDb>) => void) {
  const db = openDb(join(dir, `${Math.random().toString(36).slice(2)}.db`));
  setup?.(db);
  const results: FileResult[] = [];
  try {
    const summary = await runIngest(new Archive(db), paths, { concurrency: 1, ...opts, onResult: (r) => results.push(r) });
    return { summary, results };
  } finally {
    db.close();
  }
}

describe('inputs of a batch', () => {
  it('a GBK file name is read by its bytes and shown decoded', async () => {
    const d = join(dir, 'gbk');
    mkdirSync(d);
    const gbkName = Buffer.concat([Buffer.from(d + '/'), Buffer.from([0xb9, 0xa4, 0xd7, 0xf7, 0xb1, 0xa8]), Buffer.from('.txt')]); // 工作报
    writeFileSync(gbkName, OK);
    const items = [];
    for await (const it of walk([d])) items.push(it);
    expect(items).toEqual([{ path: join(d, '工作报.txt'), fsPath: gbkName }]);
    const { results } = await ingest([d]);
    expect(results).toMatchObject([{ path: join(d, '工作报.txt'), status: 'added' }]);
  });

  it('a repaired decoding is stored and reported with its warning', async () => {
    const d = join(dir, 'damaged');
    mkdirSync(d);
    const b = Buffer.from(OK.replace('8个', '6个'));
    b[3] = 0xff; // inside 于
    writeFileSync(join(d, 'a.txt'), b);
    const { results } = await ingest([d]);
    expect(results).toMatchObject([{ status: 'added', warnings: ['3 bytes are not valid UTF-8 (the first at byte 3): replaced with U+FFFD'] }]);
  });

  it('a file swapped for a FIFO after the walk is refused at once, not waited on', async () => {
    const d = join(dir, 'fifo');
    mkdirSync(d);
    const f = join(d, 'a.txt');
    writeFileSync(f, OK);
    writeFileSync(join(d, 'b.txt'), OK.replace('8个', '9个'));
    const t0 = Date.now();
    const { results } = await ingest([d], {
      onStart: (p) => {
        if (p !== f) return;
        unlinkSync(f);
        expect(spawnSync('mkfifo', [f]).status).toBe(0);
      },
    });
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(results.map((r) => [r.path, r.status, r.error])).toEqual([
      [f, 'failed', 'not a regular file (a named pipe)'],
      [join(d, 'b.txt'), 'added', undefined],
    ]);
  });

  it('a link to a file outside the folders named is refused unless followSymlinks', async () => {
    const d = join(dir, 'links');
    const outside = join(dir, 'outside');
    mkdirSync(d);
    mkdirSync(outside);
    writeFileSync(join(outside, 'secret.txt'), OK);
    writeFileSync(join(d, 'inside.txt'), OK.replace('8个', '7个'));
    symlinkSync(join(outside, 'secret.txt'), join(d, 'out.txt'));
    symlinkSync(join(d, 'inside.txt'), join(d, 'same.txt'));
    const { results } = await ingest([d]);
    expect(results.map((r) => [r.path.slice(d.length + 1), r.status, r.error])).toEqual([
      ['inside.txt', 'added', undefined],
      ['out.txt', 'failed', `refused: a symbolic link to ${join(outside, 'secret.txt')}, outside the folders named (--follow-symlinks follows it)`],
      ['same.txt', 'unchanged', undefined],
    ]);
    // naming the outside folder too, or asking, lets it in
    expect((await ingest([d, outside])).results.find((r) => r.path.endsWith('out.txt'))!.status).toBe('added');
    expect((await ingest([d], { followSymlinks: true })).results.find((r) => r.path.endsWith('out.txt'))!.status).toBe('added');
  });

  it('an archive that fills up stops the batch with one reason; no file is blamed for it', async () => {
    const d = join(dir, 'full');
    mkdirSync(d);
    const text = readFileSync('samples/kuaibao-2022-23-tobacco.txt', 'utf8');
    for (let i = 0; i < 6; i++) writeFileSync(join(d, `f${i}.txt`), text.replace('技术能手 29 名', `技术能手 ${i + 40} 名`).repeat(3));
    const { summary, results } = await ingest([d], {}, (db) => {
      const pages = db.pragma('page_count', { simple: true }) as number;
      db.pragma(`max_page_count = ${pages + 120}`); // room for a document or two
    });
    expect(summary.archiveError).toMatch(/^the disk is full \(/);
    expect(results.filter((r) => r.status === 'failed')).toEqual([]);
    expect(summary.added).toBeLessThan(6);
    expect(summary.added + summary.skipped).toBe(6);
  });
});
