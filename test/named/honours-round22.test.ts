// Round 22 of issue 18 (honJ): a person's honour written in brackets after the name, wherever the name stands
// (glued to a role word: 领衔人某某（H）; a whole cell or line of a table even when the surname is rare), and an
// appointment to a quoted title (被某市政府聘为“H”, 受聘为“H”) as a verb of receiving. Sentences written for these
// tests, other provinces and both scripts.
import { describe, it, expect } from 'vitest';
import { confermentRules, confermentHonours } from '../../src/extract/named/conferment.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const r = confermentRules();
const found = (text: string) => confermentHonours(foldToSimplified(text), null, r);
const got = (text: string) => found(text).map((h) => [h.name, h.count]);

describe('a bracketed honour after a name glued to a role word', () => {
  it('reads the honour and its holder past 领衔人 / 负责人 / 班长', () => {
    const a = found('3．数控刀具刃磨职工创新工作室，赣州某机械有限公司，领衔人邹建平（赣鄱工匠）');
    expect(a.map((h) => [h.name, h.count, h.recipients])).toEqual([['赣鄱工匠', null, ['邹建平']]]);
    expect(found('工作室负责人刘海燕（嘉兴市技术能手）带领团队完成技改12项。').map((h) => h.recipients)).toEqual([['刘海燕']]);
    expect(got('該班組班長陳志強（「八桂工匠」）')).toEqual([['八桂工匠', null]]);
  });
  it('reads no honour after a unit in brackets', () => {
    expect(got('依托单位为某某重型机械有限公司（全国五一劳动奖状）')).toEqual([]);
  });
});

describe('a bracketed honour after a whole cell that names a person', () => {
  it('counts the honour even when the name is not recognised, with no holder', () => {
    const a = found('序号\n工作室名称\n领衔人\n1\n液压支架维修职工创新工作室\n郄振华（聊城市技术能手）\n');
    expect(a.map((h) => [h.name, h.count, h.recipients])).toEqual([['聊城市技术能手', null, []]]);
    expect(got('| 2 | 焊接工艺创新工作室 | 某某建设公司 | 亓晓东（泰山工匠） |')).toEqual([['泰山工匠', null]]);
    expect(got('领衔人：郄红霞（郑州市技术能手）、訾国强（中原大工匠）')).toEqual([['郑州市技术能手', null], ['中原大工匠', null]]);
  });
  it('reads no honour from a longer run glued to the bracket', () => {
    expect(got('全市冶金机械制造（市级技术能手）')).toEqual([]);
  });
});

describe('an appointment to a quoted title', () => {
  it('reads the count appointed, with or without the agent', () => {
    expect(got('这批工匠中，先后有5人被盐城市人民政府聘为“盐城市首席技师”。')).toEqual([['盐城市首席技师', 5]]);
    expect(got('其中4名职工受聘为“衢州市首席技师”。')).toEqual([['衢州市首席技师', 4]]);
    expect(got('去年共有3人獲聘「廈門市首席技師」。')).toEqual([['厦门市首席技师', 3]]);
  });
  it('reads no honour from an appointment to a post', () => {
    expect(got('其中3人同时被县人力资源和社会保障局聘为职业技能等级认定考评员。')).toEqual([]);
    expect(got('另有6名技师受聘为职业院校兼职教师。')).toEqual([]);
  });
});

describe('a facility built or upgraded is no honour', () => {
  it('reads no honour after joined verbs of building or upgrading', () => {
    expect(got('投入资金60万元，新建和提档升级“职工之家”9个、爱心驿站5个。')).toEqual([]);
    expect(got('新建及提档升级“职工之家”20个。')).toEqual([]);
    expect(got('年内改造提升「職工之家」8個。')).toEqual([]);
  });
  it('keeps a facility title conferred with a level', () => {
    expect(got('全年共有7个基层工会获评“市级模范职工之家”。')).toEqual([['市级模范职工之家', 7]]);
  });
});

describe('a target or a limit is no count of holders', () => {
  it('reads no count after 不少于 / 不超过 / 至少', () => {
    expect(got('全年新命名“宁海工匠”不少于6名。')).toEqual([]);
    expect(got('每届命名“岳阳工匠”不超过20名。')).toEqual([]);
    expect(got('本屆命名「汕尾工匠」至少10名。')).toEqual([]);
  });
  it('keeps the count of a naming done', () => {
    expect(got('全年新命名“宁海工匠”6名。')).toEqual([['宁海工匠', 6]]);
  });
});
