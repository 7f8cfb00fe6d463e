// Round 57 (named workshops): the level of workshops said to be on a published list together, and of those a sentence
// about the batch just conferred goes on to name. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile } from '../../src/pipeline/process.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-ws57-'));
let n = 0;
/** the named workshops of a bulletin article of `body` as [name, level] */
async function named(body: string): Promise<[string | null, string | null][]> {
  const file = join(dir, `doc-${n++}.txt`);
  writeFileSync(file, `工作动态\n\n${body}\n`);
  return (await processFile(file)).json.workshops.filter((w) => w.name).map((w) => [w.name, w.level ?? null]);
}

describe('workshops joined before the predicate that puts them on a published list (A和B榜上有名)', () => {
  it('gives the level of the list to a workshop joined with another', async () => {
    const t = '近日，鹤壁市总工会公布了2025年度鹤壁市劳模创新工作室名单，我县浚县恒达木业有限公司“王德顺木材烘干劳模创新工作室”和浚县白寺果蔬专业合作社“果蔬冷藏劳模创新工作室”榜上有名。';
    expect(await named(t)).toContainEqual(['王德顺木材烘干劳模创新工作室', 'municipal']);
  });
  it('gives none to a workshop said not to be on it', async () => {
    const t = '近日，鹤壁市总工会公布了2025年度鹤壁市劳模创新工作室名单，我县申报的“王德顺木材烘干劳模创新工作室”今年未入选。';
    expect((await named(t)).filter(([, l]) => l)).toEqual([]);
  });
});

describe('a sentence about the batch just conferred opens the account of each (新认定的工作室各具特色。)', () => {
  const lead = '武义县总工会对新认定的3个“武义县劳模和工匠人才创新工作室”进行授牌。\n';
  it('gives the workshops its paragraph names the level of the title conferred before', async () => {
    const t = `${lead}新认定的工作室各具特色。由高级技师李明远领衔的棉花机采技术劳模创新工作室，今年推广新技术；此外还有王秀兰领衔的香梨修剪创新工作室。`;
    expect(await named(t)).toContainEqual(['棉花机采技术劳模创新工作室', 'county']);
  });
  it('gives no level to a workshop a report tells of with no such sentence', async () => {
    const t = `${lead}由高级技师李明远领衔的棉花机采技术劳模创新工作室，今年推广新技术。`;
    expect((await named(t)).filter(([, l]) => l)).toEqual([]);
  });
});
