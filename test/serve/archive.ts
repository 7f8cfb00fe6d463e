// The archive the serve tests browse: the samples (each bulletin as text, Markdown, DOCX and PDF, so
// documents have linked sources), a second issue of the tobacco bulletin whose 其中 parts no longer add
// up to its total (a sum-mismatch finding), and a notice whose text holds HTML (the escaping case).
// Built through the real ingest (parse, extract, store), once per test file.
import { expect } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../../src/store/db.js';
import { Archive } from '../../src/store/write.js';
import { runIngest } from '../../src/pipeline/ingest.js';

export const SAMPLES = join(__dirname, '..', '..', 'samples');

/** Text that must appear as text, never run: it sets window.__pwned if it ever does. */
export const HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';

export function hostileNotice(): string {
  return [
    '关于做好2023年度劳模创新工作室命名工作的通知',
    '各州（市）总工会：',
    `为做好命名工作，现将有关事项通知如下。申报材料中如出现${HOSTILE}等字样，一律退回。`,
    '全省共有劳模创新工作室128个，其中省级劳模创新工作室36个。',
    '云南省总工会',
    '2023年3月6日',
  ].join('\n');
}

/** The tobacco bulletin as issue 24, with one part of a 其中 list changed so that the parts miss the total. */
export function mismatchBulletin(): string {
  const t = readFileSync(join(SAMPLES, 'kuaibao-2022-23-tobacco.txt'), 'utf8');
  const out = t
    .replace('11490 人', '11590 人')
    .replace(/第\s*23\s*期/, '第 24 期')
    .replace(/总第\s*74\s*期/, '总第 75 期')
    .replace(/10\s*月\s*9\s*日/, '10 月 23 日');
  if ([/11590 人/, /第 24 期/, /总第 75 期/, /10 月 23 日/].some((re) => !re.test(out))) {
    throw new Error('serve test archive: the tobacco sample changed; update mismatchBulletin');
  }
  return out;
}

export async function buildArchive(): Promise<{ path: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-serve-'));
  const extra = join(dir, 'extra');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(extra);
  writeFileSync(join(extra, 'notice-hostile.txt'), hostileNotice());
  writeFileSync(join(extra, 'kuaibao-2022-24-tobacco.txt'), mismatchBulletin());
  const path = join(dir, 'serve.db');
  const db = openDb(path);
  try {
    const files = [
      ...readdirSync(SAMPLES).filter((f) => /\.(txt|md|docx|pdf)$/.test(f)).map((f) => join(SAMPLES, f)),
      join(extra, 'notice-hostile.txt'),
      join(extra, 'kuaibao-2022-24-tobacco.txt'),
    ];
    const r = await runIngest(new Archive(db), files, { concurrency: 1, pool: { mode: 'inline' } });
    if (r.failed) throw new Error(`serve test archive: ${r.failed} files failed to ingest`);
    // the writer fills both search indexes as it stores (src/store/search-index.ts): nothing is
    // left for the read-only server to index
    const { indexPending } = await import('../../src/store/search-index.js');
    expect(indexPending(db)).toBe(0);
  } finally {
    db.close();
  }
  return { path, dir };
}
