// Round 57 (honours): a year written inside the quotes of a conferred title is a part of its name. Text written for
// these tests, with a county and units of its own.
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile } from '../../src/pipeline/process.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-hon57-'));
let n = 0;
async function honoursOf(body: string): Promise<[string, number | null][]> {
  const file = join(dir, `doc-${n++}.txt`);
  writeFileSync(file, `青禾县总工会关于表彰先进的决定\n\n${body}\n\n青禾县总工会\n2025年12月1日\n`);
  return (await processFile(file)).json.awards.map((a) => [a.name, a.count ?? null]);
}

describe('a year inside the quotes of the title conferred (“2025年度全县工会工作先进集体”)', () => {
  it('keeps the year in the name, and gives it to the annex heading that names the title again', async () => {
    const got = await honoursOf('授予青禾县石桥镇总工会等6个单位“2025年度全县工会工作先进集体”称号。\n\n附件\n\n2025年度全县工会工作先进集体名单（6个）\n\n青禾县石桥镇总工会　青禾县教育系统工会');
    expect(got.filter(([name]) => name.endsWith('先进集体'))).toEqual([['2025年度全县工会工作先进集体', 6], ['2025年度全县工会工作先进集体', 6]]);
  });
  it('leaves out a year written before the quotes (2025年度“青禾工匠”)', async () => {
    const got = await honoursOf('授予李明远等5名同志2025年度“青禾工匠”称号。');
    expect(got).toContainEqual(['青禾工匠', 5]);
  });
  it('leaves out the year of a workshop title, quoted or not', async () => {
    const got = await honoursOf('命名青禾县石桥镇竹编创新工作室等4个工作室为“2025年度青禾县劳模和工匠人才创新工作室”。');
    expect(got.some(([name]) => name.startsWith('2025年度'))).toBe(false);
  });
});

describe('an emoji after the closing quote of a title (a WeChat page)', () => {
  it('is a mark after the title, not a part of its name', async () => {
    const got = await honoursOf('今年全县共有18名职工获“青禾县五一劳动奖章”🎉，4个班组获“青禾县工人先锋号”👏。');
    expect(got).toContainEqual(['青禾县五一劳动奖章', 18]);
    expect(got).toContainEqual(['青禾县工人先锋号', 4]);
    expect(got.some(([name]) => /[\u2600-\u27BF\uD83C-\uD83E]/.test(name))).toBe(false);
  });
});
