// The frame reader (conferment-frame.ts): one act of conferment read from its clause whatever the order of
// its verb, title, count and holders. Sentences written for it, other provinces, both scripts.
import { describe, it, expect } from 'vitest';
import { confermentRules, confermentHonours, confermentCandidates } from '../../src/extract/named/conferment.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const r = confermentRules();
const got = (text: string, province: string | null = null) =>
  confermentHonours(foldToSimplified(text), province, r).map((h) => [h.name, h.count]);

describe('the title first, then the verb and the holders with their count', () => {
  it('reads a topic title before 授予', () => {
    expect(got('本次共表彰集体和个人40个（名）。宜宾市五一劳动奖状授予某某酒业有限公司等6个单位；宜宾市五一劳动奖章授予王某等28名职工。')).toEqual([
      ['宜宾市五一劳动奖状', 6], ['宜宾市五一劳动奖章', 28]]);
    expect(got('婁底市工人先鋒號授予某某供電所運維班等9個班組。')).toEqual([['娄底市工人先锋号', 9]]);
  });
});

describe('what is handed over names the honour its ceremony confers', () => {
  it('reads 颁发证书 with the title of the 命名大会', () => {
    expect(got('10月8日，县总工会召开首批“黔江工匠”命名大会，向李某、张某等12名一线技术骨干颁发证书和奖牌。')).toEqual([['黔江工匠', 12]]);
    expect(got('市總工會舉行第二批「閩江工匠」命名大會，向王某等8名職工頒發榮譽證書。')).toEqual([['闽江工匠', 8]]);
  });
});

describe('the count on the people, the verb, the quoted title after', () => {
  it('reads a count of the holders before 入选 / 获评 and a count after the title', () => {
    expect(got('我市3名高技能人才入选“齐鲁工匠”。')).toEqual([['齐鲁工匠', 3]]);
    expect(got('至此，全县累计获评“八桂工匠”的技能人才达到9人。')).toEqual([['八桂工匠', 9]]);
  });
  it('keeps 获得者 after a quoted title out of the name', () => {
    expect(got('有3人被评为“宜昌市五一劳动奖章”获得者。')).toEqual([['宜昌市五一劳动奖章', 3]]);
  });
  it('takes the counted subject of the clause before (已由…授予)', () => {
    expect(got('3名职工在全省职业技能大赛中获得第一名，已由省人社厅授予“甘肃省技术能手”称号。')).toEqual([['甘肃省技术能手', 3]]);
  });
});

describe('no record of conferment', () => {
  it('leaves a rank’s rule of a contest, a plan, candidates and the spirit alone', () => {
    expect(got('各項目前3名由市人社局授予“韶關市技術能手”稱號，共12人。')).toEqual([]);
    expect(got('县总工会拟向10名职工颁发“某县工匠”证书。')).toEqual([]);
    expect(got('今年全市有4人入选“陇原工匠”培育对象。')).toEqual([]);
    expect(got('大力弘扬工匠精神，30名工匠参加培训，开展“工匠”进校园活动。')).toEqual([]);
    expect(got('各班组争创工人先锋号。')).toEqual([]);
  });
  it('explains a rejected frame with its verb, title and count', () => {
    const { rejected } = confermentCandidates('各项目前3名由市人社局授予“韶关市技术能手”称号，共12人。', null, r);
    expect(rejected.some((x) => x.rule === 'conferment.frame' && /verb 授予.*title “韶关市技术能手”.*count 12/.test(x.why))).toBe(true);
  });
});

describe('what binds a count to the frame’s title', () => {
  it('opens the name with a place or level between the verb and the quotes', () => {
    expect(got('本區有5個班組獲評市級「工人先鋒號」，數量居全市首位。')).toEqual([['市级工人先锋号', 5]]);
  });
  it('binds no share of an enumeration and no count of a clause with a subject of its own', () => {
    expect(got('某区和某县分别有1人获得“江西省五一劳动奖章”，市总工会予以通报。').filter((x) => x[1] !== null)).toEqual([]);
    expect(got('10名带头人中有技师6人，其中李某曾获“陇原工匠”称号。').filter((x) => x[1] !== null)).toEqual([]);
  });
});

describe('a bare act confers the title its ceremony names', () => {
  it('reads 予以命名 after a 命名大会 and a conferment done by a body with its total', () => {
    expect(got('9月2日，县总工会召开首届“仙居工匠”命名大会，对来自制造、农业等行业的15名职工予以命名。')).toEqual([['仙居工匠', 15]]);
    expect(got('各工種決賽排名靠前的選手由集團公司授予「技術標兵」稱號，共22人。')).toEqual([['技术标兵', 22]]);
  });
  it('takes no campaign’s ceremony for a title', () => {
    expect(got('公司召开“安全月”表彰大会，对12名职工予以表彰。')).toEqual([]);
  });
});

describe('coordinated pairs of a count and a title make one frame each', () => {
  it('reads the count before or after each quoted title', () => {
    expect(got('县总工会表彰了12名「最美护工」和5个「模范职工小家」。')).toEqual([['最美护工', 12], ['模范职工小家', 5]]);
    expect(got('县总工会确定第三批“某县技能大师工作室”8家和“茶乡名匠工作室”3家，现予公布。')).toEqual([['某县技能大师工作室', 8], ['茶乡名匠工作室', 3]]);
  });
});

describe('a verb of being on a list with no object takes the list its sentence says was published', () => {
  it('reads 公布…名单，…N个榜上有名 / N人入选, quoted or bare, either script', () => {
    expect(got('近日，省人社厅公布2025年度省级技能大师工作室建设项目名单，我县申报的某某公司李某焊接技能大师工作室、某某医院护理技能大师工作室2个项目榜上有名。')).toEqual([['省级技能大师工作室建设项目', 2]]);
    expect(got('6月3日，柳州市總工會公佈2025年「龍城工匠」命名名單，柳江區有4名職工入選。')).toEqual([['龙城工匠', 4]]);
  });
  it('takes no title for a share of a conferment its sentence reports, nor for a sentence with no list', () => {
    expect(got('市总工会授予全市18个班组“襄阳市工人先锋号”称号，我区某某车间等2个班组榜上有名。')).toEqual([['襄阳市工人先锋号', 18]]);
    expect(got('今年全市技能大赛共有300人参赛，我区12人入选。')).toEqual([]);
    expect(got('省人社厅公布2025年度技能竞赛裁判员推荐名单，我市3人入选。')).toEqual([]);
  });
});

describe('what is handed over may carry its quoted title', () => {
  it('reads 颁发“H”证书 with the count of those it is handed to', () => {
    expect(got('区总工会举行授牌仪式，向周某、吴某等9人颁发“江门·五邑工匠”证书和奖牌，其中2人被聘为导师。')).toEqual([['江门·五邑工匠', 9]]);
    expect(got('縣總工會向李某等7名職工頒發「渝北工匠」榮譽證書。')).toEqual([['渝北工匠', 7]]);
  });
  it('leaves a planned handing-over and an unnamed certificate alone', () => {
    expect(got('区总工会拟向8人颁发“某区工匠”证书。')).toEqual([]);
    expect(got('组委会向120名参赛选手颁发“参赛纪念”证书。')).toEqual([]);
  });
});
