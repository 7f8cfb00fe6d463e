// Round 54 of issue 18 (honours): the holder word after the closing quote of a title (“H”获得者N名) still
// carries the count of its holders. Text written for these tests.
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile } from '../../src/pipeline/process.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-hon54-'));
let n = 0;
async function honoursOf(body: string): Promise<[string, number | null][]> {
  const file = join(dir, `doc-${n++}.txt`);
  writeFileSync(file, `青禾县总工会关于命名第二批青禾县职工创新工作室的通知\n\n${body}\n\n青禾县总工会\n2025年9月1日\n`);
  return (await processFile(file)).json.awards.map((a) => [a.name, a.count ?? null]);
}

describe('a holder word after the title’s closing quote (“H”获得者N名)', () => {
  it('reads the count after 获得者 when the title is quoted', async () => {
    const got = await honoursOf('6名领衔人中，有“某某省劳动模范”1名、“远川市五一劳动奖章”获得者2名、高级技师3名。');
    const medals = got.filter(([name]) => name.endsWith('五一劳动奖章'));
    expect(medals).toEqual([[medals[0]?.[0], 2]]);
  });

  it('reads it in traditional script (「H」獲得者N名)', async () => {
    const got = await honoursOf('5名領銜人中，有「遠川市五一勞動獎章」獲得者1名、技師2名。');
    expect(got.some(([name, count]) => /五一[劳勞][动動][奖獎]章$/.test(name) && count === 1)).toBe(true);
  });

  it('leaves a quoted title with no holder word and no count uncounted', async () => {
    const got = await honoursOf('领衔人周某某曾获“远川市五一劳动奖章”，带徒12名。');
    expect(got.filter(([name]) => name.endsWith('五一劳动奖章')).map(([, count]) => count)).not.toContain(12);
  });

  it('reads the count after a collective holder word too (“H”获得单位N个)', async () => {
    const got = await honoursOf('全县历年共有“全国五一劳动奖状”获得单位3个、“全国工人先锋号”获得班组4个。');
    expect(got).toContainEqual(['全国五一劳动奖状', 3]);
  });
});
