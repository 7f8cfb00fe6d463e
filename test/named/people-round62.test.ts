// People, round 62: a bulletin article's writer named by the unit that sent them — after 文/, or on a line alone
// with a bulletin's mark — on sentences written for this test.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';

const r = peopleRules();
const found = (t: string) => cuePeople(t, r).map((p) => `${p.name}/${p.role ?? ''}`);

describe('a writer after a unit under an article', () => {
  it('gives the unit after 文/ as the role', () => {
    expect(found('职工夜校开课了。\n（文/县总工会权益保障部　娄晓月）')).toContain('娄晓月/县总工会权益保障部');
  });
  it('keeps 撰稿 when 文/ stands right before the name', () => {
    expect(found('（某某区总工会 文/焦晓燕）')).toContain('焦晓燕/撰稿');
  });
  it('gives the unit of a line of a unit and a name, its mark dropped', () => {
    expect(found('近日，县人社局举办培训班。\n◎县就业服务中心　富晓凝\n')).toContain('富晓凝/县就业服务中心');
    expect(found('培训班结业。\n◆记者站　卜慧君\n')).toContain('卜慧君/记者站');
  });
  it('leaves a contact in brackets to its label', () => {
    expect(found('（联系人：市总工会经济技术部　褚文涛，电话：0632-3318206）')).toContain('褚文涛/联系人');
  });
  it('keeps 撰稿 for a bracket of a unit and its writers', () => {
    expect(found('（某某县总工会　李明　王芳）')).toEqual(['李明/撰稿', '王芳/撰稿']);
  });
});
