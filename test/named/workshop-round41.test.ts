// Round 41 of issue 18: a conferred title after a batch word (确定…为首批“某县…工作室”) gives its level to the workshops the
// next sentence goes on to list, and a table's combined head (领办人及荣誉) heads cells of a name then an honour.
// Sentences written for these tests (other places, other trades, other names).
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';

/** the named workshops the whole named family finds, with leader and level */
const run = (t: string) => extractAll(textContext(t), ['named']).workshops.filter((w) => w.name).map((w) => [w.name, w.leader, w.level]);

describe('a batch word before the quoted title', () => {
  it('首批“某县…工作室” gives the county level to the workshops listed after it', () => {
    const t = '经评审，最终确定3家工作室为首批“宁远县电商行业职工创新工作室”，每家给予经费1万元。\n上述工作室各具特色：由“湖南工匠”卢振华领衔的直播选品创新工作室，去年带动销售增长两成；另外两家分别是仓储分拣创新工作室（领衔人：伍美玲）和售后服务创新工作室（领衔人：蒋国栋）。\n';
    expect(run(t)).toEqual([
      ['直播选品创新工作室', '卢振华', 'county'],
      ['仓储分拣创新工作室', '伍美玲', 'county'],
      ['售后服务创新工作室', '蒋国栋', 'county'],
    ]);
  });
  it('without a level in the title the workshops stay without one', () => {
    const t = '经评审，最终确定3家工作室为首批“电商行业职工创新工作室”，每家给予经费1万元。\n上述工作室各具特色：由“湖南工匠”卢振华领衔的直播选品创新工作室，去年带动销售增长两成。\n';
    expect(run(t)).toEqual([['直播选品创新工作室', '卢振华', null]]);
  });
});

describe('a leader column whose head joins two fields', () => {
  it('领办人及荣誉 over cells of a name, a space and the honour', () => {
    const t = '新认定的工作室情况如下：\n工作室名称\t领办人及荣誉\t依托单位\t成员（人）\n竹编工艺技能大师工作室\t董秀兰 省技术能手\t某某竹业有限公司\t9\n汽车电控维修技能大师工作室\t韦志刚 高级技师\t某某职业技术学校\t12\n';
    expect(run(t).map(([n, l]) => [n, l])).toEqual([['竹编工艺技能大师工作室', '董秀兰'], ['汽车电控维修技能大师工作室', '韦志刚']]);
  });
});
