// Round 51 of issue 18 (quantity subjects): (1) a pipe table whose cells carry their measure words, its outer
// rules written or not (乡镇 ｜ 会员数 ｜ 其中女职工): each figure is its row label's count of what its column head
// names, a part column's 其中 dropped, and a part column's cell is a part of the row's whole figure; (2) a caption's
// close after the counted set (…的4个乡镇情况如下：) is no part of the subject. Text written for these tests.
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile } from '../../src/pipeline/process.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-sub51-'));
interface Q { text: string; subject: string; partOf: number | null }
async function figures(name: string, text: string): Promise<Q[]> {
  const file = join(dir, name);
  writeFileSync(file, text);
  return (await processFile(file)).json.quantities as Q[];
}
const bySubject = (qs: Q[]) => qs.map((q) => [q.text, q.subject]);

const inner = ['　　抽查的两个街道情况如下：', '', '街道　｜　职工数　｜　其中青年职工', '东岭街道　｜　640人　｜　275人',
  '南湖街道　｜　512人　｜　198人', ''].join('\n');
const outer = ['　　抽查的两个街道情况如下：', '', '| 街道 | 职工数 | 其中青年职工 |', '| --- | --- | --- |',
  '| 东岭街道 | 640人 | 275人 |', '| 南湖街道 | 512人 | 198人 |', ''].join('\n');

describe('round 51: a pipe table whose cells carry their measure words', () => {
  for (const [name, text] of [['inner.txt', inner], ['outer.txt', outer]]) {
    it(`names each cell by its row and its column (${name})`, async () => {
      const qs = await figures(name, text);
      expect(bySubject(qs)).toEqual(expect.arrayContaining([['640人', '东岭街道职工数'], ['275人', '东岭街道青年职工'],
        ['512人', '南湖街道职工数'], ['198人', '南湖街道青年职工']]));
      const at = (t: string) => qs.findIndex((q) => q.text === t);
      expect(qs[at('275人')].partOf).toBe(at('640人'));
      expect(qs[at('198人')].partOf).toBe(at('512人'));
      expect(qs[at('640人')].partOf).toBeNull();
    });
  }

  it('leaves a tab table of the same cells to its row label', async () => {
    const qs = await figures('tab.txt', '街道\t职工数\t其中青年职工\n东岭街道\t640人\t275人\n');
    expect(bySubject(qs)).toEqual(expect.arrayContaining([['640人', '东岭街道']]));
  });
});

describe('round 51: a caption closing after the counted set', () => {
  it('counts the set, not its state', async () => {
    const qs = await figures('caption.txt', '　　本次抽查的4个乡镇情况如下：东岭乡职工640人，南湖乡职工512人。\n');
    expect(bySubject(qs)).toEqual(expect.arrayContaining([['4个', '乡镇']]));
  });
});
