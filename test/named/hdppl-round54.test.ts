// Headers and people, round 54: a post, the name, then the score or the unit of the feat (焊工某某以…, 护士长某某所在的…),
// the post of a leader named with 由, a hospital's grades written whole, and surnames of the north, Yunnan, Hunan and
// Sichuan read after a cue — on lines written for this test.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';

const r = peopleRules();
const found = (t: string) => cuePeople(t, r).map((p) => `${p.name}/${p.role ?? ''}`);

describe('a post, a name, then 以 or 所在', () => {
  it('reads the name before the score of a feat and before the team one belongs to', () => {
    expect(found('来自某某农机厂的钳工韩立新以总分91分夺得钳工项目第一名。')).toEqual(['韩立新/钳工']);
    expect(found('某某镇卫生院护士长梁秀芝所在的护理组获评先进集体。')).toEqual(['梁秀芝/护士长']);
    expect(found('某某县农业经理人邓海川获得表彰。')).toEqual(['邓海川/农业经理人']);
  });
  it('leaves alone: 以 and 所在 after a post with no name', () => {
    expect(found('全县技师以上人员共计120人，焊工所在单位给予奖励。')).toEqual([]);
    expect(found('广大工匠以匠心铸精品，农民工以返乡创业为主。')).toEqual([]);
  });
});

describe('a leader named with 由 after a post', () => {
  it('takes the post as written after 由 as the role, the act only when no post stands there', () => {
    expect(found('由高级技师卜春来领衔的稻谷烘干技能大师工作室，已带徒12名。')).toEqual(['卜春来/高级技师']);
    expect(found('由镇卫生院护理部主任邬晓梅牵头的护理创新工作室成立。')).toEqual(['邬晓梅/镇卫生院护理部主任']);
    expect(found('由“某某工匠”柏立新领衔的工作室，已带徒8名。')).toEqual(['柏立新/领衔人']);
  });
  it('reads a hospital grade whole, not its last two characters', () => {
    expect(found('康复工作室由主任医师蒲文静领衔，今年开展义诊20场。')).toEqual(['蒲文静/主任医师']);
  });
});

describe('the surnames 满, 楚, 寸, 归, 奉, 敬, 母 read where a cue puts a name', () => {
  it('reads them after a byline, a label, a post', () => {
    expect(found('本刊通讯员　满春雨')).toEqual(['满春雨/本刊通讯员']);
    expect(found('联系人：寸立华　联系电话：0871-1234567')).toEqual(['寸立华/联系人']);
    expect(found('养殖场的饲养员楚德旺说，今年收成好。')).toEqual(['楚德旺/饲养员']);
    expect(found('某某公司的首席技师归志远领衔的工作室')).toEqual(['归志远/首席技师']);
    expect(found('记者　奉丽萍　敬天明')).toEqual(['奉丽萍/记者', '敬天明/记者']);
    expect(found('联系人：母光荣')).toEqual(['母光荣/联系人']);
  });
  it('leaves alone the common words they open', () => {
    expect(found('全县职工满意度达到98%，选手满分通过。')).toEqual([]);
    expect(found('职工奉献岗位，代表敬献花篮，工匠归口管理，技师寸土必争。')).toEqual([]);
    expect(found('队员母亲节当天走访，职工母婴室建成12个。')).toEqual([]);
  });
});
