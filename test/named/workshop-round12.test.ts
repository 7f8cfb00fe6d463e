// Round 12 of issue 18: named workshops whose entry is a block of labelled lines, and their leaders.
import { describe, expect, it } from 'vitest';
import { foldToSimplified } from '../../src/normalize/fold.js';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const pr = peopleRules();
const wn = workshopNames();
const run = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn).map((w) => [w.name, w.leader]);

describe('an annex entry written as a block of labelled lines', () => {
  it('reads the leader from any labelled line of the entry, letter-spaced or not', () => {
    const t = '1．某某港务有限公司\n工作室名称：“海鸥”创新工作室\n依托单位：某某港务有限公司装卸队\n领　衔　人：钱立群（省劳动模范）\n2．“山泉”服务创新工作室\n依托单位：某某水务公司\n领衔人：龚晓燕';
    expect(run(t)).toEqual([['“海鸥”创新工作室', '钱立群'], ['“山泉”服务创新工作室', '龚晓燕']]);
  });
  it('stops at the next entry: a leader labelled under another workshop is not this one’s', () => {
    const t = '5．钢材检测技艺创新工作室\n依托单位：某某钢铁公司\n6．“蓝焰”创新工作室\n领衔人：欧海涛';
    expect(run(t)).toEqual([['“蓝焰”创新工作室', '欧海涛']]);
  });
  it('reads the traditional script the same way once folded', () => {
    const t = foldToSimplified('3．“銀梭”紡織創新工作室\n依托單位：某某紡織有限公司\n領 銜 人：蘇秀芬');
    expect(run(t)).toEqual([['“银梭”纺织创新工作室', '苏秀芬']]);
  });
});
