// Round 49 of issue 18 (honours): (1) a table written one cell a line whose first row has a cell that only holds an
// honour's ending inside a longer name (某某技能大师工作室): the head is the run of labels whose honours column holds a
// listed honour (高级技师、某某工匠), so every row's honours are read, not a misaligned few; (2) 推荐申报 told as the
// procedure a decision came from (共推荐申报工作室12个，经评审，决定命名…) is past, no plan; (3) 获此称号 points back to a
// quoted name that 称号 follows, whatever it ends with (…“某县技能大师工作室”称号。…最终5个获此称号). Text written for these tests.
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile } from '../../src/pipeline/process.js';
import { confermentRules, confermentHonours } from '../../src/extract/named/conferment.js';

const r = confermentRules();
const found = (text: string) => confermentHonours(text, null, r, null).map((h) => [h.name, h.count]);

const dir = mkdtempSync(join(tmpdir(), 'gongwen-hon49-'));
async function honoursOf(name: string, text: string) {
  const file = join(dir, name);
  writeFileSync(file, text);
  return (await processFile(file)).json.awards.map((a: { name: string; count: number | null }) => [a.name, a.count]);
}

const table = [
  '# 关于授予2024年度青川县技能大师工作室称号的通知',
  '',
  '经评审，授予“远山”电机维修技能大师工作室等3个工作室“青川县技能大师工作室”称号。',
  '',
  '**2024年度青川县技能大师工作室名单**',
  '',
  '| 工作室 | 负责人 | 职业资格 / 荣誉 | 所在单位 | 成员数 |',
  '| --- | --- | --- | --- | --- |',
  '| “远山”电机维修技能大师工作室 | 赵明远 | 高级技师、松原工匠 | 青川县远山电机有限公司 | 9人 |',
  '| 竹编工艺技能大师工作室 | 钱慧芳 | 高级技师、广元市技术能手 | 青川县竹韵工艺品厂 | 7人 |',
  '| 茶叶加工技能大师工作室 | 孙立新 | 技师、青川工匠 | 青川县云峰茶业有限公司 | 8人 |',
  '',
].join('\n');

describe('a one-cell-a-line table whose first row names a workshop', () => {
  it('reads the honour of every row from the honours column', async () => {
    const got = await honoursOf('table.md', table);
    expect(got).toContainEqual(['松原工匠', null]);
    expect(got).toContainEqual(['广元市技术能手', null]);
    expect(got).toContainEqual(['青川工匠', null]);
  });
  it('takes no workshop’s name from another column for an honour', async () => {
    const got = await honoursOf('table2.md', table);
    expect(got.filter(([n]) => String(n).endsWith('工作室') && n !== '青川县技能大师工作室')).toEqual([]);
  });
});

describe('推荐申报 as the procedure before a decision', () => {
  it('is past when the sentence goes on to the decision', () => {
    const t = '全县各单位共推荐申报工作室12个，经材料审核和专家评审，县总工会决定命名“松涛”木雕劳模创新工作室等5个工作室为“青川县劳模创新工作室”。';
    expect(found(t)).toContainEqual(['青川县劳模创新工作室', 5]);
  });
  it('is still a plan with no decision after it', () => {
    expect(found('各基层工会要推荐申报“青川县劳模创新工作室”5个。')).toEqual([]);
    expect(found('符合条件的单位可推荐申报，经评审后命名某某工作室等10个工作室为省级示范工作室。')).toEqual([]);
  });
});

describe('获此称号 after a title quoted before 称号', () => {
  it('counts the title the paragraph conferred, whatever it ends with', () => {
    const t = '经评审，授予“远山”电机维修工作室等5个工作室“青川县技能大师工作室”称号。全县共有12个工作室参加评选，最终5个获此称号。';
    expect(found(t)).toContainEqual(['青川县技能大师工作室', 5]);
    expect(found(t).filter(([n]) => n === '青川县技能大师工作室')).toHaveLength(2);
  });
  it('takes no quoted name that is no title', () => {
    expect(found('“远山”电机维修工作室今年参加评选，最终5个获此称号。')).toEqual([]);
  });
});
