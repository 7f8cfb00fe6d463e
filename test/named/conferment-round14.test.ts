// Round 14 mechanisms of the conferment grammar, each tested on sentences written for it in other
// provinces, bodies and wordings (and what each must leave alone).
import { describe, expect, it } from 'vitest';
import { confermentHonours, confermentRules } from '../../src/extract/named/conferment.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const r = confermentRules();
const ana = (text: string, province = '山东省') =>
  confermentHonours(text, province, r).filter((h) => h.rule === 'conferment.anaphora').map((h) => [h.name, h.count]);

describe('a later count of the holders by a batch word or by their people', () => {
  it('reads 本批/这批 N 个工作室中 as the batch just named', () => {
    expect(ana('决定将某某公司“匠心”创新工作室等9个工作室命名为“宜昌市劳模（工匠）创新工作室”。本批9个工作室中，由省劳模领衔的3个。', '湖北省'))
      .toEqual([['宜昌市劳模（工匠）创新工作室', 9]]);
    expect(ana('认定某某公司张某技能大师工作室等6个工作室为2025年聊城市技能大师工作室。这批6个工作室覆盖机械、化工等行业。'))
      .toEqual([['聊城市技能大师工作室', 6]]);
  });
  it('reads N 个工作室的带头人/领衔人中 as the holders counted again', () => {
    expect(ana('认定某某公司张某技能大师工作室等6个工作室为2025年聊城市技能大师工作室。\n6个工作室的带头人中，高级技师4人。'))
      .toEqual([['聊城市技能大师工作室', 6]]);
    expect(ana(foldToSimplified('命名某某廠「啟航」創新工作室等8個工作室為「台中市職工創新工作室」。8個工作室的領銜人中，女性3人。'), '台湾省'))
      .toEqual([['台中市职工创新工作室', 8]]);
  });
  it('takes nothing where the batch count matches no conferment or the people are not the holders', () => {
    expect(ana('认定某某公司张某技能大师工作室等6个工作室为2025年聊城市技能大师工作室。本批8个工作室中，有2个在县域。')).toEqual([]);
    expect(ana('全市已建成职工创新工作室40个。这批40个工作室的成员中，高级工120人。')).toEqual([]);
    expect(ana('认定某某公司张某技能大师工作室等6个工作室为2025年聊城市技能大师工作室。6个项目的负责人中，博士2人。')).toEqual([]);
  });
});

describe('a later count of the holders by the bare ending of the title (获得标兵称号的N人中)', () => {
  it('takes the title with that ending and that count conferred before', () => {
    expect(ana('另有40名职工被评为“劳动竞赛标兵”。获得标兵称号的40人中，一线技术工人占了31人。', '安徽省'))
      .toEqual([['劳动竞赛标兵', 40]]);
    expect(ana('12名选手获评“柳州市技术能手”，8个班组获评“柳州市工人先锋号”。荣获能手称号的12名选手中，35岁以下的有7名。', '广西壮族自治区'))
      .toEqual([['柳州市技术能手', 12]]);
    expect(ana(foldToSimplified('共有25人被評為「寶雞工匠」。獲得工匠稱號的25人，平均年齡42歲。'), '陕西省'))
      .toEqual([['宝鸡工匠', 25]]);
  });
  it('takes nothing where no title of that ending has that count', () => {
    expect(ana('另有40名职工被评为“劳动竞赛标兵”。获得标兵称号的30人中，一线技术工人占了21人。', '安徽省')).toEqual([]);
    expect(ana('12个班组获评“柳州市工人先锋号”。获得能手称号的12人中，女职工5名。', '广西壮族自治区')).toEqual([]);
  });
});
