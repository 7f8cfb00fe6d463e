// Round 48 of issue 18: a review that strikes a workshop off gives the reason right after its name (…工作室因依托企业转产、
// 成员流失，经复核撤销命名). The subject of that reason is one workshop named for its craft, with no leader:
// it opens at the mark before it, a town or a county written before the craft is part of its name, a former level
// (原县级) and a count (一家) are not. Sentences written for these tests (invented names, places and trades).
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const pr = peopleRules();
const wn = workshopNames();
/** the named workshops of `t` as [name, leader] */
const named = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn).filter((w) => w.name).map((w) => [w.name, w.leader]);

describe('the subject of a reason of revocation is one workshop', () => {
  it('after a semicolon, a town before the craft kept', () => {
    const t = '县总工会对前两批命名的12个县级工作室进行了复核，11个复核合格；柳河镇竹编技艺职工创新工作室因依托企业转产、成员流失，经复核不合格，予以摘牌。';
    expect(named(t)).toEqual([['柳河镇竹编技艺职工创新工作室', null]]);
  });
  it('two struck off in one sentence, the second after a comma', () => {
    const t = '复核中，青石街道汽修职工创新工作室因领衔人调离，白沙乡茶叶加工劳模创新工作室因依托企业停产，复核不合格，予以摘牌。';
    expect(named(t)).toEqual([['青石街道汽修职工创新工作室', null], ['白沙乡茶叶加工劳模创新工作室', null]]);
  });
  it('inside brackets after a count, and past a former level', () => {
    expect(named('有1个（松岭铸造劳模创新工作室）因领衔人退休，复核不合格，撤销其命名。')).toEqual([['松岭铸造劳模创新工作室', null]]);
    expect(named('今年复核中，原县级青石雕刻职工创新工作室因依托企业停产，被撤销命名。')).toEqual([['青石雕刻职工创新工作室', null]]);
  });
  it('a reason that strikes nothing off, a class and a count name no workshop', () => {
    expect(named('；焊接职工创新工作室因成效突出，获评优秀。')).toEqual([]);
    expect(named('全县有2个县级职工创新工作室因依托企业停产，复核不合格，被撤销命名。')).toEqual([]);
    expect(named('；青石街道一家果蔬烘干技能大师工作室因未开展培训，复核不合格，予以撤销。')).toEqual([]);
  });
});
